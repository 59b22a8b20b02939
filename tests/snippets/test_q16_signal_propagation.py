"""Unit tests of snippets/q16_signal_propagation.py."""

import numpy as np

from snippets import q16_signal_propagation as m


def test_relu_network_is_positively_homogeneous_in_the_weight_scale():
    """Scaling every weight by k scales layer l's activations by exactly k**l."""
    small = m.activation_stds(0.01, depth=12, width=64, batch=64)
    large = m.activation_stds(1.0, depth=12, width=64, batch=64)
    layers = np.arange(1, 13)
    np.testing.assert_allclose(large / small, 100.0**layers, rtol=1e-9)


def test_he_scaling_keeps_the_signal_in_range():
    stds = m.activation_stds(lambda n: np.sqrt(2.0 / n))
    assert stds.shape == (30,)
    assert np.all((stds > 0.3) & (stds < 3.0))


def test_small_and_large_scales_vanish_and_explode():
    assert m.activation_stds(0.01)[-1] < 1e-20
    assert m.activation_stds(1.0)[-1] > 1e20
