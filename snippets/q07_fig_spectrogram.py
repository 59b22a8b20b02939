"""Figure: the whole-signal spectrum cannot tell an up-chirp from a down-chirp; spectrograms can."""

import matplotlib.pyplot as plt
import numpy as np

from snippets.q07_spectrogram import chirp, stft_magnitude

SAMPLE_RATE, FRAME, HOP = 8000, 256, 128


def make_figure():
    """Three panels stacked: global magnitude spectrum (both chirps), spectrogram of each chirp."""
    _, up = chirp(SAMPLE_RATE, 1.0, 200.0, 3000.0)
    down = up[::-1]
    fig, axes = plt.subplots(3, 1, figsize=(5.5, 9.0), constrained_layout=True)

    freqs = np.fft.rfftfreq(up.size, 1 / SAMPLE_RATE)
    axes[0].plot(freqs, np.abs(np.fft.rfft(up)), color="tab:blue", lw=1.2, label="up-chirp")
    axes[0].plot(
        freqs, np.abs(np.fft.rfft(down)), color="tab:orange", lw=1.0, ls="--", label="down-chirp"
    )
    axes[0].set(title="Whole-signal |FFT|: identical", xlabel="frequency (Hz)", ylabel="magnitude")
    axes[0].legend(loc="upper right", fontsize=11)

    for ax, signal, name in ((axes[1], up, "up-chirp"), (axes[2], down, "down-chirp")):
        spec = stft_magnitude(signal, FRAME, HOP)
        db = 20 * np.log10(spec + 1e-6)
        ax.imshow(
            db.T,
            origin="lower",
            aspect="auto",
            cmap="viridis",
            vmin=db.max() - 60,
            extent=(0, signal.size / SAMPLE_RATE, 0, SAMPLE_RATE / 2),
        )
        ax.set(title=f"Spectrogram of the {name}", xlabel="time (s)", ylabel="frequency (Hz)")
        ax.grid(False)
    for ax in axes:
        ax.title.set_fontsize(12)
        ax.tick_params(labelsize=11)
        ax.xaxis.label.set_fontsize(11)
        ax.yaxis.label.set_fontsize(11)
    return fig
