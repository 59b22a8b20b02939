"""Tests of snippets/q07_spectrogram.py."""

import numpy as np

from snippets.q07_spectrogram import chirp, peak_frequencies, stft_magnitude


def test_stft_shape_and_nonnegative():
    spec = stft_magnitude(np.random.default_rng(0).normal(size=1000), frame=128, hop=32)
    assert spec.shape == (1 + (1000 - 128) // 32, 65)
    assert np.all(spec >= 0)


def test_pure_tone_peaks_at_its_bin():
    rate, frame = 8000, 256
    f = 40 * rate / frame  # exactly bin 40 (1250 Hz)
    x = np.sin(2 * np.pi * f * np.arange(rate) / rate)
    peaks = peak_frequencies(stft_magnitude(x, frame, 128), rate, frame)
    np.testing.assert_allclose(peaks, f)


def test_chirp_has_the_requested_instantaneous_frequency():
    rate = 8000
    t, x = chirp(rate, 1.0, 200.0, 3000.0)
    assert x.shape == t.shape == (rate,)

    # numerical derivative of the unwrapped phase of the analytic signal is hard with NumPy alone;
    # check zero-crossing rate in the first and last 50 ms instead
    def crossings(segment):
        return np.sum(np.diff(np.signbit(segment)) != 0) / 2 / (len(segment) / rate)

    assert abs(crossings(x[:400]) - 270) < 40  # mean frequency over 0-50 ms is 270 Hz
    assert abs(crossings(x[-400:]) - 2930) < 60  # over 950-1000 ms it is 2930 Hz


def test_time_reversal_keeps_the_global_magnitude_spectrum():
    _, x = chirp(8000, 0.5, 100.0, 1000.0)
    np.testing.assert_allclose(np.abs(np.fft.rfft(x)), np.abs(np.fft.rfft(x[::-1])), atol=1e-8)


def test_reversal_keeps_the_magnitude_but_not_the_phase_of_any_real_signal():
    x = np.random.default_rng(1).normal(size=257)
    spectrum, reversed_spectrum = np.fft.fft(x), np.fft.fft(x[::-1])
    np.testing.assert_allclose(np.abs(spectrum), np.abs(reversed_spectrum), atol=1e-9)
    # reversal conjugates the spectrum and multiplies it by a linear phase exp(-2 pi i f (N-1) / N)
    f = np.arange(x.size)
    phase = np.exp(-2j * np.pi * f * (x.size - 1) / x.size)
    np.testing.assert_allclose(reversed_spectrum, np.conj(spectrum) * phase, atol=1e-9)
    assert not np.allclose(spectrum, reversed_spectrum)
