"""Reverse mode on arrays: one backward pass gives every gradient of a small network."""

import numpy as np


def unbroadcast(grad, shape):
    """Sum ``grad`` over the axes that broadcasting added or stretched, back to ``shape``."""
    while grad.ndim > len(shape):
        grad = grad.sum(axis=0)
    for axis, size in enumerate(shape):
        if size == 1 and grad.shape[axis] != 1:
            grad = grad.sum(axis=axis, keepdims=True)
    return grad


def matmul_backward(a, b, g):
    """Gradients of ``sum(g * (a @ b))`` for ``a`` and ``b``: 1-D, 2-D or batched, as ``@``."""
    a2 = a[None, :] if a.ndim == 1 else a  # a vector on the left is a row
    b2 = b[:, None] if b.ndim == 1 else b  # a vector on the right is a column
    g = g[..., None] if b.ndim == 1 else g
    g = g[..., None, :] if a.ndim == 1 else g
    ga = g @ np.swapaxes(b2, -1, -2)
    gb = np.swapaxes(a2, -1, -2) @ g
    return unbroadcast(ga, a2.shape).reshape(a.shape), unbroadcast(gb, b2.shape).reshape(b.shape)


def as_tensor(x):
    """``x`` itself if it is a Tensor, else a constant Tensor holding it."""
    return x if isinstance(x, Tensor) else Tensor(x)


class Tensor:
    """An array that records how it was computed; leaves accumulate ``.grad``."""

    def __init__(self, data, parents=(), vjp=None):
        self.data = np.asarray(data, dtype=np.float64)
        self.grad = np.zeros_like(self.data)
        self.parents, self.vjp = parents, vjp  # vjp(g): the gradients for the parents

    def __add__(self, other):
        other = as_tensor(other)
        return Tensor(self.data + other.data, (self, other), lambda g: (g, g))

    def __mul__(self, other):
        other = as_tensor(other)
        a, b = self.data, other.data  # saved for the backward pass
        return Tensor(a * b, (self, other), lambda g: (g * b, g * a))

    def __matmul__(self, other):
        a, b = self.data, other.data
        return Tensor(a @ b, (self, other), lambda g: matmul_backward(a, b, g))

    def tanh(self):
        t = np.tanh(self.data)  # saves its output: tanh' = 1 - tanh^2
        return Tensor(t, (self,), lambda g: (g * (1.0 - t * t),))

    def softplus(self):  # log(1 + e^x) without overflow; its derivative is the sigmoid
        x = self.data
        return Tensor(np.logaddexp(0.0, x), (self,), lambda g: (g * 0.5 * (1 + np.tanh(x / 2)),))

    def sum(self):
        shape = self.data.shape
        return Tensor(self.data.sum(), (self,), lambda g: (np.broadcast_to(g, shape),))

    def mean(self):
        return self.sum() * (1.0 / self.data.size)

    def __sub__(self, other):
        return self + as_tensor(other) * -1.0

    __radd__, __rmul__ = __add__, __mul__

    def graph(self):
        """Every tensor this one depends on, each after its parents (a topological order)."""
        order, seen = [], set()

        def visit(t):
            if id(t) not in seen:
                seen.add(id(t))
                for p in t.parents:
                    visit(p)
                order.append(t)

        visit(self)
        return order

    def backward(self, gradient=None):
        """Add ``d self / d leaf`` to every leaf's ``.grad``; ``self`` must be a scalar
        unless ``gradient`` (the upstream gradient, shape of ``self``) is given, as in PyTorch."""
        if gradient is None and self.data.size != 1:
            raise RuntimeError("grad can be implicitly created only for scalar outputs")
        seed = np.ones_like(self.data) if gradient is None else np.asarray(gradient, float)
        if seed.shape != self.data.shape:
            raise ValueError(f"gradient has shape {seed.shape}, output {self.data.shape}")
        order = self.graph()
        for t in order:
            if t.parents:  # intermediate results start from zero; leaves accumulate
                t.grad = np.zeros_like(t.data)
        self.grad = self.grad + seed
        for t in reversed(order):  # each tensor's gradient is complete before it is passed on
            if t.vjp is not None:
                for parent, g in zip(t.parents, t.vjp(t.grad), strict=True):
                    parent.grad += unbroadcast(g, parent.data.shape)


def network_loss(params, X, y):
    """Mean logistic loss of a tanh network, ``X`` (n, d), ``y`` (n, 1), plus an L2 penalty."""
    z = (X @ params["W1"] + params["b1"]).tanh() @ params["W2"] + params["b2"]
    return (z.softplus() - y * z).mean() + 0.01 * (params["W1"] * params["W1"]).sum()


def main():
    rng = np.random.default_rng(0)
    X, y = Tensor(rng.normal(size=(8, 3))), Tensor(rng.integers(0, 2, size=(8, 1)))
    shapes = {"W1": (3, 5), "b1": (5,), "W2": (5, 1), "b2": (1,)}
    params = {name: Tensor(rng.normal(size=s)) for name, s in shapes.items()}
    loss = network_loss(params, X, y)  # forward pass: records the graph
    loss.backward()  # backward pass: fills p.grad for every parameter
    print(f"loss {float(loss.data):.6f}")
    print("parameter  shape   largest |gradient|  matches finite differences")
    passes = 0
    for name, p in params.items():
        numeric = np.zeros_like(p.data)
        for i in np.ndindex(p.data.shape):  # central differences, two passes each
            old = p.data[i]
            p.data[i] = old + 1e-6
            up = float(network_loss(params, X, y).data)
            p.data[i] = old - 1e-6
            numeric[i] = (up - float(network_loss(params, X, y).data)) / 2e-6
            p.data[i], passes = old, passes + 2
        ok = np.allclose(p.grad, numeric, rtol=1e-6, atol=1e-8)
        print(f"{name:9s}  {str(p.data.shape):6s}  {np.abs(p.grad).max():18.4f}  {ok}")
    n = sum(p.data.size for p in params.values())
    print(f"{n} parameters: reverse mode 1 forward + 1 backward pass, central differences {passes}")
    for batch in (8, 800):  # every intermediate result; a framework keeps only what vjps need
        Xb = Tensor(rng.normal(size=(batch, 3)))
        yb = Tensor(rng.integers(0, 2, size=(batch, 1)))
        kept = sum(t.data.size for t in network_loss(params, Xb, yb).graph() if t.parents)
        print(f"batch {batch:3d}: this graph keeps every intermediate, {kept:5d} numbers")
    x, W = Tensor([1.0, 2.0, 3.0]), Tensor(np.ones((3, 3)))
    (x @ W).sum().backward()  # a 1-D input: W.grad is the outer product of x and ones
    print("x @ W with a 1-D x = [1, 2, 3]: rows of W.grad", *W.grad.astype(int).tolist())
    try:
        (x @ W).backward()  # a (3,) output: which gradient? PyTorch refuses too
    except RuntimeError as error:
        print(f"non-scalar backward(): RuntimeError: {error}")


if __name__ == "__main__":
    main()
