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
        out = cache[f"A{len(sizes) - 1}"]
        for i in range(len(x)):
            probs, loss_i = m.forward_one(params, x[i], y[i])
            np.testing.assert_allclose(probs, out[i], rtol=0, atol=1e-12)
        losses = [m.forward_one(params, x[i], y[i])[1] for i in range(len(x))]
        assert abs(loss - np.mean(losses)) < 1e-12


def test_cache_holds_every_layer_with_batch_first_shapes():
    params, x, y = _problem((4, 5, 3), batch=6)
    _, cache = m.forward(params, x, y)
    assert list(cache) == ["A0", "Z1", "A1", "Z2", "A2"]
    assert cache["Z1"].shape == cache["A1"].shape == (6, 5)
    assert cache["Z2"].shape == cache["A2"].shape == (6, 3)
    np.testing.assert_array_equal(cache["A1"], np.maximum(cache["Z1"], 0.0))


def test_softmax_rows_sum_to_one_and_ignore_shifts():
    z = np.random.default_rng(1).normal(size=(5, 4))
    p = np.exp(m.log_softmax(z))
    np.testing.assert_allclose(p.sum(axis=1), 1.0)
    np.testing.assert_allclose(np.exp(m.log_softmax(z + 1000.0)), p)
    np.testing.assert_allclose(m.log_softmax(np.array([[1e6, 0.0]])), [[0.0, -1e6]])


def test_loss_is_finite_when_a_probability_underflows():
    params, x, y = _problem((4, 5, 3))
    params["W2"] = params["W2"] * 1e5
    loss, cache = m.forward(params, x, y)
    assert np.isfinite(loss) and loss > 100.0
    assert np.any(cache["A2"] == 0.0)  # log(A2) would have been -inf


def test_zero_weights_give_the_uniform_loss():
    params, x, y = _problem((4, 5, 3))
    zeros = {k: np.zeros_like(v) for k, v in params.items()}
    loss, _ = m.forward(zeros, x, y)
    assert abs(loss - np.log(3)) < 1e-12


def test_trace_prints_every_layer(capsys):
    params, x, y = _problem((4, 5, 3))
    m.forward(params, x, y, trace=True)
    out = capsys.readouterr().out
    assert "Z1 (6, 5)" in out and "A2 (6, 3)" in out
