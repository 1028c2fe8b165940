# Source: https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (Stack Overflow "Pythonic way to
# select list elements with different probability": the cdf/bisect answer and the WeightedTuple-free
# answers as written, a seed added)
import random
import bisect
import collections

random.seed(3679694)

def cdf(weights):
    total = sum(weights)
    result = []
    cumsum = 0
    for w in weights:
        cumsum += w
        result.append(cumsum / total)
    return result

def choice(population, weights):
    assert len(population) == len(weights)
    cdf_vals = cdf(weights)
    x = random.random()
    idx = bisect.bisect(cdf_vals, x)
    return population[idx]

weights = [0.3, 0.4, 0.3]
population = 'ABC'
counts = collections.defaultdict(int)
for i in range(10000):
    counts[choice(population, weights)] += 1
print(counts)
print(cdf(weights))

pos = ['A'] * 3 + ['B'] * 4 + ['C'] * 3
print(random.choice(pos))

pos = {'A': 3, 'B': 4, 'C': 3}
print(random.choice([x for x in pos for y in range(pos[x])]))
choice('AB', [1])
