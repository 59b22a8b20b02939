"""A spectrogram shows when each frequency occurs; the whole-signal magnitude spectrum does not.

An up-chirp and the same chirp played backwards have identical global magnitude spectra (reversal
conjugates the spectrum and multiplies it by a phase); only the phase, or a spectrogram, differs.
"""

import numpy as np


def chirp(sample_rate, seconds, f_start, f_end):
    """Linear chirp from f_start to f_end Hz: (t, x), both of shape (sample_rate * seconds,)."""
    t = np.arange(int(sample_rate * seconds)) / sample_rate
    phase = 2 * np.pi * (f_start * t + (f_end - f_start) * t**2 / (2 * seconds))
    return t, np.sin(phase)


def stft_magnitude(x, frame, hop):
    """|FFT| of Hann-windowed frames of x (n,): shape (1 + (n - frame) // hop, frame // 2 + 1).

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
