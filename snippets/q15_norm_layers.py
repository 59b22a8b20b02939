"""Normalisation layers differ mainly in the axes their mean and variance are taken over (RMS norm
also skips centring); that choice decides whether an example's output depends on the rest of the
batch.

The program normalises one array of convolutional activations, shape (N, C, H, W), and one array of
Transformer activations, shape (N, T, D), with batch, layer, instance, group and RMS normalisation,
prints the shape of the statistics each one computes, checks the result, and then shows the
consequences: batch norm couples the examples of a batch during training and must switch to running
statistics at inference; layer norm does not.
"""

import numpy as np

EPS = 1e-5


def normalise(x, axes, eps=EPS):
    """Subtract the mean and divide by the standard deviation taken over ``axes``.

    Parameters
    ----------
    x : ndarray, any shape
    axes : tuple of int
        Axes the statistics are computed over (reduced with ``keepdims=True``).

    Returns
    -------
    y : ndarray, shape of x
    mean, var : ndarray
        Statistics, shape of x with ``axes`` set to 1.
    """
    mean = x.mean(axis=axes, keepdims=True)
    var = x.var(axis=axes, keepdims=True)
    return (x - mean) / np.sqrt(var + eps), mean, var


def group_norm(x, groups, eps=EPS):
    """Group normalisation of (N, C, H, W): statistics per example and group of C // groups channels.

    Returns
    -------
    y : ndarray, shape (N, C, H, W)
    mean : ndarray, shape (N, groups, 1, 1, 1)
    """
    n, c, h, w = x.shape
    y, mean, _ = normalise(x.reshape(n, groups, c // groups, h, w), axes=(2, 3, 4), eps=eps)
    return y.reshape(n, c, h, w), mean


def rms_norm(x, eps=EPS):
    """RMS normalisation over the last axis: ``x / sqrt(mean(x^2) + eps)``, no centring.

    Returns
    -------
    y : ndarray, shape of x
    rms : ndarray, shape of x with the last axis set to 1
    """
    rms = np.sqrt(np.mean(x**2, axis=-1, keepdims=True) + eps)
    return x / rms, rms


class BatchNorm2d:
    """Batch normalisation for (N, C, H, W) with per-channel gamma, beta and running statistics.

    Training normalises with the biased batch variance; the running variance used at inference is
    updated with the unbiased estimate ``m / (m - 1)`` times it, ``m = N * H * W`` values per
    channel, as in Ioffe and Szegedy (2015) and PyTorch.
    """

    def __init__(self, channels, momentum=0.1):
        self.gamma, self.beta = np.ones(channels), np.zeros(channels)
        self.running_mean, self.running_var = np.zeros(channels), np.ones(channels)
        self.momentum = momentum
        self.training = True

    def __call__(self, x):
        """Normalise x (N, C, H, W): batch statistics in training, running statistics otherwise."""
        if self.training:
            y, mean, var = normalise(x, axes=(0, 2, 3))
            count = x.shape[0] * x.shape[2] * x.shape[3]
            unbiased = var.ravel() * count / (count - 1)
            m = self.momentum
            self.running_mean = (1 - m) * self.running_mean + m * mean.ravel()
            self.running_var = (1 - m) * self.running_var + m * unbiased
        else:
            shape = (1, -1, 1, 1)
            mean, var = self.running_mean.reshape(shape), self.running_var.reshape(shape)
            y = (x - mean) / np.sqrt(var + EPS)
        return self.gamma.reshape(1, -1, 1, 1) * y + self.beta.reshape(1, -1, 1, 1)


def main():
    rng = np.random.default_rng(3)
    images = rng.normal(2.0, 3.0, size=(8, 4, 5, 5))  # (N, C, H, W)
    tokens = rng.normal(1.0, 2.0, size=(8, 6, 16))  # (N, T, D)

    def check(y, axes):
        ok_mean = np.allclose(y.mean(axis=axes), 0.0, atol=1e-9)
        ok_std = np.allclose(y.std(axis=axes), 1.0, atol=1e-3)
        return "yes" if ok_mean and ok_std else "NO"

    print(
        f"CNN activations (N, C, H, W) = {images.shape};"
        f" Transformer activations (N, T, D) = {tokens.shape}"
    )
    print(
        f"{'layer':<26}{'statistics over':<17}{'stats shape':<17}{'gamma shape':<13}mean 0, std 1"
    )
    rows = [
        ("batch norm (CNN)", images, (0, 2, 3), "N, H, W", "(C,)"),
        ("layer norm (CNN)", images, (1, 2, 3), "C, H, W", "(C, H, W)"),
        ("instance norm", images, (2, 3), "H, W", "(C,)"),
        ("layer norm (Transformer)", tokens, (2,), "D", "(D,)"),
        ("batch norm (Transformer)", tokens, (0, 1), "N, T", "(D,)"),
    ]
    for name, x, axes, over, gamma in rows:
        y, mean, _ = normalise(x, axes)
        print(f"{name:<26}{over:<17}{str(mean.shape):<17}{gamma:<13}{check(y, axes)}")
    y, mean = group_norm(images, groups=2)
    grouped = y.reshape(8, 2, 2, 5, 5)
    print(
        f"{'group norm (2 groups)':<26}{'C/G, H, W':<17}{str(mean.shape):<17}{'(C,)':<13}"
        f"{check(grouped, (2, 3, 4))}"
    )
    y, rms = rms_norm(tokens)
    rms_ok = np.allclose(np.sqrt(np.mean(y**2, axis=-1)), 1.0, atol=1e-3)
    print(
        f"{'RMS norm (Transformer)':<26}{'D (no centring)':<17}{str(rms.shape):<17}{'(D,)':<13}"
        f"rms 1: {'yes' if rms_ok else 'NO'}"
    )

    print()
    print("Does example 0's output depend on the other examples in the batch?")
    other = images.copy()
    other[1:] = rng.normal(-5.0, 0.5, size=other[1:].shape)  # same example 0, different batch mates
    bn = BatchNorm2d(4)
    for _ in range(200):  # training: running statistics follow the batch statistics
        bn(rng.normal(2.0, 3.0, size=(8, 4, 5, 5)))
    changed = not np.allclose(bn(images)[0], bn(other)[0])
    print(f"  batch norm, training mode (batch statistics):     {changed}")
    bn.training = False
    changed = not np.allclose(bn(images)[0], bn(other)[0])
    print(f"  batch norm, inference mode (running statistics):  {changed}")
    ln_a, ln_b = normalise(images, (1, 2, 3))[0], normalise(other, (1, 2, 3))[0]
    print(
        f"  layer norm:                                       {not np.allclose(ln_a[0], ln_b[0])}"
    )
    single, _, _ = normalise(rng.normal(size=(1, 16)), axes=(0,))  # an MLP batch of one example
    print(
        "batch norm, batch of one (N, D) = (1, 16): normalised values all 0 (output = beta):"
        f" {np.all(single == 0)}"
    )


if __name__ == "__main__":
    main()
