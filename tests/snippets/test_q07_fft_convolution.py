"""Tests of snippets/q07_fft_convolution.py."""

import numpy as np
import pytest

from snippets.q07_fft_convolution import (
    best_overlap_add,
    conv_one_fft,
    conv_overlap_add,
    fft_radix2,
    ifft_radix2,
)


@pytest.mark.parametrize("n", [1, 2, 8, 64, 1024])
def test_fft_matches_numpy_and_counts_half_n_log_n(n):
    x = np.random.default_rng(n).normal(size=n) + 1j * np.random.default_rng(n + 1).normal(size=n)
    spectrum, mults = fft_radix2(x)
    np.testing.assert_allclose(spectrum, np.fft.fft(x), atol=1e-9)
    assert mults == (n // 2) * int(np.log2(n))
    np.testing.assert_allclose(ifft_radix2(spectrum)[0], x, atol=1e-12)


@pytest.mark.parametrize("n", [0, 3, 12, 100])
def test_fft_rejects_lengths_that_are_not_powers_of_two(n):
    with pytest.raises(ValueError):
        fft_radix2(np.ones(n))


def test_fft_works_along_the_last_axis_and_counts_every_transform():
    x = np.random.default_rng(3).normal(size=(5, 16))
    spectrum, mults = fft_radix2(x)
    np.testing.assert_allclose(spectrum, np.fft.fft(x, axis=-1), atol=1e-9)
    assert mults == 5 * 8 * 4


@pytest.mark.parametrize(("n", "k"), [(1, 1), (5, 3), (100, 7), (37, 64), (256, 256)])
def test_one_fft_convolution_equals_numpy(n, k):
    rng = np.random.default_rng(n * 1000 + k)
    x, w = rng.normal(size=n), rng.normal(size=k)
    y, _ = conv_one_fft(x, w)
    assert y.shape == (n + k - 1,)
    np.testing.assert_allclose(y, np.convolve(x, w), atol=1e-9)


def test_one_fft_count_matches_the_core_programs_formula():
    x = np.ones(4096)
    for k in (3, 100, 2049):  # all pad to N = 8192
        size = 8192
        assert conv_one_fft(x, np.ones(k))[1] == 4 * (3 * (size // 2) * 13 + size)


def test_convolution_with_a_delta_is_a_shift():
    x = np.arange(10.0)
    w = np.array([0.0, 0.0, 1.0])
    np.testing.assert_allclose(conv_one_fft(x, w)[0], np.concatenate([[0, 0], x]), atol=1e-12)


@pytest.mark.parametrize(("n", "k", "block"), [(1, 1, 2), (10, 3, 4), (100, 7, 8), (37, 30, 64)])
def test_overlap_add_equals_numpy_and_counts_pairs_of_blocks(n, k, block):
    rng = np.random.default_rng(n + k + block)
    x, w = rng.normal(size=n), rng.normal(size=k)
    y, mults = conv_overlap_add(x, w, block)
    np.testing.assert_allclose(y, np.convolve(x, w), atol=1e-9)
    segments = -(-n // (block - k + 1))
    pairs = -(-segments // 2)
    assert mults == 4 * pairs * (block * int(np.log2(block)) + block)


def test_overlap_add_rejects_a_block_shorter_than_the_kernel():
    with pytest.raises(ValueError):
        conv_overlap_add(np.ones(10), np.ones(9), 8)


def test_best_overlap_add_beats_one_long_fft_and_direct_for_mid_size_kernels():
    x = np.random.default_rng(0).normal(size=4096)
    w = np.ones(33)
    y, mults, block = best_overlap_add(x, w)
    np.testing.assert_allclose(y, np.convolve(x, w), atol=1e-9)
    assert block == 128
    assert mults < 4096 * 33 < conv_one_fft(x, w)[1]
