"""Unit tests of snippets/q09_loss_vs_accuracy.py."""

import numpy as np

from snippets import q09_loss_vs_accuracy as m


def test_logit_and_probability_forms_agree():
    rng = np.random.default_rng(0)
    z = rng.normal(scale=3, size=100)
    y = rng.integers(0, 2, size=100).astype(float)
    p = 1 / (1 + np.exp(-z))
    assert abs(m.binary_cross_entropy_with_logits(z, y) - m.bce_from_probs(p, y)) < 1e-12


def test_bce_from_logits_is_stable():
    z = np.array([-1000.0, 1000.0])
    y = np.array([1.0, 0.0])
    assert abs(m.binary_cross_entropy_with_logits(z, y) - 1000.0) < 1e-9


def test_temperature_never_changes_accuracy():
    rng = np.random.default_rng(1)
    X, y = m.make_blobs(rng, 300)
    z = X @ m.fit_logistic(X, y)
    accs = {m.accuracy_from_logits(z / t, y) for t in (0.01, 0.3, 1.0, 7.0, 100.0)}
    assert len(accs) == 1


def test_maximum_likelihood_fit_is_optimal_at_temperature_one_on_training_data():
    rng = np.random.default_rng(2)
    X, y = m.make_blobs(rng, 400)
    z = X @ m.fit_logistic(X, y)
    losses = {t: m.binary_cross_entropy_with_logits(z / t, y) for t in (0.8, 0.95, 1.0, 1.05, 1.25)}
    assert min(losses, key=losses.get) == 1.0


def test_logistic_fit_zeroes_the_gradient():
    rng = np.random.default_rng(3)
    X, y = m.make_blobs(rng, 400)
    w = m.fit_logistic(X, y)
    p = 1 / (1 + np.exp(-(X @ w)))
    np.testing.assert_allclose(X.T @ (p - y), 0.0, atol=1e-8)
