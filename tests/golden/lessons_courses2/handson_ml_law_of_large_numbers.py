# Source: https://github.com/ageron/handson-ml2/blob/master/07_ensemble_learning_and_random_forests.ipynb
# (Aurélien Géron, "Hands-On Machine Learning", ch. 7 "Voting Classifiers": the law-of-large-numbers
# cell with 10 series of biased coin tosses; the notebook's np.random.seed(42) setup kept; the
# matplotlib plot replaced by prints of what the figure shows: the heads ratio of each series
# after 10, 100, 1000 and 10000 tosses, and how many series end above 50%)
import numpy as np

np.random.seed(42)

heads_proba = 0.51
coin_tosses = (np.random.rand(10000, 10) < heads_proba).astype(np.int32)
cumulative_heads_ratio = np.cumsum(coin_tosses, axis=0) / np.arange(1, 10001).reshape(-1, 1)

print(coin_tosses.shape, coin_tosses.dtype)
print(coin_tosses[:5])
for n in (10, 100, 1000, 10000):
    print(f"after {n:>5} tosses:", np.round(cumulative_heads_ratio[n - 1], 3))
print("series ending above 50%:", (cumulative_heads_ratio[-1] > 0.5).sum())
print("mean final ratio:", cumulative_heads_ratio[-1].mean())
