"""Unit tests of snippets/q05_remedies.py."""

import numpy as np

from snippets import q05_remedies as m
from snippets.nn.gradcheck import check_gradient


def _problem(seed=0, n=12, p=5):
    rng = np.random.default_rng(seed)
    phi = rng.normal(size=(n, p))
    y = rng.normal(size=n)
    return rng, phi, y


def test_mse_grad_matches_finite_differences():
    rng, phi, y = _problem()
    w = rng.normal(size=phi.shape[1])
    check_gradient(lambda v: float(np.mean((phi @ v - y) ** 2)), m.mse_grad(w, phi, y), w)


def test_ridge_with_zero_lambda_is_least_squares():
    _, phi, y = _problem()
    expected, *_ = np.linalg.lstsq(phi, y, rcond=None)
    np.testing.assert_allclose(m.ridge_fit(phi, y, 0.0), expected, atol=1e-10)


def test_ridge_solves_its_normal_equations():
    _, phi, y = _problem()
    lam = 0.3
    w = m.ridge_fit(phi, y, lam)
    n, p = phi.shape
    np.testing.assert_allclose((phi.T @ phi / n + lam * np.eye(p)) @ w, phi.T @ y / n, atol=1e-10)


def test_ridge_shrinks_weights_monotonically():
    _, phi, y = _problem()
    norms = [np.linalg.norm(m.ridge_fit(phi, y, lam)) for lam in (0.0, 0.01, 0.1, 1.0, 10.0)]
    assert all(a > b for a, b in zip(norms, norms[1:], strict=False))


def test_gradient_descent_converges_to_least_squares():
    _, phi, y = _problem()
    path = m.gradient_descent_path(phi, y, 5000)
    expected, *_ = np.linalg.lstsq(phi, y, rcond=None)
    assert path.shape == (5001, phi.shape[1])
    np.testing.assert_allclose(path[0], 0.0)
    np.testing.assert_allclose(path[-1], expected, atol=1e-6)


def test_training_loss_decreases_along_the_path():
    _, phi, y = _problem()
    path = m.gradient_descent_path(phi, y, 200)
    losses = np.mean((path @ phi.T - y) ** 2, axis=1)
    assert np.all(np.diff(losses) <= 1e-12)  # step 1/L on a convex quadratic never goes up


def test_each_remedy_beats_no_remedy_on_the_page_example(capsys):
    m.main()
    out = capsys.readouterr().out
    final = out.split("Test RMSE on 5000 unseen points")[1].splitlines()[1:4]
    plain, ridge, early = (float(line.split()[-1]) for line in final)
    assert ridge < plain / 2 and early < plain / 2
