"""The core of every deep-learning framework: tensors that record operations, and reverse mode.

`Tensor` wraps a NumPy array. Each operation returns a new tensor that remembers its inputs and
how to send a gradient back to them. ``loss.backward()`` visits the recorded graph in reverse
topological order and accumulates ``d loss / d t`` into ``t.grad`` for every tensor ``t``: all
gradients for a small constant multiple of the cost of the forward pass. The program checks
every gradient of a small network against central finite differences.
"""

import numpy as np


def unbroadcast(grad, shape):
    """Sum ``grad`` over the axes that broadcasting added or stretched, to get ``shape``.

    Examples
    --------
    >>> unbroadcast(np.ones((4, 3)), (3,)).tolist()
    [4.0, 4.0, 4.0]
    >>> unbroadcast(np.ones((4, 3)), (4, 1)).tolist()
    [[3.0], [3.0], [3.0], [3.0]]
    """
    while grad.ndim > len(shape):
        grad = grad.sum(axis=0)
    for axis, size in enumerate(shape):
        if size == 1 and grad.shape[axis] != 1:
            grad = grad.sum(axis=axis, keepdims=True)
    return grad


class Tensor:
    """An array that records the operations applied to it, for reverse-mode differentiation.

    Parameters
    ----------
    data : array_like
        The value; stored as float64.
    parents : tuple of Tensor
        The inputs of the operation that produced this tensor (empty for leaves).

    Attributes
    ----------
    grad : ndarray, same shape as ``data``
        ``d(output)/d(self)`` after ``output.backward()``. Leaves (tensors no operation
        produced, such as parameters) accumulate it across backward passes, as in PyTorch, so
        reset it with ``zero_grad``; intermediate tensors are reset by every ``backward()``.
    """

    def __init__(self, data, parents=()):
        self.data = np.asarray(data, dtype=np.float64)
        self.grad = np.zeros_like(self.data)
        self.parents = parents
        self.propagate = lambda: None  # set by the operation that created this tensor

    # -- operations: each computes a value and says how to pass its gradient back ------------
    def __add__(self, other):
        other = other if isinstance(other, Tensor) else Tensor(other)
        out = Tensor(self.data + other.data, (self, other))

        def propagate():
            self.grad += unbroadcast(out.grad, self.data.shape)
            other.grad += unbroadcast(out.grad, other.data.shape)

        out.propagate = propagate
        return out

    def __mul__(self, other):
        other = other if isinstance(other, Tensor) else Tensor(other)
        out = Tensor(self.data * other.data, (self, other))

        def propagate():
            self.grad += unbroadcast(out.grad * other.data, self.data.shape)
            other.grad += unbroadcast(out.grad * self.data, other.data.shape)

        out.propagate = propagate
        return out

    def __matmul__(self, other):
        out = Tensor(self.data @ other.data, (self, other))

        def propagate():
            self.grad += out.grad @ other.data.T
            other.grad += self.data.T @ out.grad

        out.propagate = propagate
        return out

    def __pow__(self, k):
        out = Tensor(self.data**k, (self,))

        def propagate():
            self.grad += out.grad * k * self.data ** (k - 1)

        out.propagate = propagate
        return out

    def tanh(self):
        out = Tensor(np.tanh(self.data), (self,))

        def propagate():
            self.grad += out.grad * (1.0 - out.data**2)

        out.propagate = propagate
        return out

    def exp(self):
        out = Tensor(np.exp(self.data), (self,))

        def propagate():
            self.grad += out.grad * out.data

        out.propagate = propagate
        return out

    def log(self):
        out = Tensor(np.log(self.data), (self,))

        def propagate():
            self.grad += out.grad / self.data

        out.propagate = propagate
        return out

    def softplus(self):
        """``log(1 + exp(x))``, computed without overflow (the naive form overflows for x > 709)."""
        out = Tensor(np.logaddexp(0.0, self.data), (self,))

        def propagate():
            self.grad += out.grad * 0.5 * (1.0 + np.tanh(0.5 * self.data))  # sigmoid(x)

        out.propagate = propagate
        return out

    def sum(self):
        out = Tensor(self.data.sum(), (self,))

        def propagate():
            self.grad += np.broadcast_to(out.grad, self.data.shape)

        out.propagate = propagate
        return out

    def mean(self):
        return self.sum() * (1.0 / self.data.size)

    def __neg__(self):
        return self * -1.0

    def __sub__(self, other):
        return self + (-other if isinstance(other, Tensor) else Tensor(-np.asarray(other)))

    __radd__ = __add__
    __rmul__ = __mul__

    # -- reverse mode ------------------------------------------------------------------------
    def backward(self):
        """Add ``d self / d t`` to ``t.grad`` for every leaf ``t`` this scalar depends on.

        Intermediate tensors start from zero on every call, so calling ``backward()`` twice on
        the same graph adds the gradient to the leaves twice, as PyTorch does with
        ``retain_graph=True``, instead of propagating stale intermediate gradients.
        """
        order, seen = [], set()

        def visit(t):  # depth-first: a tensor is appended after everything it depends on
            if id(t) not in seen:
                seen.add(id(t))
                for p in t.parents:
                    visit(p)
                order.append(t)

        visit(self)
        for t in order:
            if t.parents:  # an intermediate result: its gradient is rebuilt from scratch
                t.grad = np.zeros_like(t.data)
        self.grad = self.grad + 1.0  # the seed, d self / d self = 1
        for t in reversed(order):  # each tensor's grad is complete before it is passed on
            t.propagate()

    def zero_grad(self):
        """Reset the accumulated gradient to zero."""
        self.grad = np.zeros_like(self.data)


