# Source: https://github.com/ASPP/ASPP-2018-numpy/blob/master/random-walk.py (Nicolas P. Rougier,
# BSD). The three functions as written; seeds added and the `tools.timeit` calls replaced by prints
# of what each returns, since timings differ by machine.
import random
import numpy as np

def random_walk_slow(n):
    position = 0
    walk = [position]
    for i in range(n):
        position += 2*random.randint(0, 1)-1
        walk.append(position)
    return walk


def random_walk_faster(n=1000):
    from itertools import accumulate
    # Only available from Python 3.6
    steps = random.choices([-1,+1], k=n)
    return [0]+list(accumulate(steps))

def random_walk_fastest(n=1000):
    steps = np.random.choice([-1,+1], n)
    return np.cumsum(steps)


if __name__ == '__main__':
    random.seed(1)
    np.random.seed(1)
    print(random_walk_slow(1000)[-10:])
    print(random_walk_faster(1000)[-10:])
    print(random_walk_fastest(1000)[-10:])
    print(random_walk_fastest(20))
