# Modeled on: https://github.com/iacobo/oxford-maths/blob/master/probability/gamblersruin.py
# (Oxford M3 Probability: m gambler's walks as np.cumsum(axis=1) of +win/-lose steps drawn with
# np.random.choice(p=...), each walk flattened once it reaches the lower or upper limit by
# `llim in y` and `list(y).index(llim)`). Cut: seaborn and the matplotlib plot of each walk.
# Added: np.random.seed, a second call with an upper limit, and a summary of the walks.
import numpy as np


def gamblerWalk(start=10, n=100, m=10, p=0.5, win=1, lose=-1, llim=0, ulim=None):
    """Simulate m trials of a gambler's walk of length n with starting amount
    £10, probability of success p, £win on win, and £lose on lose.
    Walk ends if walk reaches lower/upper limits llim or ulim."""

    x = np.arange(n)
    Y = np.random.choice([win, lose], size=(m, n), p=[p, 1-p])
    Y[:, 0] = start
    Y = np.cumsum(Y, axis=1)

    # Flatten score once reaches lower/upper limit
    for i, y in enumerate(Y):
        if llim in y:
            y[list(y).index(llim):] = llim
        if ulim and ulim in y:
            y[list(y).index(ulim):] = ulim

        Y[i] = y

    return Y


if __name__ == "__main__":
    np.random.seed(3)
    Y = gamblerWalk()
    print(Y.shape, Y.dtype)
    print(Y[:, -1])
    print("ruined:", (Y[:, -1] == 0).sum(), "of", len(Y))

    Y = gamblerWalk(start=5, n=200, m=8, p=0.45, llim=0, ulim=12)
    for i, y in enumerate(Y):
        end = "ruin" if y[-1] == 0 else ("goal" if y[-1] == 12 else "playing")
        print(f"walk {i}: min {y.min():2d} max {y.max():2d} final {y[-1]:2d} ({end})")
    print(Y[0, :25])
