"""Remedies for a degree-15 polynomial fitted to 20 points, over 200 training sets."""

import numpy as np
from numpy.polynomial import legendre

NOISE_SD, DEGREE, N_TRAIN, N_SETS = 0.3, 15, 20, 200


def make_targets(rng, x):
    """Noisy targets ``sin(pi x) + N(0, 0.3²)`` for inputs x of any shape; same shape."""
    return np.sin(np.pi * x) + rng.normal(0.0, NOISE_SD, x.shape)


def features(x):
    """Legendre features of inputs x (..., n): shape (..., n, DEGREE + 1)."""
    return legendre.legvander(x, DEGREE)


def linear_mse(W, phi, Y):
    """MSE per row of W (sets, p); features phi (n, p) or (sets, n, p), targets Y (sets, n)."""
    return np.mean(((phi @ W[:, :, None])[:, :, 0] - Y) ** 2, axis=1)


def ridge_fit(phi, Y, lam):
    """Minimise ``mean((phi w - y)²) + lam |w|²`` for each row y of Y (sets, n); W (sets, p)."""
    n, p = phi.shape
    a = np.vstack([phi / np.sqrt(n), np.sqrt(lam) * np.eye(p)])  # a stacked least-squares problem
    b = np.vstack([Y.T / np.sqrt(n), np.zeros((p, len(Y)))])
    return np.linalg.lstsq(a, b, rcond=None)[0].T


def least_squares_grad(W, phi, Y):
    """Gradient of ``mean((phi w - y)²)`` for each row of W (sets, p); Y (sets, n), phi (n, p)."""
    return 2.0 * (W @ phi.T - Y) @ phi / phi.shape[0]


def early_stopping(phi, Y, phi_va, Y_va, steps):
    """Gradient descent from w = 0, step 1/L; keep each set's weights of lowest validation MSE.

    Returns the kept weights (sets, p), their steps (sets,), and the mean training and validation
    MSE over the sets after each step, shape (steps + 1,) each.
    """
    step = 1.0 / (2.0 * np.linalg.eigvalsh(phi.T @ phi / len(phi)).max())  # 1 / curvature bound
    W = np.zeros((len(Y), phi.shape[1]))
    best_W, best_val, best_step = W.copy(), linear_mse(W, phi_va, Y_va), np.zeros(len(Y), dtype=int)
    train_curve, val_curve = [linear_mse(W, phi, Y).mean()], [best_val.mean()]
    for t in range(1, steps + 1):
        W = W - step * least_squares_grad(W, phi, Y)
        val = linear_mse(W, phi_va, Y_va)
        better = val < best_val
        best_W[better], best_val[better], best_step[better] = W[better], val[better], t
        train_curve.append(linear_mse(W, phi, Y).mean())
        val_curve.append(val.mean())
    return best_W, best_step, np.array(train_curve), np.array(val_curve)


def make_data(rng):
    """Training x (n,), Y (sets, n); validation x, Y (sets, 50); test x, y (5000,)."""
    x_tr = np.linspace(-1.0, 1.0, N_TRAIN)  # the same grid of inputs in every training set
    x_va = rng.uniform(-1.0, 1.0, (N_SETS, 50))  # each training set has its own validation set
    x_te = rng.uniform(-1.0, 1.0, 5000)  # one test set, used only to report
    Y = make_targets(rng, np.tile(x_tr, (N_SETS, 1)))
    return x_tr, Y, x_va, make_targets(rng, x_va), x_te, make_targets(rng, x_te)


def main():
    rng = np.random.default_rng(0)
    x_tr, Y, x_va, Y_va, x_te, y_te = make_data(rng)
    phi, phi_va, phi_te = features(x_tr), features(x_va), features(x_te)

    results = {"no remedy": linear_mse(ridge_fit(phi, Y, 0.0), phi_te, y_te)}
    labels = {"no remedy": N_TRAIN}  # labelled points each row uses (training + validation)

    lams = 10.0 ** np.arange(-8, 1)
    fits = [ridge_fit(phi, Y, lam) for lam in lams]
    choice = np.argmin([linear_mse(W, phi_va, Y_va) for W in fits], axis=0)  # per training set
    W_l2 = np.array([fits[c][s] for s, c in enumerate(choice)])
    results["L2 (weight decay)"] = linear_mse(W_l2, phi_te, y_te)
    labels["L2 (weight decay)"] = N_TRAIN + 50

    # Less capacity: the degree (0..15) chosen per set on the same validation points.
    err_deg = []
    for d in range(DEGREE + 1):
        W_d = ridge_fit(phi[:, : d + 1], Y, 0.0)
        err_deg.append(
            (
                linear_mse(W_d, phi_va[:, :, : d + 1], Y_va),
                linear_mse(W_d, phi_te[:, : d + 1], y_te),
            )
        )
    best_d = np.argmin([va for va, _ in err_deg], axis=0)
    results["degree chosen on val"] = np.array([err_deg[d][1][s] for s, d in enumerate(best_d)])
    labels["degree chosen on val"] = N_TRAIN + 50

    # The validation points used as training data instead: degree 15 on 20 + 50 points.
    W_all = np.array(
        [
            ridge_fit(
                features(np.concatenate([x_tr, x_va[s]])),
                np.concatenate([Y[s], Y_va[s]])[None],
                0.0,
            )[0]
            for s in range(N_SETS)
        ]
    )
    results["train on train + val"] = linear_mse(W_all, phi_te, y_te)
    labels["train on train + val"] = N_TRAIN + 50

    W_es, stop, train_curve, val_curve = early_stopping(phi, Y, phi_va, Y_va, 10000)
    results["early stopping"] = linear_mse(W_es, phi_te, y_te)
    labels["early stopping"] = N_TRAIN + 50

    for n in (40, 80, 320, 1280):
        x_n = np.linspace(-1, 1, n)
        W_n = ridge_fit(features(x_n), make_targets(rng, np.tile(x_n, (N_SETS, 1))), 0.0)
        results[f"{n} training points"] = linear_mse(W_n, phi_te, y_te)
        labels[f"{n} training points"] = n

    floor = np.mean((y_te - np.sin(np.pi * x_te)) ** 2)
    print(f"degree {DEGREE}, {N_TRAIN} training points: {N_SETS} training sets, each with 50")
    print(f"validation points; test MSE on 5000 new points (their noise alone: {floor:.4f})")
    print("remedy                labels  mean test MSE  median")
    for name, err in results.items():
        print(f"{name:<20s}  {labels[name]:6d}  {err.mean():13.4f}  {np.median(err):6.4f}")
    print(f"most often chosen degree: {np.bincount(best_d).argmax()}")
    print(f"\nL2 strength most often chosen: lambda = {lams[np.bincount(choice).argmax()]:.0e}")
    q1, q2, q3 = np.quantile(stop, [0.25, 0.5, 0.75], method="nearest")
    print(f"early-stopping step: median {q2}, quartiles {q1} and {q3}")
    print("gradient descent, means over the training sets:")
    print("  step  train MSE  val MSE")
    best = int(np.argmin(val_curve))
    for t in (0, 1, 10, best, 100, 1000, 10000):
        mark = "  <- lowest mean validation error" if t == best else ""
        print(f"{t:6d}  {train_curve[t]:9.4f}  {val_curve[t]:7.4f}{mark}")


if __name__ == "__main__":
    main()
