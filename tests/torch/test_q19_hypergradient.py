"""Q19's page-specific gradients against torch autograd: the ridge hypergradient (through the
implicit solution of the normal equations) and the L2-regularised logistic gradient."""

import numpy as np
import pytest
import torch

from snippets import q19_successive_halving as sh
from snippets import q19_why_not_train_loss as m
from tests.torch.crosscheck import tensor


@pytest.mark.parametrize("log_lam", [-3.0, 0.0, 1.5])
def test_val_mse_log_lambda_grad_matches_autograd(compare, log_lam):
    rng = np.random.default_rng(19)
    X, y = rng.normal(size=(40, 6)), rng.normal(size=40)
    X_val, y_val = rng.normal(size=(30, 6)), rng.normal(size=30)
    t = tensor(log_lam, requires_grad=True)
    A = tensor(X.T @ X / 40) + torch.exp(t) * torch.eye(6, dtype=torch.float64)
    w = torch.linalg.solve(A, tensor(X.T @ y / 40))
    val = torch.mean((tensor(X_val) @ w - tensor(y_val)) ** 2)
    (expected,) = torch.autograd.grad(val, [t])
    ours = m.val_mse_log_lambda_grad(log_lam, X, y, X_val, y_val)
    compare("val_mse_log_lambda_grad", ours, expected, f"log_lam={log_lam}")


@pytest.mark.parametrize("lam", [0.0, 0.01, 1.0])
def test_logistic_l2_grad_matches_autograd(compare, lam):
    rng = np.random.default_rng(190)
    X = rng.normal(size=(25, 5))
    y = np.where(rng.normal(size=25) > 0, 1.0, -1.0)
    w = rng.normal(0.0, 2.0, 5)
    wt = tensor(w, requires_grad=True)
    loss = torch.mean(torch.nn.functional.softplus(-tensor(y) * (tensor(X) @ wt)))
    loss = loss + lam * torch.sum(wt**2)
    (expected,) = torch.autograd.grad(loss, [wt])
    compare("logistic_l2_grad", sh.logistic_l2_grad(w, X, y, lam), expected, f"lam={lam}")
