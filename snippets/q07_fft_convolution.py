"""FFT convolution with counted multiplications: a radix-2 FFT, then overlap-add with fixed weights.

Counts of real multiplications (a complex product counts 4), not timings, for n = 4096 samples.
"""

import numpy as np


def fft_radix2(a):
    """Radix-2 FFT along the last axis of ``a`` (..., n), n a power of two; returns (spectrum, mults)."""
    a = np.asarray(a, dtype=complex)
    n, batch = a.shape[-1], a.shape[:-1]
    if n < 1 or n & (n - 1):
        raise ValueError(f"length must be a power of two, got {n}")
    levels = n.bit_length() - 1
    index = np.arange(n)
    reversed_index = np.zeros(n, dtype=np.int64)
    for b in range(levels):  # bit-reversed input order
        reversed_index |= ((index >> b) & 1) << (levels - 1 - b)
    a = a[..., reversed_index]
    mults, size = 0, 2
    while size <= n:  # log2(n) stages of n / 2 butterflies
        half = size // 2
        twiddle = np.exp(-2j * np.pi * np.arange(half) / size)
        a = a.reshape(*batch, -1, size)
        even, odd = a[..., :half], a[..., half:] * twiddle
        mults += odd.size  # complex multiplications by twiddle factors
        a = np.concatenate([even + odd, even - odd], axis=-1)
        size *= 2
    return a.reshape(*batch, n), mults


def ifft_radix2(a):
    """Inverse of `fft_radix2` through conj(FFT(conj(a))) / n; returns (signal, mults)."""
    y, mults = fft_radix2(np.conj(a))
    return np.conj(y) / a.shape[-1], mults


def conv_one_fft(x, w):
    """Full convolution of x (n,) and w (k,) through one long FFT, kernel transformed per call."""
    n, k = len(x), len(w)
    size = 1 << (n + k - 2).bit_length()  # smallest power of two >= n + k - 1
    x_hat, m1 = fft_radix2(np.pad(x, (0, size - n)))
    w_hat, m2 = fft_radix2(np.pad(w, (0, size - k)))
    y, m3 = ifft_radix2(x_hat * w_hat)
    return y.real[: n + k - 1], 4 * (m1 + m2 + m3 + size)


def conv_overlap_add(x, w, block):
    """Full convolution of x (n,) and w (k,) by overlap-add with FFT blocks of length ``block``.

    Segments of ``block - k + 1`` samples are convolved by circular convolutions of length
    ``block`` and their tails added. The kernel's transform is computed once and not counted
    (fixed weights); two real segments ride in one complex FFT as real and imaginary parts.
    """
    n, k = len(x), len(w)
    step = block - k + 1
    if step < 1:
        raise ValueError(f"block {block} is shorter than the kernel ({k} taps)")
    w_hat, _ = fft_radix2(np.pad(w, (0, block - k)))  # once per kernel
    n_segments = -(-n // step)
    n_segments += n_segments % 2  # an even number, to pair them
    segments = np.zeros((n_segments, block))
    segments[:, :step] = np.pad(x, (0, n_segments * step - n)).reshape(n_segments, step)
    spectra, m1 = fft_radix2(segments[0::2] + 1j * segments[1::2])
    out, m2 = ifft_radix2(spectra * w_hat)
    pieces = np.empty((n_segments, block))
    pieces[0::2], pieces[1::2] = out.real, out.imag
    y = np.zeros(n_segments * step + block)
    for i in range(n_segments):
        y[i * step : i * step + block] += pieces[i]
    return y[: n + k - 1], 4 * (m1 + m2 + spectra.size)


def best_overlap_add(x, w):
    """Overlap-add with the power-of-two block that needs fewest multiplications: (y, mults, block)."""
    n, k = len(x), len(w)
    best, block = None, 1 << max(k - 1, 1).bit_length()
    while block <= 2 * (n + k):
        y, mults = conv_overlap_add(x, w, block)
        if best is None or mults < best[1]:
            best = (y, mults, block)
        block *= 2
    return best


def main():
    rng = np.random.default_rng(7)
    n = 4096
    x, w = rng.normal(size=n), rng.normal(size=33)
    reference = np.convolve(x, w)
    spectrum, fft_mults = fft_radix2(x)
    y, one_fft_mults = conv_one_fft(x, w)
    corr = np.correlate(x, w, mode="full")  # what a convolution layer computes
    rows = [
        ("radix-2 FFT equals np.fft.fft", np.allclose(spectrum, np.fft.fft(x))),
        (f"complex products in one FFT of {n}", f"{fft_mults:,} = (n/2) log2 n"),
        ("one long FFT equals np.convolve", np.allclose(y, reference)),
        ("  its real multiplications", f"{one_fft_mults:,}"),
        ("overlap-add equals np.convolve", np.allclose(best_overlap_add(x, w)[0], reference)),
        ("correlate(x, w) = convolve(x, w[::-1])", np.allclose(corr, conv_one_fft(x, w[::-1])[0])),
    ]
    for label, value in rows:
        print(f"{label:<40} {value}")
    print()
    print("overlap-add, kernel transformed once, two real blocks per complex FFT")
    print(f"{'kernel k':>8} {'direct n*k':>11} {'block':>6} {'FFT route':>10} {'direct/FFT':>11}")
    for k in (3, 9, 17, 33, 129, 513, 2049):
        w = rng.normal(size=k)
        y, ola, block = best_overlap_add(x, w)
        assert np.allclose(y, np.convolve(x, w))
        print(f"{k:>8} {n * k:>11,} {block:>6} {ola:>10,} {n * k / ola:>11.2f}")


if __name__ == "__main__":
    main()
