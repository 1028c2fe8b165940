# Source: https://github.com/NovemForxuz/HackerRank/blob/master/HackerRank/src/Percentile_Rank.py
# (percentile rank = (cumulative frequency - half the score's own frequency) / n * 100).
# Adapted: the input() prompts replaced by a fixed list of scores; a NumPy version by
# np.unique + cumsum added.
import numpy as np

dataset = [72, 85, 72, 90, 64, 85, 85, 99, 58, 72]
n = len(dataset)


def find_percentile_rank(score):
    # cumulative frequency is the count of all scores less than or equal to score of interest
    cFreq = cumulative_frequency(score)
    print(f"cFreq: {cFreq}")
    # frequency for the score of interest
    freq = dataset.count(score)
    print(f"freq: {freq}")
    percentile_rank = (cFreq - (0.5 * freq)) / n * 100

    return percentile_rank


def cumulative_frequency(score):
    cfreq = 0
    sData = list(set(dataset))
    for i in range(len(sData)):
        if sData[i] <= score:
            cfreq += dataset.count(sData[i])
    return cfreq


for data in dataset:
    print(f"Score: {data}, Percentile: {find_percentile_rank(data)}")

values, counts = np.unique(dataset, return_counts=True)
cum = np.cumsum(counts)
ranks = (cum - 0.5 * counts) / n * 100
for v, c, r in zip(values, cum, ranks):
    print(f"{v:>3} {c:>3} {r:6.2f}")
print(dict(zip(values.tolist(), ranks.tolist())))
