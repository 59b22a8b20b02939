"""The learning rate and momentum on an ill-conditioned quadratic, a narrow valley of a loss.

``f(w) = 0.5 * sum(h * w**2)`` in eigenvector coordinates, curvatures ``h = (1, kappa)``. Plain
gradient descent is stable only for ``lr < 2 / h_max``; heavy-ball momentum for
``lr * h < 2 * (1 + beta)``, and with the best pair ``(lr, beta)`` it needs about ``sqrt(kappa)``
times fewer steps. It does not stop the oscillation across the valley.
"""

import numpy as np


def heavy_ball(h, w0, lr, beta, steps):
    """Heavy-ball steps on ``0.5 * sum(h * w**2)``, h and w0 (d,): losses (steps + 1,), sign changes (d,).

    ``v <- beta * v - lr * h * w``, ``w <- w + v``; ``beta = 0`` is plain gradient descent. A
    coordinate that changes sign at nearly every step oscillates across the valley.
    """
    w, v = w0.astype(float), np.zeros(len(w0))
    losses, flips = [0.5 * np.sum(h * w**2)], np.zeros(len(w0), dtype=int)
    with np.errstate(over="ignore", invalid="ignore"):  # diverging runs overflow to inf
        for _ in range(steps):
            v = beta * v - lr * h * w
            flips += np.sign(w + v) * np.sign(w) < 0
            w = w + v
            losses.append(0.5 * np.sum(h * w**2))
    return np.array(losses), flips


def steps_to_reach(losses, target):
    """First step whose loss is below ``target``, or None if none is."""
    below = np.flatnonzero(losses < target)
    return int(below[0]) if below.size else None


def best_settings(h):
    """Best plain step ``2 / (h_max + h_min)`` and best heavy-ball pair (Polyak, 1964)."""
    h_min, h_max = float(h.min()), float(h.max())
    root = np.sqrt(h_max / h_min)
    lr_hb = 4 / (np.sqrt(h_max) + np.sqrt(h_min)) ** 2
    return 2 / (h_max + h_min), float(lr_hb), float(((root - 1) / (root + 1)) ** 2)


def main():
    h, w0 = np.array([1.0, 100.0]), np.array([1.0, 1.0])  # condition number kappa = 100
    f0 = 0.5 * np.sum(h * w0**2)

    print(
        "1) Learning rate: loss after 100 steps of gradient descent (h = [1, 100], 2/h_max = 0.02)"
    )
    for lr in [0.001, 0.003, 0.01, 0.015, 0.019, 0.02, 0.021, 0.03]:
        final = heavy_ball(h, w0, lr, 0.0, 100)[0][-1]
        verdict = "diverges" if final > f0 else "no progress" if final > f0 / 2 else ""
        print(f"  lr={lr:<6.3f} loss={final:10.3e}  {verdict}".rstrip())

    print("2) Momentum: steps until the loss is below 1e-8 x its initial value")
    for kappa in [100.0, 10000.0]:
        hk = np.array([1.0, kappa])
        lr_gd, lr_hb, beta_hb = best_settings(hk)
        target = 1e-8 * 0.5 * np.sum(hk * w0**2)
        gd = steps_to_reach(heavy_ball(hk, w0, lr_gd, 0.0, 50_000)[0], target)
        hb = steps_to_reach(heavy_ball(hk, w0, lr_hb, beta_hb, 50_000)[0], target)
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
        k = steps_to_reach(heavy_ball(h, w0, lr, beta, 5000)[0], 1e-8 * f0)
        shown = f"{k:10d}" if k is not None else f"{'diverges':>10}"
        flat, steep = heavy_ball(h, w0, lr, beta, 200)[1]
        print(
            f"  {label:<19}{lr:>7.4f}{beta:>7.3f}{lr * h.max():>10.2f}{2 * (1 + beta):>11.2f}"
            f"{shown}  {flat:>5d} {steep:>5d}"
        )


if __name__ == "__main__":
    main()
