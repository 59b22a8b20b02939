"""L2 regularisation is not weight decay under Adam; warm-up and cosine schedules; state memory.

1. Weight 1 has a steep loss, ``50 (w1 - 1)**2``; weight 2 appears only in the penalty. With an
   L2 penalty added to the gradient, Adam divides it by its own running size, so weight 2 shrinks
   by about ``lr`` per step whatever ``lam`` is. AdamW's decoupled decay shrinks every weight by the
   factor ``1 - lr * lam`` per step, so ``lam`` means the same for every weight.
2. A linear warm-up followed by cosine decay, the learning rate at a few steps.
3. Memory of the optimiser's state per parameter, and for a 7-billion-parameter model.
"""

import numpy as np


def adam_step(w, g, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    """Adam on ``w`` (any shape) with gradient ``g``, moments ``m``, ``v`` at step t: ``(w, m, v)``."""
    m = beta1 * m + (1.0 - beta1) * g
    v = beta2 * v + (1.0 - beta2) * g**2
    # m and v start at 0, so early averages are too small by (1 - beta**t): divide it out.
    m_hat = m / (1.0 - beta1**t)
    v_hat = v / (1.0 - beta2**t)
    return w - lr * m_hat / (np.sqrt(v_hat) + eps), m, v


def adamw_step(w, g, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01):
    """AdamW (decoupled weight decay) on weights ``w`` (any shape), as `adam_step`: ``(w, m, v)``."""
    return adam_step(w * (1.0 - lr * weight_decay), g, m, v, t, lr, beta1, beta2, eps)


def train(decoupled, lam, steps=300, lr=0.01):
    """Weights (2,) after ``steps`` steps from (2, 2) on ``50 (w1 - 1)**2`` with strength ``lam``."""
    w, m, v = np.array([2.0, 2.0]), np.zeros(2), np.zeros(2)
    for t in range(1, steps + 1):
        g = np.array([100.0 * (w[0] - 1.0), 0.0])
        if decoupled:
            w, m, v = adamw_step(w, g, m, v, t, lr, weight_decay=lam)
        else:
            w, m, v = adam_step(w, g + lam * w, m, v, t, lr)  # L2: lam * w added to the gradient
    return w


def warmup_cosine(step, peak, warmup, total, floor=0.1):
    """Learning rate: linear from 0 to ``peak`` over ``warmup`` steps, then a cosine to
    ``floor * peak`` at step ``total``."""
    if step < warmup:
        return peak * step / warmup
    progress = (step - warmup) / (total - warmup)
    return peak * (floor + (1 - floor) * 0.5 * (1 + np.cos(np.pi * progress)))


def main():
    print("1) Weights after 300 steps of lr 0.01 from (2, 2); weight 2 is in the penalty only")
    print(f"  {'method':<28}{'lam':>7}{'w1':>9}{'w2':>9}")
    for decoupled in (False, True):
        for lam in (0.001, 0.1):
            w = train(decoupled, lam)
            name = "AdamW (decoupled decay)" if decoupled else "Adam + L2 penalty"
            print(f"  {name:<28}{lam:7.3f}{w[0]:9.4f}{w[1]:9.4f}")
    print(
        f"  decoupled decay alone: 2 * (1 - 0.01 lam)^300 = {2 * (1 - 0.001) ** 300:.4f} at lam 0.1"
    )

    print("2) Warm-up over 1000 steps to 3e-4, cosine decay to 3e-5 at step 10000")
    for step in [0, 250, 1000, 3000, 5500, 8000, 10000]:
        print(f"  step {step:5d}: lr = {warmup_cosine(step, 3e-4, 1000, 10000):.3e}")

    print("3) Optimiser state, 32-bit, per parameter and for 7e9 parameters")
    for name, copies in [("SGD", 0), ("SGD with momentum", 1), ("Adam / AdamW", 2)]:
        print(f"  {name:<18} {4 * copies:2d} bytes -> {4 * copies * 7e9 / 1e9:5.0f} GB")
    total = 2 + 2 + 4 + 4 + 4  # 16-bit weights and gradients, 32-bit master weights, m and v
    print(f"  mixed-precision Adam, everything: {total} bytes -> {total * 7e9 / 1e9:.0f} GB")


if __name__ == "__main__":
    main()
