"""What a framework's training loop does: forward, backward, step, zero the gradients.

A trimmed copy of the reverse-mode `Tensor` (only the operations this program needs), a
`Linear` layer, and an `SGD` optimiser with ``step`` and ``zero_grad``, the same shape of API
as ``torch.nn.Linear`` and ``torch.optim.SGD``. It trains on XOR-like data that no linear model
can separate, with and without a hidden layer.
"""

import numpy as np


def unbroadcast(grad, shape):
    """Sum ``grad`` over the axes that broadcasting added or stretched, to get ``shape``."""
    while grad.ndim > len(shape):
        grad = grad.sum(axis=0)
    for axis, size in enumerate(shape):
        if size == 1 and grad.shape[axis] != 1:
            grad = grad.sum(axis=axis, keepdims=True)
    return grad


class Tensor:
    """An array that records operations for reverse-mode differentiation (trimmed)."""

    def __init__(self, data, parents=()):
        self.data = np.asarray(data, dtype=np.float64)
        self.grad = np.zeros_like(self.data)
        self.parents = parents
        self.propagate = lambda: None

    def _result(self, data, parents, propagate):
        out = Tensor(data, parents)
        out.propagate = lambda: propagate(out.grad)
        return out

    def __add__(self, other):
        def propagate(g):
            self.grad += unbroadcast(g, self.data.shape)
            other.grad += unbroadcast(g, other.data.shape)

        return self._result(self.data + other.data, (self, other), propagate)

    def __mul__(self, other):
        def propagate(g):
            self.grad += unbroadcast(g * other.data, self.data.shape)
            other.grad += unbroadcast(g * self.data, other.data.shape)

        return self._result(self.data * other.data, (self, other), propagate)

    def __matmul__(self, other):
        def propagate(g):
            self.grad += g @ other.data.T
            other.grad += self.data.T @ g

        return self._result(self.data @ other.data, (self, other), propagate)

    def tanh(self):
        t = np.tanh(self.data)

        def propagate(g):
            self.grad += g * (1.0 - t**2)

        return self._result(t, (self,), propagate)

    def softplus(self):
        """``log(1 + exp(x))``, computed without overflow."""

        def propagate(g):
            self.grad += g * 0.5 * (1.0 + np.tanh(0.5 * self.data))  # sigmoid(x)

        return self._result(np.logaddexp(0.0, self.data), (self,), propagate)

    def mean(self):
        def propagate(g):
            self.grad += np.broadcast_to(g / self.data.size, self.data.shape)

        return self._result(self.data.mean(), (self,), propagate)

    def backward(self):
        """Reverse-mode sweep: fill ``.grad`` of everything this scalar depends on."""
        order, seen = [], set()

        def visit(t):
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
            t.propagate()


class Linear:
    """``x @ W + b`` with ``W`` of shape (n_in, n_out), initialised with variance 1 / n_in."""

    def __init__(self, rng, n_in, n_out):
        self.W = Tensor(rng.normal(scale=1.0 / np.sqrt(n_in), size=(n_in, n_out)))
        self.b = Tensor(np.zeros(n_out))

    def __call__(self, x):
        return x @ self.W + self.b

    def parameters(self):
        return [self.W, self.b]


class SGD:
    """Plain stochastic gradient descent over a list of parameter tensors."""

    def __init__(self, params, lr):
        self.params, self.lr = params, lr

    def zero_grad(self):
        for p in self.params:
            p.grad = np.zeros_like(p.data)

    def step(self):
        for p in self.params:
            p.data -= self.lr * p.grad


def logistic_loss(z, y):
    """Mean of ``log(1 + exp(z)) - y z`` (binary cross-entropy on logits); a scalar Tensor."""
    return (z.softplus() + Tensor(-y) * z).mean()


def make_xor(rng, n):
    """Points in [-1, 1]^2 labelled 1 when ``x1 * x2 > 0``: X (n, 2), y (n, 1)."""
    x = rng.uniform(-1.0, 1.0, size=(n, 2))
    return x, (x[:, :1] * x[:, 1:] > 0).astype(float)


def train(hidden, steps=2000, lr=0.5, seed=0):
    """Full-batch training.

    Returns
    -------
    history : list of float, length ``steps + 1``
        ``history[k]`` is the training loss after ``k`` updates.
    test_acc : float
        Accuracy on 2000 fresh points.
    """
    rng = np.random.default_rng(seed)
    x_train, y_train = make_xor(rng, 200)
    x_test, y_test = make_xor(rng, 2000)
    if hidden:
        layers = [Linear(rng, 2, hidden), Linear(rng, hidden, 1)]

        def model(x):
            return layers[1](layers[0](x).tanh())
    else:
        layers = [Linear(rng, 2, 1)]

        def model(x):
            return layers[0](x)

    opt = SGD([p for layer in layers for p in layer.parameters()], lr)
    history = []
    for _ in range(steps):
        loss = logistic_loss(model(Tensor(x_train)), y_train)  # 1. forward
        opt.zero_grad()  # 2. clear old gradients
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
