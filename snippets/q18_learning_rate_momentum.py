"""What the learning rate and momentum do, measured on an ill-conditioned quadratic.

The loss ``f(w) = 0.5 * sum(h * w**2)`` with curvatures ``h = (1, 100)`` is a long, narrow valley
(condition number 100), a local quadratic model of a network loss near a minimum (the coordinates
are eigenvector coordinates centred at the minimiser). Gradient descent is stable only for
``lr < 2 / h_max``; inside that range a too-small step is slow. Heavy-ball momentum is stable for
``lr * h < 2 * (1 + beta)`` in every direction, a wider range, and with the right pair
``(lr, beta)`` needs about ``sqrt(kappa)`` times fewer steps. It does not stop the oscillation
across the valley: at the best pair the steep coordinate still changes sign at every step, and too
large a ``beta`` makes even the flat coordinate ring.
"""

import numpy as np


def quadratic_loss(w, h):
    """``0.5 * sum(h * w**2)``.

    Parameters
    ----------
    w : ndarray, shape (d,)
    h : ndarray, shape (d,)
        Positive curvatures (the eigenvalues of the Hessian).

    Returns
    -------
    float
    """
    return float(0.5 * np.sum(h * w**2))


def quadratic_grad(w, h):
    """Gradient of :func:`quadratic_loss`: ``h * w``, shape (d,)."""
    return h * w


def heavy_ball(h, w0, lr, beta, steps):
    """Gradient descent with heavy-ball momentum; returns the loss after every step.

    ``v <- beta * v - lr * grad(w)``, ``w <- w + v`` (``beta = 0`` is plain gradient descent).

    Parameters
    ----------
    h : ndarray, shape (d,)
    w0 : ndarray, shape (d,)
    lr, beta : float
    steps : int

    Returns
    -------
    ndarray, shape (steps + 1,)
        ``losses[k]`` is the loss after ``k`` steps.
    """
    w, v = w0.astype(float), np.zeros_like(w0, dtype=float)
    losses = [quadratic_loss(w, h)]
    with np.errstate(over="ignore", invalid="ignore"):
        for _ in range(steps):
            v = beta * v - lr * quadratic_grad(w, h)
            w = w + v
            losses.append(quadratic_loss(w, h))
    return np.array(losses)


def steps_to_reach(h, w0, lr, beta, target, max_steps=100_000):
    """Number of heavy-ball steps until the loss is below ``target``.

    Same update as :func:`heavy_ball`; stops early.

    Returns
    -------
    int or None
        ``None`` if the loss is not below ``target`` after ``max_steps`` steps (or blows up).
    """
    w, v = w0.astype(float), np.zeros_like(w0, dtype=float)
    for k in range(max_steps + 1):
        loss = quadratic_loss(w, h)
        if loss < target:
            return k
        if not loss < 1e100:
            return None
        v = beta * v - lr * quadratic_grad(w, h)
        w = w + v
    return None


def sign_changes(h, w0, lr, beta, steps):
    """How often each coordinate changes sign during ``steps`` heavy-ball steps.

    Same update as :func:`heavy_ball`. A coordinate that changes sign at nearly every step is
    oscillating across the valley; an occasional sign change is a slow ringing.

    Returns
    -------
    ndarray of int, shape (d,)
    """
    w, v = w0.astype(float), np.zeros_like(w0, dtype=float)
    previous = np.sign(w)
    counts = np.zeros(len(w), dtype=int)
    with np.errstate(over="ignore", invalid="ignore"):
        for _ in range(steps):
            v = beta * v - lr * quadratic_grad(w, h)
            w = w + v
            sign = np.sign(w)
            counts += sign * previous < 0
            previous = np.where(sign != 0, sign, previous)
    return counts


def best_settings(h):
    """Textbook-optimal step sizes for a quadratic with curvatures in ``[h_min, h_max]``.

    Returns
    -------
    lr_gd : float
        ``2 / (h_max + h_min)``, the best plain gradient-descent step.
    lr_hb, beta_hb : float
        ``4 / (sqrt(h_max) + sqrt(h_min))**2`` and ``((sqrt(kappa) - 1) / (sqrt(kappa) + 1))**2``,
        the best heavy-ball pair (Polyak, 1964).
    """
    h_min, h_max = float(h.min()), float(h.max())
    kappa = h_max / h_min
    lr_gd = 2 / (h_max + h_min)
    lr_hb = 4 / (np.sqrt(h_max) + np.sqrt(h_min)) ** 2
    beta_hb = ((np.sqrt(kappa) - 1) / (np.sqrt(kappa) + 1)) ** 2
    return lr_gd, float(lr_hb), float(beta_hb)


def main():
    h = np.array([1.0, 100.0])  # h_min = 1, h_max = 100: condition number kappa = 100
    w0 = np.array([1.0, 1.0])
    f0 = quadratic_loss(w0, h)

    print(
        "1) Learning rate: loss after 100 steps of gradient descent (h = [1, 100], 2/h_max = 0.02)"
    )
    for lr in [0.001, 0.003, 0.01, 0.015, 0.019, 0.02, 0.021, 0.03]:
        final = heavy_ball(h, w0, lr, 0.0, 100)[-1]
        verdict = "diverges" if final > f0 else "no progress" if final > f0 / 2 else ""
        print(f"  lr={lr:<6.3f} loss={final:10.3e}  {verdict}".rstrip())

    print("2) Momentum: steps until the loss is below 1e-8 x its initial value")
    for kappa in [100.0, 10000.0]:
        hk = np.array([1.0, kappa])
        lr_gd, lr_hb, beta_hb = best_settings(hk)
        target = 1e-8 * quadratic_loss(w0, hk)
        gd = steps_to_reach(hk, w0, lr_gd, 0.0, target)
        hb = steps_to_reach(hk, w0, lr_hb, beta_hb, target)
        print(
            f"  kappa={kappa:>7.0f}: plain GD {gd:6d} steps, momentum (beta={beta_hb:.3f}) "
            f"{hb:5d} steps, speed-up x{gd / hb:.1f} (sqrt(kappa) = {np.sqrt(kappa):.0f})"
        )

    print("3) Learning rate and momentum interact (kappa = 100): stable iff lr*h < 2(1+beta)")
    print(
        f"  {'setting':<19}{'lr':>7}{'beta':>7}{'lr*h_max':>10}{'2(1+beta)':>11}{'steps':>10}"
        "  sign changes in 200 steps (flat, steep)"
    )
    lr_gd, lr_hb, beta_hb = best_settings(h)
    for label, lr, beta in [
        ("best pair", lr_hb, beta_hb),
        ("same lr, beta=0", lr_hb, 0.0),
        ("same lr, beta=0.9", lr_hb, 0.9),
        ("same lr, beta=0.99", lr_hb, 0.99),
        ("best plain GD", lr_gd, 0.0),
        ("small lr, beta=0", 0.01, 0.0),
    ]:
        k = steps_to_reach(h, w0, lr, beta, 1e-8 * f0)
        shown = f"{k:10d}" if k is not None else f"{'diverges':>10}"
        flat, steep = sign_changes(h, w0, lr, beta, 200)
        print(
            f"  {label:<19}{lr:>7.4f}{beta:>7.3f}{lr * h.max():>10.2f}{2 * (1 + beta):>11.2f}"
            f"{shown}  {flat:>5d} {steep:>5d}"
        )


if __name__ == "__main__":
    main()
