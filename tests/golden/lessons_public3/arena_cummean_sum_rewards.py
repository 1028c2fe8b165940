# Source: https://github.com/callummcdougall/arena-v1/blob/main/w6d3/utils.py
# (its two functions as written; the calls at the end are added since the file has none, with the
# kind of reward lists the bandit exercises pass them)
import numpy as np
from typing import List
Arr = np.ndarray

def sum_rewards(rewards : List[int], gamma : float = 1):
    """
    Computes the total discounted sum of rewards for an episode.
    By default, assume no discount
    Input:
        rewards [r1, r2, r3, ...] The rewards obtained during an episode
        gamma: Discount factor
    Output:
        The sum of discounted rewards 
        r1 + gamma*r2 + gamma^2 r3 + ...
    """
    total_reward = 0
    for r in rewards[:0:-1]: #reverse, excluding first
        total_reward += r
        total_reward *= gamma
    total_reward += rewards[0]
    return total_reward

def cummean(arr: Arr):
    """
    Computes the cumulative mean
    """
    return np.cumsum(arr) / np.arange(1, len(arr) + 1)


print(sum_rewards([1, 0, 0, 1]))
print(sum_rewards([1, 0, 0, 1], gamma=0.9))
print(sum_rewards(np.array([0.5, 1.5, -1.0]), gamma=0.5))
print(cummean(np.array([1.0, 0.0, 1.0, 1.0, 0.0, 1.0])))
print(cummean([3, 1, 4, 1, 5, 9, 2, 6]))
print(cummean(np.array([], dtype=float)))
rng = np.random.default_rng(0)
print(cummean(rng.normal(1.0, 2.0, size=8)))
