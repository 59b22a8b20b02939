"""Unit tests of snippets/q27_batch_norm_inference.py."""

import numpy as np

from snippets import q27_batch_norm_inference as m


def test_inference_with_the_batch_statistics_equals_training_mode():
    rng = np.random.default_rng(0)
    X, gamma, beta = rng.normal(size=(10, 3)), rng.normal(size=3), rng.normal(size=3)
    ours = m.batch_norm_inference(X, gamma, beta, X.mean(axis=0), X.var(axis=0))
    np.testing.assert_allclose(ours, m.batch_norm_forward(X, gamma, beta)[0], rtol=1e-12)


def test_inference_treats_each_row_on_its_own():
    rng = np.random.default_rng(1)
    X, mean, var = rng.normal(size=(6, 3)), rng.normal(size=3), rng.uniform(1, 2, size=3)
    whole = m.batch_norm_inference(X, 1.0, 0.0, mean, var)
    rows = np.vstack([m.batch_norm_inference(X[i : i + 1], 1.0, 0.0, mean, var) for i in range(6)])
    np.testing.assert_array_equal(whole, rows)


def test_batch_of_one_gives_beta():
    beta = np.array([0.3, -1.0])
    np.testing.assert_allclose(m.batch_norm_forward(np.array([[5.0, 7.0]]), 2.0, beta)[0][0], beta)


def test_running_update_is_an_exponential_average_with_unbiased_variance():
    X = np.array([[1.0, 2.0], [3.0, 6.0]])
    mean, var = m.update_running(np.zeros(2), np.ones(2), X, momentum=0.1)
    np.testing.assert_allclose(mean, 0.1 * np.array([2.0, 4.0]))
    np.testing.assert_allclose(var, 0.9 + 0.1 * np.array([2.0, 8.0]))  # ddof = 1


def test_running_statistics_approach_the_population():
    rng = np.random.default_rng(2)
    mean, var = np.zeros(2), np.ones(2)
    for _ in range(500):
        mean, var = m.update_running(
            mean, var, np.array([4.0, -1.0]) + 3.0 * rng.normal(size=(64, 2))
        )
    np.testing.assert_allclose(mean, [4.0, -1.0], atol=0.3)
    np.testing.assert_allclose(var, 9.0, rtol=0.1)


def test_folding_is_exact():
    rng = np.random.default_rng(3)
    W, b, X = rng.normal(size=(5, 4)), rng.normal(size=4), rng.normal(size=(7, 5))
    gamma, beta = rng.normal(size=4), rng.normal(size=4)
    mean, var = rng.normal(size=4), rng.uniform(0.5, 2.0, size=4)
    W_f, b_f = m.fold_batch_norm(W, b, gamma, beta, mean, var)
    expected = m.batch_norm_inference(X @ W + b, gamma, beta, mean, var)
    np.testing.assert_allclose(X @ W_f + b_f, expected, rtol=1e-12, atol=1e-12)
