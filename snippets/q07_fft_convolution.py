"""Convolution through the FFT gives the same numbers as direct convolution, with fewer operations
only when the kernel is long enough; how long depends on how the FFT route is organised.

The convolution theorem says that circular convolution becomes pointwise multiplication after a
discrete Fourier transform. Zero-padding turns circular convolution into ordinary (linear)
convolution. The program checks that both routes agree, then counts real multiplications (counts,
not timings) for a signal of 4096 samples and kernels of growing width, under two cost models:

* one FFT: the whole signal and the kernel zero-padded to one long transform, the kernel
  re-transformed on every call, real data fed to complex FFTs (the textbook recipe);
* overlap-add: the signal cut into blocks, each convolved through a short FFT; the kernel's
  transform computed once (fixed weights) and two real blocks packed into one complex FFT.
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
    a : ndarray, shape (..., n)
        Real or complex input, transformed along the last axis; ``n`` must be a power of two.

    Returns
    -------
    spectrum : ndarray of complex, shape (..., n)
        ``spectrum[..., f] = sum_t a[..., t] * exp(-2j * pi * f * t / n)``, as ``np.fft.fft``.
    mults : int
        Complex multiplications by twiddle factors, ``(n / 2) * log2(n)`` per transform.
    """
    a = np.asarray(a, dtype=complex)
    n = a.shape[-1]
    batch = a.shape[:-1]
    if n < 1 or n & (n - 1):
        raise ValueError(f"length must be a power of two, got {n}")
    a = a[..., bit_reverse_permutation(n)]
    mults = 0
    size = 2
    while size <= n:  # log2(n) stages of n / 2 butterflies each
        half = size // 2
        twiddle = np.exp(-2j * np.pi * np.arange(half) / size)
        a = a.reshape(*batch, -1, size)
        even, odd = a[..., :half], a[..., half:] * twiddle
        mults += odd.size
        a = np.concatenate([even + odd, even - odd], axis=-1)
        size *= 2
    return a.reshape(*batch, n), mults


def conv_fft(x, w):
    """Full linear convolution through one long FFT, and its multiplication count.

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


def conv_overlap_add(x, w, block):
    """Full linear convolution by overlap-add with FFT blocks, and its multiplication count.

    The signal is cut into segments of ``block - k + 1`` samples; each segment's convolution with
    ``w`` has exactly ``block`` samples, so a circular convolution of length ``block`` computes it,
    and the overlapping tails are added. The kernel's transform is computed once and not counted
    (the weights are fixed). Because ``w`` is real, two real segments packed as the real and
    imaginary parts of one complex block come out as the real and imaginary parts of the result.

    Parameters
    ----------
    x : ndarray, shape (n,)
    w : ndarray, shape (k,)
    block : int
        FFT length, a power of two with ``block >= k``.

    Returns
    -------
    y : ndarray, shape (n + k - 1,)
    mults : int
        Real multiplications: per pair of segments one forward and one inverse FFT of length
        ``block`` plus ``block`` pointwise products, each complex multiplication counted as 4.
    """
    n, k = len(x), len(w)
    step = block - k + 1
    if step < 1:
        raise ValueError(f"block {block} is shorter than the kernel ({k} taps)")
    w_hat, _ = fft_radix2(np.pad(w, (0, block - k)))  # once per kernel, not counted
    n_segments = -(-n // step)
    n_segments += n_segments % 2  # an even number, to pair them
    segments = np.zeros((n_segments, block))
    padded = np.pad(x, (0, n_segments * step - n))
    segments[:, :step] = padded.reshape(n_segments, step)
    packed = segments[0::2] + 1j * segments[1::2]
    spectra, m1 = fft_radix2(packed)
    out, m2 = fft_radix2(np.conj(spectra * w_hat))
    out = np.conj(out) / block
    pieces = np.empty((n_segments, block))
    pieces[0::2], pieces[1::2] = out.real, out.imag
    y = np.zeros(n_segments * step + block)
    for i in range(n_segments):
        y[i * step : i * step + block] += pieces[i]
    return y[: n + k - 1], 4 * (m1 + m2 + spectra.size)


def best_overlap_add(x, w):
    """Overlap-add with the power-of-two block length that needs the fewest multiplications.

    Returns
    -------
    y : ndarray, shape (n + k - 1,)
    mults : int
    block : int
        The block length used.
    """
    n, k = len(x), len(w)
    best = None
    block = 1 << max(k - 1, 1).bit_length()  # smallest power of two >= max(k, 2)
    while block <= 2 * (n + k):
        y, mults = conv_overlap_add(x, w, block)
        if best is None or mults < best[1]:
            best = (y, mults, block)
        block *= 2
    return best


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

    y_ola, _, _ = best_overlap_add(x, w)
    print(f"   overlap-add equals direct:     {np.allclose(y_ola, y_direct)}")

    print()
    print("2. Real multiplications for a signal of n = 4096 samples (ratio = direct / FFT route)")
    print(f"   {'':>8} {'direct':>10} {'one FFT':>20} {'overlap-add':>27}")
    print(f"   {'kernel k':>8} {'n*k':>10} {'mults':>10} {'ratio':>9}", end="")
    print(f" {'block':>6} {'mults':>10} {'ratio':>9}")
    for k in (3, 9, 17, 33, 129, 513, 2049):
        w = rng.normal(size=k)
        y_direct, direct = conv_direct(x, w)
        y_fft, one_fft = conv_fft(x, w)
        y_ola, ola, block = best_overlap_add(x, w)
        assert np.allclose(y_direct, y_fft) and np.allclose(y_direct, y_ola)
        print(
            f"   {k:>8} {direct:>10,} {one_fft:>10,} {direct / one_fft:>9.2f}"
            f" {block:>6} {ola:>10,} {direct / ola:>9.2f}"
        )


if __name__ == "__main__":
    main()
