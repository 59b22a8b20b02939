"""Tests of `snippets/q03_weight_sharing.py`."""

import numpy as np
import pytest

from snippets import q03_weight_sharing as q
from snippets.nn.gradcheck import check_gradient


def cross_entropy(z, y):
    return float(np.mean(np.logaddexp(0.0, z[:, 0]) - y * z[:, 0]))


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_conv_backward_matches_finite_differences(seed):
    rng = np.random.default_rng(seed)
    x, y = q.make_signals(6, rng)
    params, forward, backward = q.init("conv", rng)
    params = [p + 0.1 * rng.normal(size=p.shape) for p in params]
    z, cache = q.conv_forward(x, *params)
    grads = q.conv_backward((0.5 + 0.5 * np.tanh(z / 2) - y[:, None]) / len(y), cache)
    assert [g.shape for g in grads] == [p.shape for p in params]
    for i, p in enumerate(params):

        def loss(value, i=i):
            return cross_entropy(
                q.conv_forward(x, *[value if j == i else a for j, a in enumerate(params)])[0], y
            )

        check_gradient(loss, grads[i], p)


@pytest.mark.parametrize("model", ["linear", "dense"])
def test_the_other_models_gradients_match_finite_differences(model):
    rng = np.random.default_rng(3)
    x, y = q.make_signals(6, rng)
    params, forward, backward = q.init(model, rng)
    params = [p + 0.1 * rng.normal(size=p.shape) for p in params]
    z, cache = forward(x, *params)
    grads = backward((0.5 + 0.5 * np.tanh(z / 2) - y[:, None]) / len(y), cache)
    for i, p in enumerate(params):

        def loss(value, i=i):
            return cross_entropy(
                forward(x, *[value if j == i else a for j, a in enumerate(params)])[0], y
            )

        check_gradient(loss, grads[i], p)


def test_train_takes_adam_steps_on_loss_plus_l2():
    rng = np.random.default_rng(4)
    x, y = q.make_signals(8, rng)
    params, forward, backward = q.init("conv", rng)
    before = [p.copy() for p in params]
    after = q.train([p.copy() for p in params], forward, backward, x, y, steps=1, lr=0.01)
    z, cache = forward(x, *before)
    grads = backward((0.5 + 0.5 * np.tanh(z / 2) - y[:, None]) / len(y), cache)
    for old, new, g in zip(before, after, grads, strict=True):
        g = g + 1e-3 * old
        # the first Adam step moves each weight by lr * g / (|g| + eps): about lr * sign(g)
        np.testing.assert_allclose(new, old - 0.01 * g / (np.abs(g) + 1e-8), rtol=1e-10, atol=1e-12)


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
    params, forward, _ = q.init("conv", rng)
    signals = np.zeros((3, 32))
    # away from the ends, every window that touches the motif exists wherever the motif is
    for row, start in enumerate((3, 11, 25)):
        signals[row, start : start + 4] = q.MOTIFS[1]
    z, _ = forward(signals, *params)
    np.testing.assert_allclose(z, np.full_like(z, z[0, 0]), rtol=0, atol=1e-12)


def test_all_shifts_keeps_labels_with_their_signals():
    x, y = np.arange(6.0).reshape(2, 3), np.array([0.0, 1.0])
    shifted, labels = q.all_shifts(x, y)
    assert shifted.shape == (6, 3)
    for row, label in zip(shifted, labels, strict=True):
        assert sorted(row) == sorted(x[int(label)])


def test_the_central_claim_convolution_learns_from_few_examples():
    rng = np.random.default_rng(3)
    conv = q.held_out_accuracy("conv", 20, rng)
    dense = q.held_out_accuracy("dense", 20, rng)
    assert conv > 0.85
    assert dense < 0.7
