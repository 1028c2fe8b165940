# Source: https://github.com/AllenDowney/ThinkStats2/blob/master/code/chap04.py (Think Stats
# ch. 4: percentile rank by counting, Percentile by search and by index, EvalCdf).
# Adapted: Percentile2's `percentile_rank * (len(scores)-1) / 100` is a float index under
# Python 3, so its failure is caught and shown; NumPy's equivalents added at the end.
import numpy as np

def PercentileRank(scores, your_score):
    """Computes the percentile rank relative to a sample of scores."""
    count = 0
    for score in scores:
        if score <= your_score:
            count += 1

    percentile_rank = 100.0 * count / len(scores)
    return percentile_rank

scores = [55, 66, 77, 88, 99]
your_score = 88

print('score, percentile rank')
for score in scores:
    print(score, PercentileRank(scores, score))
print()

def Percentile(scores, percentile_rank):
    """Computes the value that corresponds to a given percentile rank. """
    scores.sort()
    for score in scores:
        if PercentileRank(scores, score) >= percentile_rank:
            return score

def Percentile2(scores, percentile_rank):
    """Computes the value that corresponds to a given percentile rank.

    Slightly more efficient.
    """
    scores.sort()
    index = percentile_rank * (len(scores)-1) / 100
    return scores[index]

print('prank, score, score')
for percentile_rank in [0, 20, 25, 40, 50, 60, 75, 80, 100]:
    try:
        p2 = Percentile2(scores, percentile_rank)
    except TypeError as e:
        p2 = f"{type(e).__name__}: {e}"
    print(percentile_rank, 
          Percentile(scores, percentile_rank),
          p2)


def EvalCdf(t, x):
    """Computes CDF(x) in a sample.

    t: sequence
    x: value

    returns: cumulative probability
    """
    count = 0.0
    for value in t:
        if value <= x:
            count += 1.0

    prob = count / len(t)
    return prob

t = [1, 2, 2, 3, 5]

print('x', 'CDF(x)')
for x in range(0, 7):
    print(x, EvalCdf(t, x))

a = np.array(t)
print(np.searchsorted(np.sort(a), np.arange(7), side='right') / len(a))
print(100.0 * np.searchsorted(np.sort(scores), scores, side='right') / len(scores))
print(np.percentile(scores, [0, 20, 25, 40, 50, 60, 75, 80, 100]))
print(np.percentile(scores, [0, 20, 25, 40, 50, 60, 75, 80, 100], method='inverted_cdf'))
print(np.percentile(scores, [0, 20, 25, 40, 50, 60, 75, 80, 100], method='lower'))
