"""Unit tests of snippets/q31_teacher_forcing.py."""

import numpy as np

from snippets import q31_teacher_forcing as m


def _model(rng, n_layers=2):
    return m.init_decoder(9, 12, n_layers, 16, rng)


def test_one_pass_equals_running_every_prefix(rng):
    p = _model(rng)
    x = rng.integers(0, 9, size=10)
    full = m.decoder_logits(x, p, 2, 3)
    for t in range(10):
        np.testing.assert_allclose(m.decoder_logits(x[: t + 1], p, 2, 3)[-1], full[t], atol=1e-12)


def test_with_the_mask_no_position_sees_a_later_token(rng):
    p = _model(rng, n_layers=3)
    x = rng.integers(0, 9, size=8)
    y = x.copy()
    y[5:] = (y[5:] + 1) % 9
    np.testing.assert_array_equal(
        m.decoder_logits(x, p, 3, 2)[:5], m.decoder_logits(y, p, 3, 2)[:5]
    )
    unmasked = m.decoder_logits(x, p, 3, 2, mask=False)[:5]
    assert not np.allclose(unmasked, m.decoder_logits(y, p, 3, 2, mask=False)[:5])


def test_zero_output_weights_give_the_uniform_loss_log_v(rng):
    p = _model(rng)
    p["W_out"] = np.zeros_like(p["W_out"])
    x = rng.integers(0, 9, size=6)
    loss = -m.log_softmax(m.decoder_logits(x[:-1], p, 2, 2))[np.arange(5), x[1:]]
    np.testing.assert_allclose(loss, np.log(9.0))


def test_causal_mask_is_lower_triangular():
    np.testing.assert_array_equal(m.causal_mask(3).astype(int), [[1, 0, 0], [1, 1, 0], [1, 1, 1]])
