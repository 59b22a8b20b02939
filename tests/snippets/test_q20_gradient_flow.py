"""Unit tests of snippets/q20_gradient_flow.py."""

import numpy as np

from snippets import q20_gradient_flow as m
from snippets.nn.gradcheck import numerical_gradient


def _jacobian_by_differences(fun, x):
    """Rows d fun_k / d x by central differences (fun maps (m,) to (k,))."""
    k = fun(x).shape[0]
    return np.stack([numerical_gradient(lambda v, j=j: float(fun(v)[j]), x) for j in range(k)])


def test_rnn_step_jacobian_matches_finite_differences():
    rng = np.random.default_rng(0)
    params = m.rnn_params(3, 5, rng, gain=1.5)
    x, h_prev = rng.normal(size=3), rng.normal(size=5)
    _, jac = m.rnn_step_jacobian(params, x, h_prev)
    numeric = _jacobian_by_differences(lambda h: m.rnn_step_jacobian(params, x, h)[0], h_prev)
    np.testing.assert_allclose(jac, numeric, rtol=1e-6, atol=1e-9)


def test_lstm_step_jacobian_matches_finite_differences():
    for seed, bias in [(1, 0.0), (2, 1.0), (3, 3.0)]:
        rng = np.random.default_rng(seed)
        n, d = 4, 3
        params = m.lstm_params(d, n, rng, forget_bias=bias)
        params["b"] = params["b"] + rng.normal(0.0, 0.5, size=4 * n)
        x, state = rng.normal(size=d), rng.normal(size=2 * n)

        def step(s, params=params, x=x, n=n):
            h, c, _ = m.lstm_step_jacobian(params, x, s[:n], s[n:])
            return np.concatenate([h, c])

        _, _, jac = m.lstm_step_jacobian(params, x, state[:n], state[n:])
        np.testing.assert_allclose(jac, _jacobian_by_differences(step, state), rtol=1e-6, atol=1e-9)


def test_direct_cell_path_is_the_forget_gate():
    rng = np.random.default_rng(4)
    n, d = 5, 2
    params = m.lstm_params(d, n, rng, forget_bias=1.0)
    x, h, c = rng.normal(size=d), rng.normal(size=n), rng.normal(size=n)
    _, _, jac = m.lstm_step_jacobian(params, x, h, c)
    z = params["W"] @ np.concatenate([x, h]) + params["b"]
    np.testing.assert_allclose(jac[n:, n:], np.diag(m.sigmoid(z[n : 2 * n])))


def test_first_norm_is_the_one_step_jacobian():
    rng = np.random.default_rng(5)
    params = m.rnn_params(3, 6, rng)
    xs = rng.normal(size=(4, 3))
    _, jac = m.rnn_step_jacobian(params, xs[0], np.zeros(6))
    norms = m.jacobian_norms("rnn", xs, params)
    assert norms.shape == (4,)
    assert abs(norms[0] - np.linalg.norm(jac, 2)) < 1e-12


def test_the_page_claims():
    norms = m.all_norms()
    assert all(v.shape == (100,) for v in norms.values())
    assert norms["RNN, gain 1"][-1] < 1e-15  # vanishes
    assert norms["RNN, gain 2.5"][-1] > 1e6  # explodes
    assert norms["LSTM, forget bias 0"][-1] < 1e-15  # a half-open forget gate forgets fast
    assert 1e-8 < norms["LSTM, forget bias 1"][-1] < 1e-4
    assert 0.5 < norms["LSTM, forget bias 3"].min() and norms["LSTM, forget bias 3"].max() < 100
    assert norms["LSTM, forget bias 3"][-1] < 2 * norms["LSTM, forget bias 3"][49]  # no blow-up


def test_the_printed_numbers_do_not_depend_on_rounding_noise():
    """Perturbing the weights by 1e-15 (relative) changes no norm by more than 1e-6 (relative):
    the table is reproducible across processors and BLAS libraries."""
    xs = np.random.default_rng(0).normal(size=(100, 8))
    for model, make, kwargs in [
        ("rnn", m.rnn_params, {"gain": 2.5}),
        ("lstm", m.lstm_params, {"forget_bias": 3.0}),
    ]:
        params = make(8, 32, np.random.default_rng(1), **kwargs)
        base = m.jacobian_norms(model, xs, params)
        noise = np.random.default_rng(2)
        nudged = {k: v * (1 + 1e-15 * noise.normal(size=v.shape)) for k, v in params.items()}
        np.testing.assert_allclose(m.jacobian_norms(model, xs, nudged), base, rtol=1e-6)


def test_direct_path_is_the_product_of_the_forget_gates():
    rng = np.random.default_rng(6)
    n, d = 4, 3
    params = m.lstm_params(d, n, rng, forget_bias=1.0)
    xs = rng.normal(size=(5, d))
    h, c, product = np.zeros(n), np.zeros(n), np.ones(n)
    expected = []
    for x in xs:
        z = params["W"] @ np.concatenate([x, h]) + params["b"]
        product = product * m.sigmoid(z[n : 2 * n])
        h, c, _ = m.lstm_step_jacobian(params, x, h, c)
        expected.append(product.max())
    np.testing.assert_allclose(m.jacobian_norms("lstm", xs, params, direct_path=True), expected)


def test_the_full_lstm_norm_is_not_set_by_the_direct_path():
    """The page's point: the forget-gate product decays far faster than the printed norm."""
    full, direct = m.all_norms(), m.all_norms(direct_path=True)
    assert direct["LSTM, forget bias 0"][-1] < 1e-28  # 3.7e-30
    assert 1e-15 < direct["LSTM, forget bias 1"][-1] < 1e-12  # 8.8e-14
    assert 0.01 < direct["LSTM, forget bias 3"][-1] < 0.1  # 4.3e-2
    for bias in (0, 1, 3):
        name = f"LSTM, forget bias {bias}"
        assert full[name][-1] > 1e2 * direct[name][-1]
    np.testing.assert_array_equal(direct["RNN, gain 1"], full["RNN, gain 1"])  # RNN unaffected


def test_without_input_the_gain_1_rnn_grows():
    """With x = 0 the state stays 0, tanh' = 1 and the product is a power of Wh, which grows
    like its spectral radius (1.05) to the power T; the vanishing seen with real inputs comes
    from tanh saturation."""
    norms = m.all_norms(input_scale=0.0)["RNN, gain 1"]
    wh = m.rnn_params(8, 32, np.random.default_rng(1), gain=1.0)["Wh"]
    np.testing.assert_allclose(norms[9], np.linalg.norm(np.linalg.matrix_power(wh, 10), 2))
    assert 100 < norms[-1] < 400  # 2.1e2
    assert m.all_norms()["RNN, gain 1"][-1] < 1e-18


def test_largest_singular_value_is_about_twice_the_gain():
    for gain in (1.0, 2.5):
        wh = m.rnn_params(8, 32, np.random.default_rng(1), gain=gain)["Wh"]
        radius = np.abs(np.linalg.eigvals(wh)).max()
        assert 0.9 * gain < radius < 1.1 * gain
        assert 1.7 * gain < np.linalg.norm(wh, 2) < 2.1 * gain
