"""Grid search versus random search when only one of two hyperparameters matters.

Bergstra & Bengio (2012) observed that validation error usually depends strongly on a few
hyperparameters and weakly on the rest. With a budget of ``n = k * k`` trials, a grid tries only
``k`` distinct values of the important hyperparameter; random search tries ``n``. The toy
validation loss below lives on the unit square (think ``u`` = log learning rate rescaled to
[0, 1], ``v`` = some other hyperparameter) and its optimum is placed at random for every seed.
"""

import numpy as np


def toy_validation_loss(u, v, u_opt, v_opt, weight_v):
    """Stand-in for a validation loss: ``(u - u_opt)**2 + weight_v * (v - v_opt)**2``.

    Parameters
    ----------
    u, v : ndarray, shape (..., n)
        Trial points in [0, 1].
    u_opt, v_opt : ndarray, shape (..., 1)
        Location of the optimum (loss 0).
    weight_v : float
        Importance of ``v``; 0.001 makes ``v`` nearly irrelevant, 1 makes both matter equally.

    Returns
    -------
    ndarray, shape (..., n)
    """
    return (u - u_opt) ** 2 + weight_v * (v - v_opt) ** 2


def grid_points(n):
    """A ``k x k`` grid of cell centres, ``k = sqrt(n)``.

    Returns
    -------
    u, v : ndarray, shape (n,)

    Examples
    --------
    >>> u, v = grid_points(4)
    >>> u.tolist(), v.tolist()
    ([0.25, 0.25, 0.75, 0.75], [0.25, 0.75, 0.25, 0.75])
    """
    k = int(round(np.sqrt(n)))
    assert k * k == n, "grid search needs a square budget"
    axis = (np.arange(k) + 0.5) / k
    u, v = np.meshgrid(axis, axis, indexing="ij")
    return u.ravel(), v.ravel()


def best_regret(u, v, u_opt, v_opt, weight_v):
    """Loss of the best trial in each run (the optimum is 0, so this is the regret).

    Parameters
    ----------
    u, v : ndarray, shape (n,) or (runs, n)
    u_opt, v_opt : ndarray, shape (runs, 1)
    weight_v : float

    Returns
    -------
    ndarray, shape (runs,)
    """
    return toy_validation_loss(u, v, u_opt, v_opt, weight_v).min(axis=-1)


def compare(n, weight_v, runs, rng):
    """Mean regret of grid and random search with ``n`` trials each, over ``runs`` problems.

    Returns
    -------
    grid_mean, random_mean : float
        Average regret of the best trial found.
    random_wins : float
        Fraction of problems on which random search found a strictly better trial.
    """
    u_opt = rng.uniform(size=(runs, 1))
    v_opt = rng.uniform(size=(runs, 1))
    gu, gv = grid_points(n)
    grid = best_regret(gu, gv, u_opt, v_opt, weight_v)
    ru, rv = rng.uniform(size=(runs, n)), rng.uniform(size=(runs, n))
    rand = best_regret(ru, rv, u_opt, v_opt, weight_v)
    return float(grid.mean()), float(rand.mean()), float(np.mean(rand < grid))


def main():
    rng = np.random.default_rng(2012)
    runs = 2000
    for weight_v, title in [(0.001, "v barely matters"), (1.0, "u and v matter equally")]:
        print(f"weight of v = {weight_v} ({title}); mean regret over {runs} random problems")
        print(
            f"{'trials':>7}{'distinct u (grid/random)':>26}{'grid':>10}{'random':>10}"
            f"{'random better':>15}"
        )
        for n in [9, 16, 25, 36]:
            g, r, wins = compare(n, weight_v, runs, rng)
            k = int(round(np.sqrt(n)))
            print(f"{n:>7d}{f'{k} / {n}':>26}{g:>10.5f}{r:>10.5f}{wins:>14.0%}")


if __name__ == "__main__":
    main()
