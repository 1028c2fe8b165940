# Source: "The First Cry of Atom: functools and lru_cache" (fib_cache with lru_cache(maxsize=128) and cache_info) as stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (as written; the timing lines left out, the running-total check added)
import numpy as np
from functools import lru_cache


def fib(n):
    if n in [1, 2]:
        return 1
    else:
        return fib(n - 1) + fib(n - 2)


@lru_cache(maxsize=128)
def fib_cache(n):
    if n in [1, 2]:
        return 1
    else:
        return fib_cache(n - 1) + fib_cache(n - 2)


print(fib(20))
print(fib_cache(35))
print(fib_cache.cache_info())
print(fib_cache(100))
print(fib_cache.cache_info())
# The running totals of the sequence are one less than a later term.
seq = np.array([fib_cache(n) for n in range(1, 21)])
print(np.cumsum(seq))
print(np.cumsum(seq) + 1 == np.array([fib_cache(n + 2) for n in range(1, 21)]))
