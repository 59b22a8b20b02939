"""Reverse-mode automatic differentiation on scalars, with a tape."""

import numpy as np

TAPE = []  # every Value, in the order it was computed


class Value:
    def __init__(self, data, inputs=()):  # inputs: (parent, d value/d parent)
        self.data, self.grad, self.inputs = float(data), 0.0, inputs
        TAPE.append(self)

    def __add__(self, other):
        return Value(self.data + other.data, ((self, 1.0), (other, 1.0)))

    def __mul__(self, other):  # d(xy)/dx = y, d(xy)/dy = x
        return Value(self.data * other.data, ((self, other.data), (other, self.data)))

    def tanh(self):
        t = np.tanh(self.data)
        return Value(t, ((self, 1.0 - t * t),))  # tanh' from the output

    def backward(self):
        for v in TAPE:  # intermediates restart from 0; leaves accumulate, as in PyTorch
            v.grad = 0.0 if v.inputs else v.grad
        self.grad = 1.0  # dL/dL
        for v in reversed(TAPE):  # each node after every node it feeds
            for parent, d in v.inputs:
                parent.grad += d * v.grad  # chain rule; paths add up


x, w, b = Value(2.0), Value(-0.5), Value(0.3)
t = (w * x + b).tanh()
loss = t * x  # x is used twice
loss.backward()
s = 1.0 - t.data**2  # by hand: s x^2, s x and s w x + t
by_hand = [s * x.data**2, s * x.data, s * w.data * x.data + t.data]
print(f"L = tanh(w x + b) x = {loss.data:.4f}")
for name, v, h in zip("wbx", (w, b, x), by_hand, strict=True):
    print(f"dL/d{name}: reverse mode {v.grad:+.4f}, by hand {h:+.4f}")
