"""Unit tests of snippets/q16_forward_pass.py."""

import numpy as np

from snippets import q16_forward_pass as m


def _problem(sizes=(4, 5, 3), batch=6, seed=0):
    rng = np.random.default_rng(seed)
    params = m.init_params(list(sizes), rng)
    x = rng.normal(size=(batch, sizes[0]))
    y = rng.integers(0, sizes[-1], size=batch)
    return params, x, y


def test_batched_pass_equals_per_example_pass():
    for sizes in [(4, 5, 3), (3, 8, 8, 2), (6, 2)]:
        params, x, y = _problem(sizes)
        loss, cache = m.forward(params, x, y)
        singles = [m.forward(params, x[i : i + 1], y[i : i + 1]) for i in range(len(x))]
        np.testing.assert_allclose(np.vstack([c[-1] for _, c in singles]), cache[-1], atol=1e-12)
        assert abs(loss - np.mean([s for s, _ in singles])) < 1e-12


def test_kept_values_are_the_layer_inputs_and_the_probabilities():
    params, x, y = _problem((4, 5, 3), batch=6)
    _, kept = m.forward(params, x, y)
    assert [c.shape for c in kept] == [(6, 4), (6, 5), (6, 3)]
    np.testing.assert_array_equal(kept[0], x)
    (W1, b1), _ = params
    np.testing.assert_array_equal(kept[1], np.maximum(x @ W1 + b1, 0.0))
    np.testing.assert_allclose(kept[-1].sum(axis=1), 1.0)


def test_kept_values_suffice_for_the_weight_gradients():
    """Backpropagation from the kept values alone matches finite differences of the loss."""
    params, x, y = _problem((4, 5, 3), batch=6)
    _, (a0, a1, p) = m.forward(params, x, y)
    delta2 = (p - np.eye(3)[y]) / len(y)
    delta1 = (delta2 @ params[1][0].T) * (a1 > 0)
    grads = [a0.T @ delta1, a1.T @ delta2]
    for layer, grad in enumerate(grads):
        W, b = params[layer]
        i, j, eps = 1, 2, 1e-6
        Wp, Wm = W.copy(), W.copy()
        Wp[i, j] += eps
        Wm[i, j] -= eps
        up = [(Wp, b) if k == layer else params[k] for k in range(2)]
        down = [(Wm, b) if k == layer else params[k] for k in range(2)]
        numeric = (m.forward(up, x, y)[0] - m.forward(down, x, y)[0]) / (2 * eps)
        assert abs(numeric - grad[i, j]) < 1e-7


def test_loss_is_finite_when_a_probability_underflows():
    params, x, y = _problem((4, 5, 3))
    W2, b2 = params[1]
    params[1] = (W2 * 1e5, b2)
    loss, cache = m.forward(params, x, y)
    assert np.isfinite(loss) and loss > 100.0
    assert np.any(cache[-1] == 0.0)  # log of the softmax would have been -inf


def test_zero_weights_give_the_uniform_loss():
    params, x, y = _problem((4, 5, 3))
    zeros = [(np.zeros_like(W), np.zeros_like(b)) for W, b in params]
    loss, _ = m.forward(zeros, x, y)
    assert abs(loss - np.log(3)) < 1e-12


def test_kept_numbers_grow_with_batch_and_depth_parameters_only_with_depth():
    rng = np.random.default_rng(0)
    for widths in ([4, 5, 3], [4, 5, 5, 5, 3]):
        per_example = sum(widths)
        for b in (1, 7):
            _, c = m.forward(m.init_params(widths, rng), rng.normal(size=(b, 4)), np.zeros(b, int))
            assert sum(v.size for v in c) == b * per_example
