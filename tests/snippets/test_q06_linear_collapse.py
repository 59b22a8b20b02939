"""Unit tests of snippets/q06_linear_collapse.py."""

import numpy as np

from snippets import q06_linear_collapse as m


def _layers(sizes, rng):
    return [
        (rng.standard_normal((a, b)), rng.standard_normal(b))
        for a, b in zip(sizes[:-1], sizes[1:], strict=True)
    ]


def test_collapsed_layer_computes_the_same_function_at_any_depth():
    rng = np.random.default_rng(1)
    for sizes in ([3, 2], [3, 5, 2], [4, 6, 6, 6, 1]):
        layers = _layers(sizes, rng)
        X = rng.standard_normal((50, sizes[0]))
        W, b = m.collapse(layers)
        assert W.shape == (sizes[0], sizes[-1]) and b.shape == (sizes[-1],)
        np.testing.assert_allclose(m.forward(X, layers, m.identity), X @ W + b, atol=1e-10)


def test_relu_between_layers_breaks_the_collapse():
    rng = np.random.default_rng(2)
    layers = _layers([4, 8, 2], rng)
    X = rng.standard_normal((100, 4))
    W, b = m.collapse(layers)
    assert np.abs(m.forward(X, layers, m.relu) - (X @ W + b)).max() > 1.0


def test_relu_network_is_not_additive_but_linear_network_is():
    rng = np.random.default_rng(3)
    layers = [(W, np.zeros_like(b)) for W, b in _layers([3, 6, 1], rng)]
    x1, x2 = rng.standard_normal((1, 3)), rng.standard_normal((1, 3))
    lin = lambda x: m.forward(x, layers, m.identity)  # noqa: E731
    np.testing.assert_allclose(lin(x1 + x2), lin(x1) + lin(x2), atol=1e-12)
    nonlin = lambda x: m.forward(x, layers, m.relu)  # noqa: E731
    assert not np.allclose(nonlin(x1 + x2), nonlin(x1) + nonlin(x2)) or not np.allclose(
        nonlin(-x1), -nonlin(x1)
    )


def test_no_affine_model_fits_xor_but_one_relu_layer_does():
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    y = np.array([0.0, 1.0, 1.0, 0.0])
    np.testing.assert_allclose(m.best_affine_fit(X, y), 0.5, atol=1e-12)
    layers = [
        (np.array([[1.0, 1.0], [1.0, 1.0]]), np.array([0.0, -1.0])),
        (np.array([[1.0], [-2.0]]), np.array([0.0])),
    ]
    np.testing.assert_array_equal(m.forward(X, layers, m.relu).ravel(), y)
    np.testing.assert_array_equal(m.forward(X, layers, m.identity).ravel(), [2.0, 1.0, 1.0, 0.0])


def test_fmt_has_no_negative_zero():
    assert m.fmt(np.array([-0.0, -1e-17, 0.5])) == "[0.0000 0.0000 0.5000]"


def test_best_affine_fit_explains_a_linear_stack_but_not_a_relu_stack():
    rng = np.random.default_rng(4)
    layers = _layers([4, 8, 8, 2], rng)
    X = rng.standard_normal((500, 4))

    def leftover(out):
        fitted = m.best_affine_fit(X, out)
        assert fitted.shape == out.shape
        return np.sum((out - fitted) ** 2) / np.sum((out - out.mean(0)) ** 2)

    assert leftover(m.forward(X, layers, m.identity)) < 1e-20
    assert leftover(m.forward(X, layers, m.relu)) > 0.05
