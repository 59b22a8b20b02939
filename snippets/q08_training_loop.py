"""Training a perceptron: the weights change only on mistakes, and training has a stopping rule.

The loop below logs every step: whether the point was misclassified, and whether the weights
changed. Updates equal mistakes, and no correctly classified point ever moves the weights. A
variant that really does "update the weight in every step" (adding y x for every point, mistake
or not) is a different algorithm: it never stops changing and does not separate the data. Last,
the visiting order: on separable data every order converges within the same mistake bound, but a
fixed class-sorted order takes more epochs than shuffling.
"""

import numpy as np


def augment(X):
    """Append a constant 1 to every input (the bias becomes the last weight).

    Parameters
    ----------
    X : ndarray, shape (n, d)

    Returns
    -------
    ndarray, shape (n, d + 1)
    """
    return np.hstack([X, np.ones((X.shape[0], 1))])


def train_perceptron(X, y, lr=1.0, max_epochs=100, rng=None):
    """The perceptron algorithm with its stopping rule, logging every step.

    1. ``w = 0`` (bias included as the last weight).
    2. Each epoch, visit the points in a fresh random order.
    3. For each point, score ``s = w . [x, 1]``; if ``y s <= 0`` (a mistake),
       ``w <- w + lr y [x, 1]``; otherwise leave ``w`` alone.
    4. Stop after an epoch with no mistake, or after ``max_epochs`` epochs.

    Parameters
    ----------
    X : ndarray, shape (n, d)
        Inputs.
    y : ndarray of int, shape (n,)
        Labels in {-1, +1}.
    lr : float
        Step size; with ``w = 0`` at the start it only rescales ``w`` (see the learning-rate
        program on the same page).
    max_epochs : int
        Cap on the number of epochs, for data that may not be separable.
    rng : numpy.random.Generator or None
        Visiting order; None visits the points in order.

    Returns
    -------
    w : ndarray, shape (d + 1,)
        Final weights, bias last.
    log : dict
        ``per_epoch`` (mistakes in each epoch), ``steps``, ``mistakes``, ``updates`` (steps
        that changed ``w``) and ``changed_on_correct`` (steps that changed ``w`` although the
        point was classified correctly).
    """
    Xa = augment(X)
    w = np.zeros(Xa.shape[1])
    log = {"per_epoch": [], "steps": 0, "mistakes": 0, "updates": 0, "changed_on_correct": 0}
    for _ in range(max_epochs):
        epoch_mistakes = 0
        for i in rng.permutation(len(y)) if rng is not None else range(len(y)):
            mistake = y[i] * (Xa[i] @ w) <= 0
            w_new = w + lr * y[i] * Xa[i] if mistake else w
            changed = not np.array_equal(w_new, w)
            log["steps"] += 1
            log["mistakes"] += int(mistake)
            log["updates"] += int(changed)
            log["changed_on_correct"] += int(changed and not mistake)
            epoch_mistakes += int(mistake)
            w = w_new
        log["per_epoch"].append(epoch_mistakes)
        if epoch_mistakes == 0:
            break
    return w, log


def train_update_every_step(X, y, lr=1.0, epochs=10, rng=None):
    """A different rule, for contrast: ``w <- w + lr y [x, 1]`` for every point, right or wrong.

    Parameters
    ----------
    X : ndarray, shape (n, d)
    y : ndarray of int, shape (n,)
    lr : float
    epochs : int
    rng : numpy.random.Generator or None

    Returns
    -------
    w : ndarray, shape (d + 1,)
        Final weights.
    norms : list of float
        ``||w||`` at the end of each epoch.
    """
    Xa = augment(X)
    w = np.zeros(Xa.shape[1])
    norms = []
    for _ in range(epochs):
        for i in rng.permutation(len(y)) if rng is not None else range(len(y)):
            w = w + lr * y[i] * Xa[i]
        norms.append(float(np.linalg.norm(w)))
    return w, norms


def accuracy(w, X, y):
    """Fraction of points with ``y (w . [x, 1]) > 0``.

    Parameters
    ----------
    w : ndarray, shape (d + 1,)
    X : ndarray, shape (n, d)
    y : ndarray of int, shape (n,)

    Returns
    -------
    float
    """
    return float(np.mean(y * (augment(X) @ w) > 0))


def make_separable(n, rng):
    """``n`` points in [-1, 1]^2, labelled by a fixed line, none closer than 0.05 to it.

    Returns
    -------
    X : ndarray, shape (n, 2)
    y : ndarray of int, shape (n,)
    """
    u = np.array([2.0, -1.0, 0.3]) / np.linalg.norm([2.0, -1.0, 0.3])
    X = rng.uniform(-1.0, 1.0, size=(4 * n, 2))
    X = X[np.abs(augment(X) @ u) >= 0.05][:n]
    return X, np.where(augment(X) @ u > 0, 1, -1)


def main():
    rng = np.random.default_rng(0)
    X, y = make_separable(200, rng)

    w, log = train_perceptron(X, y, rng=rng)
    correct_steps = log["steps"] - log["mistakes"]
    print("perceptron rule (update only on a mistake):")
    print(f"  mistakes per epoch:         {log['per_epoch']}")
    print(f"  steps:                      {log['steps']}")
    print(f"  mistakes:                   {log['mistakes']}")
    print(f"  updates (weights changed):  {log['updates']}")
    print(
        f"  steps on correct points:    {correct_steps}, of which changed w: "
        f"{log['changed_on_correct']}"
    )
    print(f"  stopped because:            epoch {len(log['per_epoch'])} made no mistake")
    print(f"  training accuracy:          {accuracy(w, X, y):.3f}")

    print("\n'update the weight in every step' (add y x for every point):")
    print("  epoch  training accuracy  ||w||  w == epoch * sum(y [x, 1])")
    class_sum = (y[:, None] * augment(X)).sum(axis=0)
    for epochs in [1, 5, 10, 50]:
        w_all, norms = train_update_every_step(X, y, epochs=epochs, rng=np.random.default_rng(1))
        same = np.allclose(w_all, epochs * class_sum)
        print(f"  {epochs:5d}  {accuracy(w_all, X, y):17.3f}  {norms[-1]:7.1f}  {same!s:>26}")

    print("\nvisiting order, perceptron rule on the same data:")
    print(f"  {'order':29}  mistakes  epochs")
    for name, order in [
        ("fixed, class-sorted, +1 first", np.argsort(-y, kind="stable")),
        ("fixed, class-sorted, -1 first", np.argsort(y, kind="stable")),
    ]:
        _, log = train_perceptron(X[order], y[order])
        print(f"  {name:29}  {log['mistakes']:8d}  {len(log['per_epoch']):6d}")
    rng = np.random.default_rng(2)
    logs = [train_perceptron(X, y, rng=rng)[1] for _ in range(100)]
    mistakes = [log["mistakes"] for log in logs]
    epochs = [len(log["per_epoch"]) for log in logs]
    print(
        f"  shuffled every epoch, 100 runs: mistakes median {np.median(mistakes):.1f}"
        f" (max {max(mistakes)}), epochs median {np.median(epochs):.1f} (max {max(epochs)})"
    )


if __name__ == "__main__":
    main()
