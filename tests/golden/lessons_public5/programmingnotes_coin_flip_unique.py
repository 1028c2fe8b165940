# Source: https://programmingnotes.net/machine-learning/probability-and-statistics/law-of-large-numbers
# (unseeded in the original: np.random.seed(2) added; the page's histogram_plot, cut off in the stored copy, is cut, and multiple_simulation called once to show its sums)
import numpy as np
import matplotlib.pyplot as plt
np.random.seed(2)
def coin_flip_simulation(n_simulations):
    """
    This function will random select between 1 and -1
    1: Heads
    -1: Tails
    params:
    n_simulations: number of experiments i.e. coin flips
    returs:
    returns the value counts of the simulated results
    """
    coin_flips = np.array(2*(np.random.rand(n_simulations)>.5)-1)
    return np.unique(coin_flips, return_counts=True)
events, occurrences = coin_flip_simulation(1000)
print(events), print(occurrences)
def multiple_simulation(n_simulations, k_groups):
    """This function will execute multiple simulations"""
    flip_matric = 2*(np.random.rand(n_simulations, k_groups)>.5)-1
    value_sums = np.sum(flip_matric, axis=0)
    return value_sums
print(multiple_simulation(10000, 5))
