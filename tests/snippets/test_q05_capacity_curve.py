"""Unit tests of snippets/q05_capacity_curve.py."""

import numpy as np

from snippets import q05_capacity_curve as m


def test_features_shape_and_first_column():
    x = np.linspace(-1, 1, 7)
    phi = m.features(x, 4)
    assert phi.shape == (7, 5)
    np.testing.assert_allclose(phi[:, 0], 1.0)
    np.testing.assert_allclose(phi[:, 1], x)


def test_fit_recovers_an_exact_polynomial():
    x = np.linspace(-1, 1, 30)
    y = 0.5 - 2.0 * x + 3.0 * x**3
    coef = m.fit(x, y, 3)
    np.testing.assert_allclose(m.predict(coef, x), y, atol=1e-10)


def test_training_error_never_increases_with_degree():
    train, _ = m.capacity_curve(range(16))
    assert np.all(np.diff(train) <= 1e-12)


def test_validation_error_is_u_shaped():
    degrees = list(range(16))
    train, val = m.capacity_curve(degrees)
    best = int(np.argmin(val))
    assert 0 < best < len(degrees) - 1
    assert val[-1] > 10 * val[best]  # the interpolating end of the curve overfits badly
    assert train[-1] < 0.3 < val[-1]  # the gap, not the training error alone, is the symptom


def test_training_error_below_noise_sd_is_normal_even_for_the_right_model():
    # E[train MSE] = sigma² (n - p) / n for least squares with p coefficients that can
    # represent the truth, so training RMSE below sigma is expected, not a sign of overfitting.
    rng = np.random.default_rng(3)
    x = np.linspace(-1, 1, 20)
    y = 0.5 - x + 2 * x**3  # a cubic: degree 3 (p = 4) is the right model
    mse = [
        np.mean((m.predict(m.fit(x, y + e, 3), x) - y - e) ** 2)
        for e in rng.normal(0, m.NOISE_SD, size=(4000, 20))
    ]
    expected = m.NOISE_SD**2 * (20 - 4) / 20
    assert abs(np.mean(mse) - expected) < 0.03 * expected
    assert expected < m.NOISE_SD**2


def test_bias_falls_and_variance_rises_with_degree():
    low = m.bias_variance(1, n_sets=300)
    mid = m.bias_variance(5, n_sets=300)
    high = m.bias_variance(15, n_sets=300)
    assert low[0] > mid[0]  # bias² falls
    assert low[1] < mid[1] < high[1]  # variance rises


def test_variance_at_training_inputs_matches_theory():
    # Fixed design, least squares: mean prediction variance at the inputs is sigma² p / n.
    rng = np.random.default_rng(0)
    x = np.linspace(-1, 1, 20)
    preds = np.array(
        [
            m.predict(m.fit(x, m.true_function(x) + rng.normal(0, m.NOISE_SD, 20), 4), x)
            for _ in range(4000)
        ]
    )
    expected = m.NOISE_SD**2 * 5 / 20
    assert abs(preds.var(axis=0).mean() - expected) < 0.05 * expected
