# Source: https://github.com/vitin-m/tsp_genetic/blob/02a5cb44a09c9de9bfce4d27c6abf8366740a6c6/genetic/selection.py
# (unseeded in the original: np.random.seed(0) added after the imports)
import numpy as np
from typing import Any
np.random.seed(0)

def wheel(fit : np.ndarray, amt : int) -> np.ndarray[Any, int]:
    total_fitness = np.sum(fit)
    individual_prob = fit / total_fitness
    cumulative_prob = np.cumsum(individual_prob)
    
    idxes = np.searchsorted(cumulative_prob, np.random.random(amt), side='right')
    return idxes

def main():
    pop = np.asarray([[1,2,3],[2,3,1],[2,1,3]])
    fit = np.asarray([2, 3, 5])
    print(wheel(fit, 2))


if __name__ == '__main__':
    main()