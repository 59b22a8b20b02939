"""Tests of `snippets/q03_weight_sharing.py`."""

import numpy as np
import pytest

from snippets import q03_weight_sharing as q
from snippets.nn.gradcheck import check_gradient


@pytest.mark.parametrize(
    "model, forward, grad",
    [
        ("linear", q.linear_forward, q.linear_grad),
        ("dense", q.dense_forward, q.dense_grad),
        ("conv", q.conv_forward, q.conv_grad),
    ],
)
def test_gradients_match_finite_differences(model, forward, grad):
    rng = np.random.default_rng(0)
    x, y = q.make_signals(6, rng)
    params = q.init(model, rng)
    params = {k: v + 0.1 * rng.normal(size=v.shape) for k, v in params.items()}
    assert q.MODELS[model] == (forward, grad)
    grads = grad(params, x, y)
    assert grads.keys() == params.keys()
    for key in params:

        def loss(value, key=key):
            return q.bce(forward({**params, key: value}, x)[0], y)

        check_gradient(loss, grads[key], params[key])


def test_windows_are_views_of_consecutive_values():
    x = np.arange(12.0).reshape(2, 6)
    w = q.windows(x, 4)
    assert w.shape == (2, 3, 4)
    np.testing.assert_array_equal(w[1, 2], x[1, 2:6])


def test_signals_contain_the_labelled_motif():
    rng = np.random.default_rng(1)
    x, y = q.make_signals(50, rng, noise=0.0)
    for xi, yi in zip(x, y, strict=True):
        hits = [np.array_equal(w, 2 * q.MOTIFS[int(yi)]) for w in q.windows(xi[None], 4)[0]]
        assert any(hits)


def test_conv_model_output_does_not_depend_on_motif_position():
    rng = np.random.default_rng(2)
    params = q.init("conv", rng)
    signals = np.zeros((3, 32))
    # away from the ends, every window that touches the motif exists wherever the motif is
    for row, start in enumerate((3, 11, 25)):
        signals[row, start : start + 4] = q.MOTIFS[1]
    z, _ = q.conv_forward(params, signals)
    np.testing.assert_allclose(z, z[0], rtol=0, atol=1e-12)


def test_the_central_claim_convolution_learns_from_few_examples():
    rng = np.random.default_rng(3)
    conv = q.held_out_accuracy("conv", 20, rng)
    dense = q.held_out_accuracy("dense", 20, rng)
    assert conv > 0.85
    assert dense < 0.7
