"""Unit tests of snippets/q05_bias_variance.py."""

import numpy as np

from snippets import q05_bias_variance as m


def test_fit_predict_shapes_and_exact_fit():
    x_tr = np.linspace(-1, 1, 20)
    y_tr = np.stack([x_tr**3, 1.0 - x_tr])
    x = np.linspace(-1, 1, 7)
    preds = m.fit_predict(x_tr, y_tr, 3, x)
    assert preds.shape == (2, 7)
    np.testing.assert_allclose(preds, np.stack([x**3, 1.0 - x]), atol=1e-12)


def test_average_fit_is_the_fit_to_the_noise_free_curve():
    # Least squares is linear in y, which the program uses to compute the bias exactly.
    rng = np.random.default_rng(1)
    x_tr, x = np.linspace(-1, 1, 20), np.linspace(-1, 1, 50)
    y_tr = m.true_function(x_tr) + rng.normal(0, m.NOISE_SD, (20000, 20))
    average = m.fit_predict(x_tr, y_tr, 5, x).mean(axis=0)
    exact = m.fit_predict(x_tr, m.true_function(x_tr)[None, :], 5, x)[0]
    np.testing.assert_allclose(average, exact, atol=0.01)


def test_training_mse_of_a_correct_model_is_sigma2_times_n_minus_p_over_n():
    # E[train MSE] = sigma² (n - p) / n when the model can represent the truth: a cubic here.
    rng = np.random.default_rng(3)
    x = np.linspace(-1, 1, 20)
    truth = 0.5 - x + 2 * x**3
    y = truth + rng.normal(0, m.NOISE_SD, (20000, 20))
    train = np.mean((m.fit_predict(x, y, 3, x) - y) ** 2)
    expected = m.NOISE_SD**2 * (20 - 4) / 20
    assert abs(train - expected) < 0.01 * expected


def test_variance_at_the_training_inputs_is_sigma2_p_over_n():
    rng = np.random.default_rng(0)
    x = np.linspace(-1, 1, 20)
    preds = m.fit_predict(x, m.true_function(x) + rng.normal(0, m.NOISE_SD, (20000, 20)), 4, x)
    assert abs(preds.var(axis=0).mean() - m.NOISE_SD**2 * 5 / 20) < 0.02 * m.NOISE_SD**2 * 5 / 20


def test_decomposition_matches_validation_error(capsys):
    m.main()
    out = capsys.readouterr().out
    rows = out.split("(10%-90%)\n")[1].split("\n\n")[0].splitlines()
    for row in rows:
        name, numbers = (
            row.split("  ", 1) if "L2" in row else (row.split()[0], row.split(None, 1)[1])
        )
        b2, var, total, val = (float(v) for v in numbers.split()[:4])
        assert abs(total - val) < 0.01, row  # agree up to the validation sample
        if "L2" in name:  # ridge: a little bias for a large cut in variance
            assert 0 < b2 < 0.01 and var < 0.1
        elif int(name) >= 5:
            assert b2 < 1e-4  # the signal is all there; what grows is the variance
    assert "2.16e+05" in out  # random inputs: the median degree-15 fit is far worse


def test_ridge_predict_with_zero_penalty_is_least_squares():
    rng = np.random.default_rng(3)
    x, y = np.linspace(-1, 1, 20), rng.normal(size=(4, 20))
    x_new = rng.uniform(-1, 1, 7)
    np.testing.assert_allclose(
        m.ridge_predict(x, y, 6, 0.0, x_new), m.fit_predict(x, y, 6, x_new), atol=1e-10
    )
