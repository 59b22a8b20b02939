"""L2-normalised embeddings: the dot product becomes the cosine, and vector length stops mattering."""

import numpy as np


def l2_normalise(X, eps=1e-12):
    """Rows of X (n, d) divided by their Euclidean norms (rows of norm 0 stay 0), shape (n, d)."""
    return X / np.maximum(np.linalg.norm(X, axis=1, keepdims=True), eps)


def main():
    rng = np.random.default_rng(15)
    directions = l2_normalise(rng.normal(size=(1000, 16)))
    lengths = rng.lognormal(mean=0.0, sigma=1.0, size=(1000, 1))  # e.g. frequent items: longer
    E = directions * lengths  # 1,000 item embeddings
    query = E[0]
    norms = np.linalg.norm(E, axis=1)

    dot = E @ query
    cosine = l2_normalise(E) @ l2_normalise(query[None])[0]
    top_dot, top_cos = np.argsort(-dot)[1:11], np.argsort(-cosine)[1:11]  # skip the query itself
    print(f"1,000 embeddings in 16 dimensions, median norm {np.median(norms):.2f}")
    print("10 best matches for one query     median norm   median cosine")
    for name, top in [("by raw dot product", top_dot), ("by cosine (L2-normalised)", top_cos)]:
        print(f"{name:<32}{np.median(norms[top]):>13.2f}{np.median(cosine[top]):>16.2f}")

    U = l2_normalise(E)
    dot_unit = U @ U[0]
    squared_distance = np.sum((U - U[0]) ** 2, axis=1)
    print(f"after L2 normalisation, dot product = cosine: {np.allclose(dot_unit, cosine)}")
    print(f"squared distance = 2 - 2 cosine: {np.allclose(squared_distance, 2 - 2 * cosine)}")
    same = np.array_equal(np.argsort(squared_distance)[:11], np.argsort(-cosine)[:11])
    print(f"nearest neighbours by distance = by cosine: {same}")


if __name__ == "__main__":
    main()
