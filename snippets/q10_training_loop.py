"""What a framework's training loop does: forward, zero the gradients, backward, step."""

import numpy as np


def unbroadcast(grad, shape):
    """Sum ``grad`` over the axes that broadcasting added or stretched, back to ``shape``."""
    while grad.ndim > len(shape):
        grad = grad.sum(axis=0)
    for axis, size in enumerate(shape):
        if size == 1 and grad.shape[axis] != 1:
            grad = grad.sum(axis=axis, keepdims=True)
    return grad


class Tensor:
    """An array that records how it was computed (trimmed: the operations this program uses)."""

    def __init__(self, data, parents=(), vjp=None):
        self.data = np.asarray(data, dtype=np.float64)
        self.grad = np.zeros_like(self.data)
        self.parents, self.vjp = parents, vjp  # vjp(g): the gradients for the parents

    def __add__(self, other):
        return Tensor(self.data + other.data, (self, other), lambda g: (g, g))

    def __mul__(self, other):
        a, b = self.data, other.data
        return Tensor(a * b, (self, other), lambda g: (g * b, g * a))

    def __matmul__(self, other):
        a, b = self.data, other.data
        if a.ndim != 2 or b.ndim != 2:
            raise ValueError(f"this Tensor multiplies 2-D arrays only, not {a.shape} @ {b.shape}")
        return Tensor(a @ b, (self, other), lambda g: (g @ b.T, a.T @ g))

    def tanh(self):
        t = np.tanh(self.data)
        return Tensor(t, (self,), lambda g: (g * (1.0 - t * t),))

    def softplus(self):  # log(1 + e^x) without overflow; its derivative is the sigmoid
        x = self.data
        return Tensor(np.logaddexp(0.0, x), (self,), lambda g: (g * 0.5 * (1 + np.tanh(x / 2)),))

    def mean(self):
        shape, n = self.data.shape, self.data.size
        return Tensor(self.data.mean(), (self,), lambda g: (np.broadcast_to(g / n, shape),))

    def backward(self):
        """Add ``d self / d leaf`` to every leaf's ``.grad``; ``self`` must be a scalar."""
        if self.data.size != 1:
            raise RuntimeError("grad can be implicitly created only for scalar outputs")
        order, seen = [], set()

        def visit(t):  # depth first: a tensor is listed after everything it depends on
            if id(t) not in seen:
                seen.add(id(t))
                for p in t.parents:
                    visit(p)
                order.append(t)

        visit(self)
        for t in order:
            if t.parents:  # intermediate results start from zero; leaves accumulate
                t.grad = np.zeros_like(t.data)
        self.grad = self.grad + 1.0
        for t in reversed(order):
            if t.vjp is not None:
                for parent, g in zip(t.parents, t.vjp(t.grad), strict=True):
                    parent.grad += unbroadcast(g, parent.data.shape)


class Linear:
    """``x @ W + b``, ``x`` (n, n_in), ``W`` (n_in, n_out) with variance 1 / n_in, ``b`` (n_out,)."""

    def __init__(self, rng, n_in, n_out):
        self.W = Tensor(rng.normal(scale=1.0 / np.sqrt(n_in), size=(n_in, n_out)))
        self.b = Tensor(np.zeros(n_out))

    def __call__(self, x):
        return x @ self.W + self.b

    def parameters(self):
        return [self.W, self.b]


class SGD:
    """Plain gradient descent on a list of parameter tensors, as ``torch.optim.SGD``."""

    def __init__(self, params, lr):
        self.params, self.lr = params, lr

    def zero_grad(self):
        for p in self.params:
            p.grad = np.zeros_like(p.data)

    def step(self):
        for p in self.params:
            p.data -= self.lr * p.grad


def logistic_loss(z, y):
    """Mean of ``log(1 + exp(z)) - y z`` over logits ``z`` (n, 1), labels ``y`` (n, 1)."""
    return (z.softplus() + Tensor(-y) * z).mean()


def make_xor(rng, n):
    """Points ``X`` (n, 2) in [-1, 1]^2, labels ``y`` (n, 1): 1 where ``x1 * x2 > 0``."""
    x = rng.uniform(-1.0, 1.0, size=(n, 2))
    return x, (x[:, :1] * x[:, 1:] > 0).astype(float)


def train(hidden, steps=2000, lr=0.5, seed=0):
    """Full-batch training; the training loss after each update, and accuracy on 2000 points."""
    rng = np.random.default_rng(seed)
    x_train, y_train = make_xor(rng, 200)
    x_test, y_test = make_xor(rng, 2000)
    layers = [Linear(rng, 2, hidden), Linear(rng, hidden, 1)] if hidden else [Linear(rng, 2, 1)]

    def model(x):
        for layer in layers[:-1]:
            x = layer(x).tanh()
        return layers[-1](x)

    opt = SGD([p for layer in layers for p in layer.parameters()], lr)
    history = []
    for _ in range(steps):
        loss = logistic_loss(model(Tensor(x_train)), y_train)  # 1. forward
        opt.zero_grad()  # 2. clear the old gradients
        loss.backward()  # 3. backward
        opt.step()  # 4. update
        history.append(float(loss.data))
    history.append(float(logistic_loss(model(Tensor(x_train)), y_train).data))
    test_acc = float(np.mean((model(Tensor(x_test)).data > 0) == (y_test == 1)))
    return history, test_acc


def main():
    print("training loss after k updates (full batch, lr 0.5)")
    print("model                    k=0   k=100   k=500  k=2000  test accuracy")
    for hidden in (0, 8):
        history, acc = train(hidden)
        name = "no hidden layer" if hidden == 0 else f"{hidden} tanh hidden units"
        losses = "  ".join(f"{history[k]:6.3f}" for k in (0, 100, 500, 2000))
        print(f"{name:20s}  {losses}  {acc:13.3f}")


if __name__ == "__main__":
    main()
