"""Overfitting as capacity grows: training error keeps falling, validation error turns back up.

A polynomial of degree ``d`` is fitted by least squares to 20 noisy samples of a smooth curve.
Training error can only go down as ``d`` grows, and even the true curve scores below the noise
level on a small training set; the sign of overfitting is the gap to the validation error (on
2000 fresh samples), which falls, reaches a minimum, then climbs. Refitting on 2000 training sets (fresh noise each time) splits the
expected test error into bias², variance and the irreducible noise.
"""

import numpy as np

NOISE_SD = 0.3


def true_function(x):
    """The curve the data come from.

    Parameters
    ----------
    x : ndarray, shape (n,)
        Inputs in [-1, 1].

    Returns
    -------
    ndarray, shape (n,)
        ``sin(pi * x)``.

    Examples
    --------
    >>> float(true_function(np.array([0.5]))[0])
    1.0
    """
    return np.sin(np.pi * x)


def make_data(rng, n):
    """Draw ``n`` points ``x ~ U[-1, 1]``, ``y = sin(pi x) + N(0, NOISE_SD^2)``.

    Returns
    -------
    x, y : ndarray, shape (n,)
    """
    x = rng.uniform(-1.0, 1.0, size=n)
    y = true_function(x) + rng.normal(0.0, NOISE_SD, size=n)
    return x, y


def features(x, degree):
    """Legendre features ``P_0(x) … P_degree(x)`` (well conditioned on [-1, 1]).

    Returns
    -------
    ndarray, shape (n, degree + 1)
    """
    return np.polynomial.legendre.legvander(x, degree)


def fit(x, y, degree):
    """Least-squares coefficients of a degree-``degree`` polynomial.

    Returns
    -------
    ndarray, shape (degree + 1,)
    """
    coef, *_ = np.linalg.lstsq(features(x, degree), y, rcond=None)
    return coef


def predict(coef, x):
    """Evaluate the fitted polynomial at ``x``; shape ``(n,)``."""
    return features(x, len(coef) - 1) @ coef


def rmse(y_hat, y):
    """Root-mean-square error between two arrays of the same shape."""
    return float(np.sqrt(np.mean((y_hat - y) ** 2)))


def capacity_curve(degrees, n_train=20, n_val=2000, seed=0):
    """Training and validation RMSE of one training set for each degree.

    Returns
    -------
    train, val : ndarray, shape (len(degrees),)
    """
    rng = np.random.default_rng(seed)
    x_tr, y_tr = make_data(rng, n_train)
    x_va, y_va = make_data(rng, n_val)
    train, val = [], []
    for d in degrees:
        coef = fit(x_tr, y_tr, d)
        train.append(rmse(predict(coef, x_tr), y_tr))
        val.append(rmse(predict(coef, x_va), y_va))
    return np.array(train), np.array(val)


def bias_variance(degree, n_train=20, n_sets=2000, seed=1):
    """Bias² and variance of the fitted curve over ``n_sets`` training sets.

    The inputs are fixed (20 evenly spaced points); each training set draws fresh noise, so the
    spread of the fitted curves is due to the noise the model picked up.

    Returns
    -------
    bias2, variance : float
        Averaged over 201 test inputs in [-1, 1]; the expected squared error on a new noisy
        point is ``bias2 + variance + NOISE_SD**2``.
    """
    rng = np.random.default_rng(seed)
    x = np.linspace(-1.0, 1.0, n_train)
    x_test = np.linspace(-1.0, 1.0, 201)
    ys = true_function(x) + rng.normal(0.0, NOISE_SD, size=(n_sets, n_train))
    coefs, *_ = np.linalg.lstsq(features(x, degree), ys.T, rcond=None)  # all sets at once
    preds = features(x_test, degree) @ coefs  # shape (201, n_sets)
    bias2 = np.mean((preds.mean(axis=1) - true_function(x_test)) ** 2)
    variance = np.mean(preds.var(axis=1))
    return float(bias2), float(variance)


def main():
    degrees = list(range(0, 16))
    train, val = capacity_curve(degrees)
    best = degrees[int(np.argmin(val))]
    print("20 training points, noise sd 0.3 (the lowest expected validation RMSE is 0.3)")
    print("degree  train RMSE  val RMSE")
    for d, tr, va in zip(degrees, train, val, strict=True):
        mark = "  <- lowest validation error" if d == best else ""
        print(f"{d:6d}  {tr:10.3f}  {va:8.3f}{mark}")
    print(f"train RMSE never rises with degree: {bool(np.all(np.diff(train) <= 1e-12))}")
    x_tr, y_tr = make_data(np.random.default_rng(0), 20)  # the same training set
    print(f"the true curve itself scores train RMSE {rmse(true_function(x_tr), y_tr):.3f}")
    print()
    print("2000 training sets, same 20 inputs, fresh noise each time:")
    print("degree    bias²  variance  bias²+variance+noise")
    for d in (1, 3, 5, 9, 12, 15):
        b2, var = bias_variance(d)
        print(f"{d:6d}  {b2:7.4f}  {var:8.4f}  {b2 + var + NOISE_SD**2:20.4f}")


if __name__ == "__main__":
    main()
