"""Transfer learning on a toy task: feature extraction vs full fine-tuning, and catastrophic forgetting."""

import numpy as np


def log_softmax(z, axis=-1):
    """Logarithm of the softmax of ``z`` (any shape) along ``axis``, finite for finite logits."""
    shifted = z - np.max(z, axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))


def softmax_cross_entropy_grad(Z, y):
    """Gradient ``(softmax(Z) - onehot(y)) / n`` of the mean cross-entropy for logits ``Z`` (n, k)."""
    P = np.exp(log_softmax(Z))  # softmax = exp(log_softmax), reusing the stable helper
    P[np.arange(len(y)), y] -= 1.0
    return P / len(y)


def sgd_momentum_step(w, g, v, lr, momentum=0.9):
    """SGD with momentum on weights ``w`` (any shape), gradient ``g``, velocity ``v``: ``(w, v)``."""
    v = momentum * v + g
    return w - lr * v, v


def mlp_forward(X, W1, b1, W2, b2):
    """Two-layer perceptron ``tanh(X @ W1 + b1) @ W2 + b2`` on ``X`` (n, d_in), output (n, d_out)."""
    H = np.tanh(X @ W1 + b1)
    return H @ W2 + b2, (X, H, W2)


def mlp_backward(grad_out, cache):
    """Gradients of `mlp_forward`'s parameters (W1, b1, W2, b2) from ``grad_out`` (n, d_out)."""
    X, H, W2 = cache
    # tanh'(a) = 1 - tanh(a)**2, from the stored activations: no need to keep a = X @ W1 + b1.
    grad_A = (grad_out @ W2.T) * (1.0 - H**2)
    return X.T @ grad_A, grad_A.sum(axis=0), H.T @ grad_out, grad_out.sum(axis=0)


D, HIDDEN = 30, 16
LR, STEPS = 0.05, 150  # fine-tuning: learning rate (momentum 0.9) and full-batch steps
FORGETTING_RUNS = ((0.2, 1000), (0.2, 150), (0.05, 150), (0.05, 30), (0.0, 0))  # (lr, steps)
rng = np.random.default_rng(0)
U_A = rng.normal(size=(D, 8))  # the 8 hidden features that task A's labels depend on
V_A = rng.normal(size=(8, 8))
U_B = np.concatenate([U_A[:, :7], rng.normal(size=(D, 1))], axis=1)  # B: 7 of A's, 1 new
V_B = rng.normal(size=(8, 3))


def labels(X, U, V):
    """Teacher labels (n,) for inputs X (n, D): argmax of tanh(2 X U / sqrt(D)) V."""
    return np.argmax(np.tanh(2.0 * X @ U / np.sqrt(D)) @ V, axis=1)


def accuracy(params, X, y):
    """Fraction of rows of X (n, D) whose largest logit is the label y (n,)."""
    return np.mean(np.argmax(mlp_forward(X, *params)[0], axis=1) == y)


def train(params, X, y, lr, steps, body=True):
    """Full-batch SGD with momentum on the cross-entropy; body=False freezes W1, b1 (a new list)."""
    params, velocity = list(params), [np.zeros_like(p) for p in params]
    for _ in range(steps):
        Z, cache = mlp_forward(X, *params)
        grads = mlp_backward(softmax_cross_entropy_grad(Z, y), cache)
        for i in range(0 if body else 2, 4):
            params[i], velocity[i] = sgd_momentum_step(params[i], grads[i], velocity[i], lr)
    return params


def new_layer(fan_in, fan_out, rng):
    """A fresh dense layer: weights (fan_in, fan_out) of std 1/sqrt(fan_in), zero biases."""
    return [rng.normal(0.0, fan_in**-0.5, (fan_in, fan_out)), np.zeros(fan_out)]


def main():
    X_a, X_a_test = rng.normal(size=(2000, D)), rng.normal(size=(1000, D))
    y_a, y_a_test = labels(X_a, U_A, V_A), labels(X_a_test, U_A, V_A)
    X_b_all, X_b_test = rng.normal(size=(1000, D)), rng.normal(size=(1000, D))
    y_b_all, y_b_test = labels(X_b_all, U_B, V_B), labels(X_b_test, U_B, V_B)

    init = np.random.default_rng(1)
    pre = train(new_layer(D, HIDDEN, init) + new_layer(HIDDEN, 8, init), X_a, y_a, 0.1, 600)
    body, head_a, head_b = pre[:2], pre[2:], new_layer(HIDDEN, 3, init)
    acc_a = accuracy(pre, X_a_test, y_a_test)
    print(f"Pretrained on task A (2,000 examples, 8 classes): accuracy on A {acc_a:.1%}")
    print("Task B (3 classes) depends on 7 of the 8 features behind A's labels and 1 new one.\n")

    print("1. Transfer to task B: test accuracy on B")
    print(f"   {'method':<38}{'trained':>8}{'60 examples':>13}{'1,000':>7}")
    methods = {
        "from scratch (random initialisation)": (new_layer(D, HIDDEN, init) + head_b, True),
        "feature extraction (frozen body)": (body + head_b, False),
        "full fine-tuning (all weights)": (body + head_b, True),
    }
    for name, (start, train_body) in methods.items():
        count = sum(p.size for p in (start if train_body else start[2:]))
        accs = [
            accuracy(
                train(start, X_b_all[:n], y_b_all[:n], LR, STEPS, train_body), X_b_test, y_b_test
            )
            for n in (60, 1000)
        ]
        print(f"   {name:<38}{count:>8}{accs[0]:>13.1%}{accs[1]:>7.1%}")

    print("\n2. Catastrophic forgetting: fine-tune the body on B (1,000 examples), then")
    print(f"   measure A with A's own head. Before fine-tuning: {acc_a:.1%} on A.")
    print(f"   {'learning rate':>13}{'steps':>7}{'accuracy on B':>15}{'on A':>7}")
    for lr, steps in FORGETTING_RUNS:
        tuned = train(body + head_b, X_b_all, y_b_all, lr, steps, body=True)
        if steps == 0:  # frozen body: train only B's head, the body (and so A) is untouched
            tuned = train(body + head_b, X_b_all, y_b_all, LR, STEPS, body=False)
        acc_b, acc_a_after = (
            accuracy(tuned, X_b_test, y_b_test),
            accuracy(tuned[:2] + head_a, X_a_test, y_a_test),
        )
        label = "frozen body" if steps == 0 else f"{lr:.2f}"
        print(f"   {label:>13}{steps:>7}{acc_b:>15.1%}{acc_a_after:>7.1%}")


if __name__ == "__main__":
    main()
