"""Convolution through the FFT gives the same numbers as direct convolution, with fewer operations
only when the kernel is long.

The convolution theorem says that circular convolution becomes pointwise multiplication after a
discrete Fourier transform. Zero-padding turns circular convolution into ordinary (linear)
convolution. The program checks that both routes agree, then counts real multiplications (counts,
not timings) for a signal of 4096 samples and kernels of growing width.
"""

import numpy as np


def conv_direct(x, w):
    """Full linear convolution from the definition, and its multiplication count.

    Parameters
    ----------
    x : ndarray, shape (n,)
        Signal.
    w : ndarray, shape (k,)
        Kernel.

    Returns
    -------
    y : ndarray, shape (n + k - 1,)
        ``y[t] = sum_j w[j] * x[t - j]``.
    mults : int
        Real multiplications performed, ``n * k``.

    Examples
    --------
    >>> y, mults = conv_direct(np.array([1.0, 2.0, 3.0]), np.array([1.0, -1.0]))
    >>> y.tolist(), mults
    ([1.0, 1.0, 1.0, -3.0], 6)
    """
    n, k = len(x), len(w)
    y = np.zeros(n + k - 1)
    for j in range(k):
        y[j : j + n] += w[j] * x
    return y, n * k


def bit_reverse_permutation(n):
    """Indices in bit-reversed order, the input order of an in-place radix-2 FFT.

    Parameters
    ----------
    n : int
        A power of two.

    Returns
    -------
    ndarray of int, shape (n,)

    Examples
    --------
    >>> bit_reverse_permutation(8).tolist()
    [0, 4, 2, 6, 1, 5, 3, 7]
    """
    levels = n.bit_length() - 1
    index = np.arange(n)
    reversed_index = np.zeros(n, dtype=np.int64)
    for b in range(levels):
        reversed_index |= ((index >> b) & 1) << (levels - 1 - b)
    return reversed_index


def fft_radix2(a):
    """Cooley-Tukey radix-2 FFT that counts its complex multiplications.

    Parameters
    ----------
    a : ndarray, shape (n,)
        Real or complex input; ``n`` must be a power of two.

    Returns
    -------
    spectrum : ndarray of complex, shape (n,)
        ``spectrum[f] = sum_t a[t] * exp(-2j * pi * f * t / n)``, as ``np.fft.fft``.
    mults : int
        Complex multiplications by twiddle factors, ``(n / 2) * log2(n)``.
    """
    a = np.asarray(a, dtype=complex)
    n = a.shape[0]
    if n < 1 or n & (n - 1):
        raise ValueError(f"length must be a power of two, got {n}")
    a = a[bit_reverse_permutation(n)]
    mults = 0
    size = 2
    while size <= n:  # log2(n) stages of n / 2 butterflies each
        half = size // 2
        twiddle = np.exp(-2j * np.pi * np.arange(half) / size)
        a = a.reshape(-1, size)
        even, odd = a[:, :half], a[:, half:] * twiddle
        mults += odd.size
        a = np.concatenate([even + odd, even - odd], axis=1)
        size *= 2
    return a.reshape(n), mults


def conv_fft(x, w):
    """Full linear convolution through the convolution theorem, and its multiplication count.

    Both inputs are zero-padded to a power of two ``N >= n + k - 1`` so that the circular
    convolution computed by the DFT equals the linear one.

    Parameters
    ----------
    x : ndarray, shape (n,)
    w : ndarray, shape (k,)

    Returns
    -------
    y : ndarray, shape (n + k - 1,)
    mults : int
        Real multiplications: three FFTs of length ``N`` plus ``N`` pointwise products, each
        complex multiplication counted as 4 real ones.
    """
    n, k = len(x), len(w)
    size = 1 << (n + k - 2).bit_length()  # smallest power of two >= n + k - 1
    x_hat, m1 = fft_radix2(np.pad(x, (0, size - n)))
    w_hat, m2 = fft_radix2(np.pad(w, (0, size - k)))
    product = x_hat * w_hat
    # inverse DFT = conj(DFT(conj(.))) / N
    y, m3 = fft_radix2(np.conj(product))
    y = np.conj(y).real / size
    return y[: n + k - 1], 4 * (m1 + m2 + m3 + size)


def main():
    rng = np.random.default_rng(7)
    n = 4096
    x = rng.normal(size=n)

    print("1. Same numbers (n = 4096, k = 33)")
    w = rng.normal(size=33)
    y_direct, _ = conv_direct(x, w)
    y_fft, _ = conv_fft(x, w)
    print(f"   max |direct - FFT| below 1e-9: {np.abs(y_direct - y_fft).max() < 1e-9}")
    print(f"   direct equals np.convolve:     {np.allclose(y_direct, np.convolve(x, w))}")
    spectrum, _ = fft_radix2(x)
    print(f"   our FFT equals np.fft.fft:     {np.allclose(spectrum, np.fft.fft(x))}")
    # a convolution layer computes cross-correlation: convolution with the flipped kernel
    corr = np.correlate(x, w, mode="full")
    print(f"   correlate(x, w) = conv(x, w[::-1]): {np.allclose(corr, conv_fft(x, w[::-1])[0])}")

    print()
    print("2. Real multiplications for a signal of n = 4096 samples")
    print(f"   {'kernel k':>8} {'direct n*k':>12} {'via FFT':>12} {'direct / FFT':>13}")
    for k in (3, 9, 33, 129, 513, 2049):
        w = rng.normal(size=k)
        y_direct, direct_mults = conv_direct(x, w)
        y_fft, fft_mults = conv_fft(x, w)
        assert np.allclose(y_direct, y_fft)
        print(f"   {k:>8} {direct_mults:>12,} {fft_mults:>12,} {direct_mults / fft_mults:>13.2f}")


if __name__ == "__main__":
    main()
