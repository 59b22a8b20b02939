"""A spectrogram (short-time Fourier transform) shows *when* each frequency occurs; the magnitude
of the Fourier transform of the whole signal does not.

The program builds a one-second linear chirp, computes its magnitude spectrogram with NumPy's FFT,
and checks that the peak of every frame follows the chirp's instantaneous frequency. It then shows
why speech and audio networks take spectrograms rather than one global magnitude spectrum: an
up-chirp and the same chirp played backwards have identical global magnitude spectra. That holds
for every real signal (reversal conjugates the spectrum and multiplies it by a phase); the timing
is kept only in the phase, which is why the complex spectra differ.
"""

import numpy as np


def chirp(sample_rate, seconds, f_start, f_end):
    """Linear chirp ``sin(2 pi (f_start t + (f_end - f_start) t^2 / (2 T)))``.

    Parameters
    ----------
    sample_rate : int
        Samples per second.
    seconds : float
        Duration ``T``.
    f_start, f_end : float
        Instantaneous frequency (Hz) at ``t = 0`` and ``t = T``.

    Returns
    -------
    t : ndarray, shape (sample_rate * seconds,)
        Sample times in seconds.
    x : ndarray, shape (sample_rate * seconds,)
        The signal.
    """
    t = np.arange(int(sample_rate * seconds)) / sample_rate
    phase = 2 * np.pi * (f_start * t + (f_end - f_start) * t**2 / (2 * seconds))
    return t, np.sin(phase)


def stft_magnitude(x, frame, hop):
    """Magnitude spectrogram: FFT of overlapping Hann-windowed frames.

    Parameters
    ----------
    x : ndarray, shape (n,)
        Signal.
    frame : int
        Samples per frame (the FFT length).
    hop : int
        Samples between frame starts.

    Returns
    -------
    ndarray, shape (1 + (n - frame) // hop, frame // 2 + 1)
        ``|X[m, f]|`` for frame ``m`` and frequency bin ``f`` (bin ``f`` is
        ``f * sample_rate / frame`` Hz).

    Examples
    --------
    >>> stft_magnitude(np.zeros(1000), frame=256, hop=128).shape
    (6, 129)
    """
    n_frames = 1 + (len(x) - frame) // hop
    starts = hop * np.arange(n_frames)
    frames = x[starts[:, None] + np.arange(frame)[None, :]]
    window = 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(frame) / frame)  # periodic Hann
    return np.abs(np.fft.rfft(frames * window, axis=1))


def peak_frequencies(spectrogram, sample_rate, frame):
    """Frequency (Hz) of the largest bin in every frame, shape (n_frames,)."""
    return np.argmax(spectrogram, axis=1) * sample_rate / frame


def main():
    sample_rate, frame, hop = 8000, 256, 128
    f_start, f_end = 200.0, 3000.0
    t, up = chirp(sample_rate, 1.0, f_start, f_end)
    down = up[::-1]  # the same sound played backwards: 3000 Hz falling to 200 Hz

    spec = stft_magnitude(up, frame, hop)
    print(f"signal: {up.size} samples at {sample_rate} Hz")
    print(f"spectrogram: {spec.shape[0]} frames x {spec.shape[1]} frequency bins")
    print(
        f"  frame {1000 * frame / sample_rate:.0f} ms, hop {1000 * hop / sample_rate:.0f} ms,"
        f" bin width {sample_rate / frame:.2f} Hz"
    )

    centres = (hop * np.arange(spec.shape[0]) + frame / 2) / sample_rate
    true_freq = f_start + (f_end - f_start) * centres
    peaks = peak_frequencies(spec, sample_rate, frame)
    print()
    print("time (s)  true f (Hz)  peak bin (Hz)")
    for m in (0, 15, 30, 45, 60):
        print(f"{centres[m]:8.3f}  {true_freq[m]:11.1f}  {peaks[m]:13.1f}")
    print(f"largest |peak - true| over all frames: {np.abs(peaks - true_freq).max():.1f} Hz")

    print()
    print("whole-signal |FFT|: which frequencies, not when")
    global_up, global_down = np.abs(np.fft.rfft(up)), np.abs(np.fft.rfft(down))
    same = np.allclose(global_up, global_down, atol=1e-9 * global_up.max())
    print(f"  |FFT(up-chirp)| equals |FFT(down-chirp)|: {same}")
    noise = np.random.default_rng(0).normal(size=up.size)
    mag, mag_rev = np.abs(np.fft.rfft(noise)), np.abs(np.fft.rfft(noise[::-1]))
    print(f"  same for random noise and its reversal:  {np.allclose(mag, mag_rev)}")
    complex_same = np.allclose(np.fft.rfft(up), np.fft.rfft(down), atol=1e-9 * global_up.max())
    print(f"  complex FFTs equal (phase included):     {complex_same}")
    peaks_down = peak_frequencies(stft_magnitude(down, frame, hop), sample_rate, frame)
    r_up = np.corrcoef(centres, peaks)[0, 1]
    r_down = np.corrcoef(centres, peaks_down)[0, 1]
    print(f"  correlation of spectrogram peak with time: up {r_up:+.3f}, down {r_down:+.3f}")


if __name__ == "__main__":
    main()
