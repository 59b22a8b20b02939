"""Gradient clipping by norm on an exploding recurrence, and why by norm rather than by value."""

import numpy as np

T, TARGET = 20, 2.0  # h_t = w h_(t-1) from h_0 = 1, so h_T = w**T; the loss wants h_T = 2


def recurrence_loss(w):
    """Loss ``0.5 (w**T - TARGET)**2`` of the scalar linear recurrence after T steps, a float."""
    return 0.5 * (w**T - TARGET) ** 2


def recurrence_loss_grad(w):
    """Derivative ``(w**T - TARGET) T w**(T-1)`` of `recurrence_loss`: the chain rule through T steps."""
    return (w**T - TARGET) * T * w ** (T - 1)


def clip_by_norm(g, max_norm):
    """Gradient g (any shape) scaled down to norm max_norm if it is longer."""
    return g * min(1.0, max_norm / np.linalg.norm(g))


def descend(w, lr, max_norm=None, steps=300):
    """Gradient descent on `recurrence_loss` from w, clipped if max_norm is set: one result line."""
    for step in range(1, steps + 1):
        g = recurrence_loss_grad(w)
        if max_norm is not None:
            g = float(clip_by_norm(np.array([g]), max_norm)[0])
        w = w - lr * g
        if abs(w) > 10.0:
            return f"diverged at step {step}: w = {w:.2f}"
    grad = abs(recurrence_loss_grad(w))
    shown = f"{grad:.1e}" if recurrence_loss(w) > 1e-12 else "below 1e-6"  # not rounding noise
    return f"w = {w:.4f}, loss = {recurrence_loss(w):.4f}, |gradient| {shown}"


def main():
    w0 = 1.2
    print(f"h_T = w^{T}, loss 0.5 (h_T - {TARGET:.0f})^2, minimum at w = {TARGET ** (1 / T):.4f}")
    print(
        f"start w = {w0}: loss {recurrence_loss(w0):.1f}, gradient {recurrence_loss_grad(w0):.0f}"
    )
    print(f"near the minimum the curvature is {(T * TARGET ** ((T - 1) / T)) ** 2:.0f}")
    runs = (
        ("lr 1e-3, no clipping", 1e-3, None),
        ("lr 5e-5, no clipping", 5e-5, None),
        ("lr 1e-5, no clipping", 1e-5, None),
        ("lr 1e-3, clipped to norm 1", 1e-3, 1.0),
    )
    print("\n300 steps of gradient descent:")
    for label, lr, max_norm in runs:
        print(f"  {label:<27} {descend(w0, lr, max_norm)}")

    print("\nClipping a gradient [100, 1] to 1:")
    g = np.array([100.0, 1.0])
    for label, clipped in (
        ("by norm ", clip_by_norm(g, 1.0)),
        ("by value", np.clip(g, -1.0, 1.0)),
    ):
        cos = g @ clipped / (np.linalg.norm(g) * np.linalg.norm(clipped))
        vec = np.array2string(clipped, precision=4, floatmode="fixed")
        print(f"  {label}: {vec}, cosine with the original {cos:.4f}")


if __name__ == "__main__":
    main()
