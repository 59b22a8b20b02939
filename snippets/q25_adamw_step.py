"""One AdamW step: moments, bias correction, and the decoupled weight decay."""

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


def show(name, a):
    print(f"{name:<34}", np.array2string(a, precision=4, floatmode="fixed", suppress_small=True))


w = np.array([1.0, -2.0, 3.0])
g = np.array([1e-3, -1.0, 1e3])  # gradients six orders of magnitude apart
m, v = np.zeros(3), np.zeros(3)  # both moments start at zero

w1, m, v = adamw_step(w, g, m, v, t=1, lr=0.1, weight_decay=0.0)
show("first moment m = 0.1 g", m)
show("second moment v = 0.001 g^2", v)
show("step without bias correction", -0.1 * m / np.sqrt(v))
show("Adam's first step (corrected)", w1 - w)

w1, _, _ = adamw_step(w, g, np.zeros(3), np.zeros(3), t=1, lr=0.1, weight_decay=0.5)
show("AdamW, weight decay 0.5: step", w1 - w)
show("  of which decay -lr * wd * w", -0.1 * 0.5 * w)
