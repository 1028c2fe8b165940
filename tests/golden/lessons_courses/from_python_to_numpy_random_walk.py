import numpy as np
# Source: https://github.com/rougier/from-python-to-numpy/blob/master/02-introduction.rst
# (From Python to NumPy, ch. 2 "Simple example" and "Readability vs speed": every `.. code:: python`
# block in order, as written; added: seeds for random and np.random, a print after each walk, and
# calls of function_1/function_2 on a walk as in the book's code/random_walk.py; the pycon timeit
# blocks need the book's tools module and print timings, so they are left out)
import random
random.seed(1)
np.random.seed(1)
import random

class RandomWalker:
    def __init__(self):
        self.position = 0

    def walk(self, n):
        self.position = 0
        for i in range(n):
            yield self.position
            self.position += 2*random.randint(0, 1) - 1

walker = RandomWalker()
walk = [position for position in walker.walk(1000)]
print(len(walk), walk[:12], walk[-1])

import random

def random_walk(n):
    position = 0
    walk = [position]
    for i in range(n):
        position += 2*random.randint(0, 1)-1
        walk.append(position)
    return walk

walk = random_walk(1000)
print(len(walk), walk[:12], walk[-1])

from itertools import accumulate
import random

def random_walk_faster(n=1000):
    steps = random.choices([-1,+1], k=n)
    return [0]+list(accumulate(steps))

walk = random_walk_faster(1000)
print(len(walk), walk[:12], walk[-1])

def random_walk_fastest(n=1000):
    # No 's' in NumPy choice (Python offers choice & choices)
    steps = np.random.choice([-1,+1], n)
    steps = np.cumsum(steps)
    return [0] + steps.tolist()

walk = random_walk_fastest(1000)
print(len(walk), walk[:12], walk[-1])

def function_1(seq, sub):
    return [i for i in range(len(seq) - len(sub) +1) if seq[i:i+len(sub)] == sub]

def function_2(seq, sub):
    target = np.dot(sub, sub)
    candidates = np.where(np.correlate(seq, sub, mode='valid') == target)[0]
    check = candidates[:, np.newaxis] + np.arange(len(sub))
    mask = np.all((np.take(seq, check) == sub), axis=-1)
    return candidates[mask]

W = random_walk_fastest(n=1000)
print(function_1(W, [+1, 0, -1]))
print(function_2(W, [+1, 0, -1]))
print(function_1(W, [1, 2, 3]), function_2(W, [1, 2, 3]))