def network_loss(params, X, y):
    """Mean logistic loss of a one-hidden-layer tanh network, plus a small L2 penalty.

    Parameters
    ----------
    params : dict of Tensor
        ``W1`` (d, h), ``b1`` (h,), ``W2`` (h, 1), ``b2`` (1,).
    X : Tensor, shape (n, d)
    y : Tensor, shape (n, 1), values in {0, 1}

    Returns
    -------
    Tensor, shape ()
    """
    hidden = (X @ params["W1"] + params["b1"]).tanh()
    z = hidden @ params["W2"] + params["b2"]
    data_loss = (z.softplus() - y * z).mean()  # log(1 + e^z) - y z
    return data_loss + 0.01 * (params["W1"] ** 2).sum()


def finite_difference_grads(params, X, y, eps=1e-6):
    """Central-difference gradients of `network_loss` for every parameter.

    Returns
    -------
    grads : dict of ndarray
        Same keys and shapes as ``params``.
    passes : int
        Number of forward passes used: two per scalar parameter.
    """
    grads, passes = {}, 0
    for name, p in params.items():
        g = np.zeros_like(p.data)
        for i in np.ndindex(p.data.shape):
            old = p.data[i]
            p.data[i] = old + eps
            up = float(network_loss(params, X, y).data)
            p.data[i] = old - eps
            down = float(network_loss(params, X, y).data)
            p.data[i] = old
            g[i] = (up - down) / (2 * eps)
            passes += 2
        grads[name] = g
    return grads, passes


def main():
    rng = np.random.default_rng(0)
    X = Tensor(rng.normal(size=(8, 3)))
    y = Tensor(rng.integers(0, 2, size=(8, 1)))
    shapes = {"W1": (3, 5), "b1": (5,), "W2": (5, 1), "b2": (1,)}
    params = {name: Tensor(rng.normal(size=s)) for name, s in shapes.items()}

    loss = network_loss(params, X, y)  # forward pass: builds the graph
    loss.backward()  # backward pass: fills p.grad for every parameter
    numeric, passes = finite_difference_grads(params, X, y)

    print(f"loss {float(loss.data):.6f}")
    print("parameter  shape   largest |gradient|  matches finite differences")
    for name, p in params.items():
        ok = np.allclose(p.grad, numeric[name], rtol=1e-6, atol=1e-8)
        print(f"{name:9s}  {str(p.data.shape):6s}  {np.abs(p.grad).max():18.4f}  {ok}")

    def show(a):
        return " ".join(f"{v + 0.0:+.5f}" for v in a.ravel())

    print(f"dloss/dW2 by reverse mode:       {show(params['W2'].grad)}")
    print(f"dloss/dW2 by finite differences: {show(numeric['W2'])}")
    n = sum(p.data.size for p in params.values())
    print(f"{n} parameters: reverse mode needed 1 forward and 1 backward pass,")
    print(f"finite differences needed {passes} forward passes.")


if __name__ == "__main__":
    main()
