"""Tests of `snippets/q04_image_classifier.py`."""

import numpy as np
import pytest

from snippets import q04_image_classifier as q
from snippets.nn.gradcheck import check_gradient


def _cross_correlate(x, w, stride, padding):
    """Direct definition: out[o, i, j] = sum_{c,a,b} w[o,c,a,b] x_pad[c, i*s + a, j*s + b]."""
    x = np.pad(x, ((0, 0), (padding, padding), (padding, padding)))
    c_out, _, k_h, k_w = w.shape
    h_out = (x.shape[1] - k_h) // stride + 1
    w_out = (x.shape[2] - k_w) // stride + 1
    out = np.zeros((c_out, h_out, w_out))
    for o in range(c_out):
        for i in range(h_out):
            for j in range(w_out):
                patch = x[:, i * stride : i * stride + k_h, j * stride : j * stride + k_w]
                out[o, i, j] = np.sum(w[o] * patch)
    return out


@pytest.mark.parametrize("stride, padding", [(1, 0), (2, 0), (1, 1), (2, 2)])
def test_im2col_gives_the_convolution(stride, padding):
    rng = np.random.default_rng(0)
    x, w = rng.normal(size=(2, 7, 6)), rng.normal(size=(3, 2, 3, 2))
    cols = q.im2col(x, 3, 2, stride, padding)
    expected = _cross_correlate(x, w, stride, padding)
    np.testing.assert_allclose(
        (w.reshape(3, -1) @ cols).reshape(expected.shape), expected, atol=1e-12
    )


def test_make_images_places_one_stroke_inside_the_corners():
    images, labels = q.make_images(np.random.default_rng(1), 50, np.arange(2, 4), noise=0.0)
    strokes = list(q.SHAPES.values())
    for image, label in zip(images, labels, strict=True):
        assert image.sum() == 3.0  # one stroke of three pixels, nothing else
        found = [
            (r, c)
            for r in range(8)
            for c in range(8)
            if np.array_equal(image[r : r + 3, c : c + 3], strokes[label])
        ]
        assert len(found) == 1 and set(found[0]) <= {2, 3}


def test_softmax_cross_entropy_and_its_gradient():
    rng = np.random.default_rng(2)
    Z, y = rng.normal(size=(5, 4)), rng.integers(0, 4, size=5)
    check_gradient(lambda z: q.softmax_cross_entropy(z, y), q.softmax_cross_entropy_grad(Z, y), Z)
    big = np.array([[1000.0, 0.0, -1000.0, 0.0]])
    assert np.isfinite(q.softmax_cross_entropy(big, np.array([2])))
    assert q.softmax_cross_entropy(big, np.array([2])) == pytest.approx(2000.0)


def test_mlp_backward_matches_finite_differences():
    rng = np.random.default_rng(3)
    X, y = rng.normal(size=(6, 5)), rng.integers(0, 3, size=6)
    params = [
        rng.normal(size=(5, 4)),
        rng.normal(size=4),
        rng.normal(size=(4, 3)),
        rng.normal(size=3),
    ]
    out, cache = q.mlp_forward(X, *params)
    grads = q.mlp_backward(q.softmax_cross_entropy_grad(out, y), cache)
    for i, grad in enumerate(grads):

        def loss(p, i=i):
            trial = list(params)
            trial[i] = p
            return q.softmax_cross_entropy(q.mlp_forward(X, *trial)[0], y)

        check_gradient(loss, grad, params[i])


def test_conv_backward_matches_finite_differences():
    rng = np.random.default_rng(4)
    images, y = q.make_images(rng, 6, np.arange(1, 4))
    P = q.patches(images)
    params = [rng.normal(size=(5, 9)), rng.normal(size=(5, 4)), rng.normal(size=4)]
    logits, cache = q.conv_forward(P, *params)
    grads = q.conv_backward(q.softmax_cross_entropy_grad(logits, y), cache)
    for i, grad in enumerate(grads):

        def loss(p, i=i):
            trial = list(params)
            trial[i] = p
            return q.softmax_cross_entropy(q.conv_forward(P, *trial)[0], y)

        check_gradient(loss, grad, params[i])


def test_conv_model_is_invariant_to_moving_a_clean_stroke():
    """Without noise, moving a stroke that stays two pixels from the border (so that every window
    overlapping it exists) changes no pooled feature: the logits are identical."""
    rng = np.random.default_rng(5)
    params = [rng.normal(size=(8, 9)), rng.normal(size=(8, 4)), rng.normal(size=4)]
    images = np.zeros((2, 10, 10))
    images[0, 2:5, 2:5] = q.SHAPES["/"]
    images[1, 5:8, 4:7] = q.SHAPES["/"]
    logits = q.conv_forward(q.patches(images), *params)[0]
    np.testing.assert_array_equal(logits[0], logits[1])


def test_a_stroke_at_the_border_loses_windows_and_can_change_the_logits():
    """The symmetry holds only away from the border: at corner row 1 the windows that would
    overlap the stroke from above do not exist."""
    rng = np.random.default_rng(5)
    params = [rng.normal(size=(8, 9)), rng.normal(size=(8, 4)), rng.normal(size=4)]
    images = np.zeros((2, 10, 10))
    images[0, 1:4, 1:4] = q.SHAPES["/"]
    images[1, 5:8, 4:7] = q.SHAPES["/"]
    logits = q.conv_forward(q.patches(images), *params)[0]
    assert not np.array_equal(logits[0], logits[1])


def test_main_reproduces_the_page_claims(capsys):
    q.main()
    out = capsys.readouterr().out
    assert "dense network, 3364 parameters" in out and "max-pool, 108 parameters" in out
    assert "top-1: test 0.880, moved 0.285, noisy 0.530" in out
    assert "top-1: test 1.000, moved 1.000, noisy 0.833" in out
    assert out.rstrip().endswith("mean top probability 0.837")
