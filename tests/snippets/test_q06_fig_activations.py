"""Unit tests of snippets/q06_fig_activations.py."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402

from snippets import q06_fig_activations as m  # noqa: E402


def test_make_figure_stacks_two_panels_of_five_curves():
    fig = m.make_figure()
    assert len(fig.axes) == 2
    assert all(len(ax.get_lines()) >= len(m.CURVES) for ax in fig.axes)
    assert fig.get_size_inches()[0] <= 5.5
    plt.close(fig)
