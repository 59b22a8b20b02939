"""Momentum, RMSprop and Adam against plain gradient descent on a narrow valley, and why Adam
corrects its moments' bias.

1. ``f(w) = 0.5 w^T H w`` with curvatures 1 and 100, first along the axes, then rotated by 45
   degrees. Each optimiser gets its best learning rate from the same grid; gradient descent and
   momentum do not see the rotation. Per-coordinate scaling
   (RMSprop, Adam) helps when the valley is aligned with the axes and much less when it is not.
2. With gradients of mean 1, the moving average ``m_t`` has mean ``1 - beta1**t``: biased towards
   its zero start, which Adam divides out.
"""

import numpy as np


def sgd_momentum_step(w, g, v, lr, momentum=0.9):
    """SGD with momentum on weights ``w`` (any shape), gradient ``g``, velocity ``v``: ``(w, v)``."""
    v = momentum * v + g
    return w - lr * v, v


def rmsprop_step(w, g, s, lr, rho=0.99, eps=1e-8):
    """RMSprop on weights ``w`` (any shape), gradient ``g``, mean square ``s``: ``(w, s)``."""
    s = rho * s + (1.0 - rho) * g**2
    return w - lr * g / (np.sqrt(s) + eps), s


def adam_step(w, g, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    """Adam on ``w`` (any shape) with gradient ``g``, moments ``m``, ``v`` at step t: ``(w, m, v)``."""
    m = beta1 * m + (1.0 - beta1) * g
    v = beta2 * v + (1.0 - beta2) * g**2
    # m and v start at 0, so early averages are too small by (1 - beta**t): divide it out.
    m_hat = m / (1.0 - beta1**t)
    v_hat = v / (1.0 - beta2**t)
    return w - lr * m_hat / (np.sqrt(v_hat) + eps), m, v


def steps_to_converge(optimiser, H, w0, lr, max_steps=1000):
    """Steps until ``0.5 w^T H w`` falls below 1e-6 of its start, H (2, 2), w0 (2,); None if never."""
    w, a, b = w0.copy(), np.zeros(2), np.zeros(2)
    target = 1e-6 * 0.5 * np.sum(w0 * (H * w0).sum(axis=1))
    with np.errstate(over="ignore", invalid="ignore"):  # diverging runs overflow to inf
        for t in range(1, max_steps + 1):
            g = (H * w).sum(axis=1)  # H @ w, summed in a fixed order (no BLAS)
            if optimiser == "gradient descent":
                w = w - lr * g
            elif optimiser == "momentum 0.9":
                w, a = sgd_momentum_step(w, g, a, lr)
            elif optimiser == "RMSprop":
                w, a = rmsprop_step(w, g, a, lr)
            else:
                w, a, b = adam_step(w, g, a, b, t, lr)
            if 0.5 * np.sum(w * (H * w).sum(axis=1)) < target:
                return t
    return None


def best_run(optimiser, H, w0, grid):
    """Fewest steps over the learning rates in ``grid``, and the rate that needed them."""
    runs = [(steps_to_converge(optimiser, H, w0, lr), lr) for lr in grid]
    return min((r for r in runs if r[0] is not None), default=(None, None))


def main():
    aligned = np.diag([1.0, 100.0])
    # The same valley turned by 45 degrees, R H R^T, and the start turned with it, written out
    # exactly instead of multiplied (matrix products could round differently between libraries).
    rotated = np.array([[50.5, -49.5], [-49.5, 50.5]])
    start = np.array([1.0, 0.3])
    turned_start = np.sqrt(0.5) * np.array([0.7, 1.3])
    # 1e-4, 1.5e-4, 2e-4, 3e-4, 5e-4, 7e-4, ..., 1: parsed from text, identical on every platform.
    grid = [float(f"{m}e{e}") for e in range(-4, 0) for m in (1, 1.5, 2, 3, 5, 7)] + [1.0]
    print(
        "1) Steps until the loss is 1e-6 of its start (best of 25 learning rates from 1e-4 to 1 each)"
    )
    print(f"  {'optimiser':<18}{'aligned valley':>22}{'rotated 45 degrees':>26}")
    for name in ["gradient descent", "momentum 0.9", "RMSprop", "Adam"]:
        cells = [best_run(name, aligned, start, grid), best_run(name, rotated, turned_start, grid)]
        print("  " + f"{name:<18}" + "".join(f"{k:10d} (lr {lr:7.1e})" for k, lr in cells))

    print("2) Mean of m_t over 100000 runs, gradients ~ N(1, 1), beta1 = 0.9")
    rng = np.random.default_rng(25)
    m = np.zeros(100_000)
    for t in range(1, 6):
        m = 0.9 * m + 0.1 * rng.normal(1.0, 1.0, size=m.size)
        print(f"  t = {t}: mean m_t = {m.mean():.4f}, 1 - 0.9^t = {1 - 0.9**t:.4f}, "
              f"mean m_t / (1 - 0.9^t) = {m.mean() / (1 - 0.9**t):.4f}")  # fmt: skip


if __name__ == "__main__":
    main()
