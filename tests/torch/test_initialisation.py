"""snippets/nn/initialisation.py against torch.nn.init: the same distribution at the same scale.

Random draws of two generators cannot be compared, but each initialiser is ``scale * unit draw``:
refitting the scale against the generator's own unit draws (same seed) recovers it to rounding,
and a zero residual proves the family (normal or uniform). The scales must then agree."""

import numpy as np
import pytest
import torch

from snippets.nn import initialisation
from tests.torch.crosscheck import as_numpy

FAN_IN, FAN_OUT = 300, 200


def _fitted_scale(weights: np.ndarray, unit: np.ndarray) -> float:
    """Least-squares ``s`` in ``weights = s * unit``; asserts that the fit is exact."""
    scale = float(np.sum(weights * unit) / np.sum(unit * unit))
    assert np.max(np.abs(weights - scale * unit)) <= 1e-12 * abs(scale), "not scale * unit draw"
    return scale


def _ours(init, unit_draw):
    weights = init(FAN_IN, FAN_OUT, np.random.default_rng(7))
    return _fitted_scale(weights, unit_draw(np.random.default_rng(7), (FAN_IN, FAN_OUT)))


def _torch(init, unit_draw):
    weights = torch.empty(FAN_OUT, FAN_IN, dtype=torch.float64)  # torch: (fan_out, fan_in)
    torch.manual_seed(7)
    init(weights)
    torch.manual_seed(7)
    unit = unit_draw(torch.empty_like(weights))
    return _fitted_scale(as_numpy(weights), as_numpy(unit))


def normal(rng, shape):
    return rng.standard_normal(shape)


def symmetric_uniform(rng, shape):
    return rng.uniform(-1.0, 1.0, shape)


CASES = {
    "lecun_normal": (
        lambda *a: initialisation.lecun_normal(*a),
        normal,
        lambda w: torch.nn.init.kaiming_normal_(w, mode="fan_in", nonlinearity="linear"),
        lambda t: t.normal_(),
    ),
    "glorot_uniform": (
        lambda *a: initialisation.glorot_uniform(*a),
        symmetric_uniform,
        torch.nn.init.xavier_uniform_,
        lambda t: t.uniform_(-1.0, 1.0),
    ),
    "he_normal": (
        lambda *a: initialisation.he_normal(*a),
        normal,
        lambda w: torch.nn.init.kaiming_normal_(w, mode="fan_in", nonlinearity="relu"),
        lambda t: t.normal_(),
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_initialiser_has_torchs_distribution_and_scale(compare, name):
    ours, our_unit, theirs, their_unit = CASES[name]
    compare(name, _ours(ours, our_unit), _torch(theirs, their_unit), "scale")
