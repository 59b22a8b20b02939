"""Convolution theorem: circular convolution = ifft(fft(x) * fft(w))."""

import numpy as np


def circular_convolution(x, w):
    """y[t] = sum_j w[j] x[(t - j) mod n] from the definition; shapes (n,)."""
    n = len(x)
    rows = [[w[j] * x[(t - j) % n] for j in range(n)] for t in range(n)]
    return np.array([sum(row) for row in rows])


rng = np.random.default_rng(0)
x, w = rng.normal(size=8), rng.normal(size=8)
direct = circular_convolution(x, w)
via_fft = np.fft.ifft(np.fft.fft(x) * np.fft.fft(w)).real
print("direct :", np.array2string(direct, precision=3, floatmode="fixed"))
print("via FFT:", np.array2string(via_fft, precision=3, floatmode="fixed"))
print(f"max difference below 1e-12: {np.abs(direct - via_fft).max() < 1e-12}")

# Ordinary convolution: zero-pad both to n + k - 1 so nothing wraps around.
signal, kernel = rng.normal(size=1000), rng.normal(size=5)
size = len(signal) + len(kernel) - 1
spectrum = np.fft.rfft(signal, size) * np.fft.rfft(kernel, size)
same = np.allclose(np.fft.irfft(spectrum, size), np.convolve(signal, kernel))
print(f"zero-padded FFT route equals np.convolve: {same}")
wrapped = np.fft.irfft(np.fft.rfft(signal) * np.fft.rfft(kernel, 1000), 1000)  # no padding
wrong = np.flatnonzero(np.abs(wrapped - np.convolve(signal, kernel)[:1000]) > 1e-9)
print(f"without padding, outputs {wrong} wrap around; the other {1000 - len(wrong)} are equal")

# Real multiplications for n = 4096: direct n*k against three radix-2 FFTs
# of length N = 2^m >= n + k - 1 ((N/2) log2 N complex products each) and
# N pointwise products; a complex product counts as 4 real ones.
n = 4096
print(f"\n{'kernel k':>8} {'direct n*k':>12} {'FFT route':>10}  cheaper")
for k in (3, 33, 129, 513, 2049):
    size = 1 << (n + k - 2).bit_length()
    fft_route = 4 * (3 * (size // 2) * (size.bit_length() - 1) + size)
    cheaper = "FFT" if fft_route < n * k else "direct"
    print(f"{k:>8} {n * k:>12,} {fft_route:>10,}  {cheaper}")
