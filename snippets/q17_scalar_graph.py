"""A scalar computational graph worked through: forward values, then adjoints from J back to w, b."""

import numpy as np


def sigmoid(z):
    """Logistic sigmoid ``1 / (1 + exp(-z))`` of ``z`` (any shape), without overflow for large |z|."""
    # Only exp(-|z|) is evaluated: it cannot overflow, where exp(-z) would for z = -1000.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def objective(w, b, x=1.5, y=1.0, lam=0.1):
    """J = (sigmoid(w x + b) - y)^2 / 2 + lam w^2 / 2 for scalars, a float."""
    return float(0.5 * (sigmoid(w * x + b) - y) ** 2 + 0.5 * lam * w**2)


def objective_grad(w, b, x=1.5, y=1.0, lam=0.1):
    """(dJ/dw, dJ/db) by a backward sweep over the graph of `objective`; prints every node."""
    z = w * x + b  # forward: every node's value, kept for the backward sweep
    a = float(sigmoid(z))
    loss, penalty = 0.5 * (a - y) ** 2, 0.5 * lam * w**2
    print(f"forward:  z = w x + b = {z:.4f}   a = sigmoid(z) = {a:.4f}")
    print(f"          loss = (a - y)^2 / 2 = {loss:.4f}   penalty = lam w^2 / 2 = {penalty:.4f}")
    print(f"          J = loss + penalty = {loss + penalty:.4f}")
    J_bar = 1.0  # backward: the adjoint of a node is dJ/d(node), from J down
    loss_bar, penalty_bar = J_bar, J_bar  # a sum passes its adjoint to both inputs
    a_bar = loss_bar * (a - y)
    z_bar = a_bar * a * (1.0 - a)  # sigmoid'(z) = a (1 - a), from the kept value a
    w_bar = z_bar * x + penalty_bar * lam * w  # w feeds two nodes: the two paths add
    b_bar = z_bar
    print(f"backward: a_bar = a - y = {a_bar:.4f}   z_bar = a_bar a (1 - a) = {z_bar:.4f}")
    print(f"          w_bar = z_bar x + lam w = {z_bar * x:.4f} + {lam * w:.4f} = {w_bar:.4f}")
    print(f"          b_bar = z_bar = {b_bar:.4f}")
    return w_bar, b_bar


if __name__ == "__main__":
    w, b, eps = 0.5, 0.25, 1e-6
    w_bar, b_bar = objective_grad(w, b)
    dw = (objective(w + eps, b) - objective(w - eps, b)) / (2 * eps)
    db = (objective(w, b + eps) - objective(w, b - eps)) / (2 * eps)
    print(f"central differences: dJ/dw = {dw:.4f}, dJ/db = {db:.4f}")
