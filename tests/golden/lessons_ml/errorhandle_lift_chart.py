# Source: https://errorhandle.ai/how-to-build-a-lift-chart-a-k-a-gains-chart-in-python (as
# written, but: the unused `from sklearn.metrics import roc_curve` and the matplotlib plot dropped,
# a seed added, and prints of the plotted arrays added)
import numpy as np
np.random.seed(42)
# Sample Data
y_true = np.random.randint(0, 2, 1000) # True binary labels
y_scores = np.random.rand(1000) # Predicted probabilities
# Sort by predicted probability
sorted_indices = np.argsort(-y_scores)
y_true_sorted = y_true[sorted_indices]
# Calculate cumulative gains
cumulative_positive_rate = np.cumsum(y_true_sorted) / sum(y_true)
# Generate x-axis values (percentage of samples considered)
percent_of_samples = np.arange(1, len(y_true) + 1) / len(y_true)
print(cumulative_positive_rate[::100])
print(percent_of_samples[::100])
print(cumulative_positive_rate[-1], sum(y_true))
