"""Cross-entropy = entropy + KL divergence: its minimum is the target's entropy, reached at p = q."""

import numpy as np


def log_softmax(z, axis=-1):
    """Logarithm of the softmax of ``z`` (any shape) along ``axis``, finite for finite logits."""
    shifted = z - np.max(z, axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))


def entropy(q):
    """Entropy ``-sum q log q`` of a distribution ``q`` (k,), in nats (0 log 0 = 0)."""
    q = q[q > 0]
    return float(-np.sum(q * np.log(q))) + 0.0


def cross_entropy(q, log_p):
    """Cross-entropy ``-sum q log p`` of target ``q`` (k,) and model log-probabilities (k,)."""
    return float(-np.sum(q * log_p))


def kl_divergence(q, log_p):
    """``KL(q || p) = sum q (log q - log p)`` over the support of ``q`` (k,), in nats."""
    s = q > 0
    return float(np.sum(q[s] * (np.log(q[s]) - log_p[s])))


def main():
    k, eps = 4, 0.1
    q = np.full(k, eps / k)
    q[0] += 1 - eps  # label smoothing of class 0 (Szegedy et al., 2016)
    z = np.array([1.0, 2.0, 0.0, -1.0])  # the model's logits
    print(f"target q: {np.array2string(q, precision=3, floatmode='fixed')}")
    print("  step   cross-entropy   entropy(q)   KL(q||p)   entropy + KL")
    for step in range(301):
        log_p = log_softmax(z)
        if step in (0, 10, 100, 300):
            ce, h, kl = cross_entropy(q, log_p), entropy(q), kl_divergence(q, log_p)
            print(f"{step:6d}   {ce:13.4f}   {h:10.4f}   {kl:8.4f}   {h + kl:12.4f}")
        z = z - 1.0 * (np.exp(log_p) - q)  # gradient of the cross-entropy in z: p - q
    print(
        f"p after 300 steps: {np.array2string(np.exp(log_softmax(z)), precision=3, floatmode='fixed')}"
    )

    print("\nLoss of predicting the base rates, the entropy of the labels: the baseline a model")
    print("must beat (its floor is the conditional entropy H(Y|X), zero if x determines y):")
    for share in (0.5, 0.9, 0.99, 1.0):
        base = np.array([share, 1 - share])
        print(f"  classes {share:.2f} / {1 - share:.2f}: entropy {entropy(base):.4f} nats")


if __name__ == "__main__":
    main()
