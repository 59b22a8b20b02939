"""Tests of snippets/q07_convolution_theorem.py."""

import numpy as np
import pytest

from snippets.q07_convolution_theorem import circular_convolution


@pytest.mark.parametrize("n", [1, 2, 5, 16])
def test_circular_convolution_is_the_product_of_spectra(n):
    rng = np.random.default_rng(n)
    x, w = rng.normal(size=n), rng.normal(size=n)
    via_fft = np.fft.ifft(np.fft.fft(x) * np.fft.fft(w)).real
    np.testing.assert_allclose(circular_convolution(x, w), via_fft, atol=1e-12)


def test_circular_convolution_with_a_shifted_delta_rotates_the_signal():
    x = np.arange(6.0)
    delta = np.zeros(6)
    delta[2] = 1.0
    np.testing.assert_allclose(circular_convolution(x, delta), np.roll(x, 2))


def test_circular_convolution_is_commutative():
    rng = np.random.default_rng(3)
    x, w = rng.normal(size=7), rng.normal(size=7)
    np.testing.assert_allclose(circular_convolution(x, w), circular_convolution(w, x), atol=1e-12)


def test_without_padding_the_ends_wrap_around():
    x, w = np.array([1.0, 2.0, 3.0, 4.0]), np.array([0.0, 0.0, 0.0, 1.0])
    assert circular_convolution(x, w).tolist() == [2.0, 3.0, 4.0, 1.0]
    assert np.convolve(x, w)[:4].tolist() == [0.0, 0.0, 0.0, 1.0]
