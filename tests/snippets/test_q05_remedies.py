"""Unit tests of snippets/q05_remedies.py."""

import numpy as np

from snippets import q05_remedies as m
from snippets.nn.gradcheck import check_gradient


def _problem(seed=0, sets=3, n=12, p=5):
    rng = np.random.default_rng(seed)
    return rng, rng.normal(size=(n, p)), rng.normal(size=(sets, n))


def test_least_squares_grad_matches_finite_differences():
    rng, phi, Y = _problem()
    W = rng.normal(size=(len(Y), phi.shape[1]))
    check_gradient(
        lambda V: float(np.sum(np.mean((V @ phi.T - Y) ** 2, axis=1))),
        m.least_squares_grad(W, phi, Y),
        W,
    )


def test_mse_accepts_shared_and_per_set_features():
    rng, phi, Y = _problem()
    W = rng.normal(size=(len(Y), phi.shape[1]))
    shared = m.linear_mse(W, phi, Y)
    per_set = m.linear_mse(W, np.broadcast_to(phi, (len(Y), *phi.shape)), Y)
    np.testing.assert_allclose(shared, per_set)
    np.testing.assert_allclose(
        shared, [np.mean((phi @ w - y) ** 2) for w, y in zip(W, Y, strict=True)]
    )


def test_ridge_with_zero_lambda_is_least_squares():
    _, phi, Y = _problem()
    expected = np.linalg.lstsq(phi, Y.T, rcond=None)[0].T
    np.testing.assert_allclose(m.ridge_fit(phi, Y, 0.0), expected, atol=1e-10)


def test_ridge_solves_its_normal_equations():
    _, phi, Y = _problem()
    lam, (n, p) = 0.3, phi.shape
    W = m.ridge_fit(phi, Y, lam)
    np.testing.assert_allclose(
        (phi.T @ phi / n + lam * np.eye(p)) @ W.T, phi.T @ Y.T / n, atol=1e-10
    )


def test_ridge_shrinks_weights_monotonically():
    _, phi, Y = _problem()
    norms = [np.linalg.norm(m.ridge_fit(phi, Y, lam)) for lam in (0.0, 0.01, 0.1, 1.0, 10.0)]
    assert all(a > b for a, b in zip(norms, norms[1:], strict=False))


def test_early_stopping_keeps_each_sets_best_step():
    rng, phi, Y = _problem()
    phi_va, Y_va = rng.normal(size=(len(Y), 8, phi.shape[1])), rng.normal(size=(len(Y), 8))
    W_best, steps, train, val = m.early_stopping(phi, Y, phi_va, Y_va, 300)
    assert train.shape == val.shape == (301,)
    assert np.all(np.diff(train) <= 1e-12)  # step 1/L on a convex quadratic never goes up
    # Replay plain gradient descent and find each set's best step independently.
    step = 1.0 / (2.0 * np.linalg.eigvalsh(phi.T @ phi / len(phi)).max())
    W, path = np.zeros_like(W_best), []
    for _ in range(301):
        path.append(W)
        W = W - step * 2.0 * (W @ phi.T - Y) @ phi / len(phi)
    vals = np.array([m.linear_mse(w, phi_va, Y_va) for w in path])  # shape (301, sets)
    np.testing.assert_array_equal(steps, np.argmin(vals, axis=0))
    np.testing.assert_allclose(W_best, np.array(path)[steps, np.arange(len(Y))], atol=1e-12)
    np.testing.assert_allclose(val, vals.mean(axis=1), atol=1e-12)


def test_gradient_descent_converges_to_least_squares():
    _, phi, Y = _problem()
    *_, train, _ = m.early_stopping(phi, Y, phi[None].repeat(len(Y), 0), Y, 20000)
    W_ls = m.ridge_fit(phi, Y, 0.0)
    assert abs(train[-1] - m.linear_mse(W_ls, phi, Y).mean()) < 1e-10


def test_every_remedy_beats_no_remedy_and_states_its_labels(capsys):
    m.main()
    out = capsys.readouterr().out
    rows = out.split("mean test MSE  median\n")[1].split("\nmost often")[0].splitlines()
    assert rows[0].startswith("no remedy") and rows[0].split()[-3] == "20"
    plain = float(rows[0].split()[-2])
    for row in rows[1:]:
        labels, mean = int(row.split()[-3]), float(row.split()[-2])
        assert labels >= 40 and mean < plain / 4, row
