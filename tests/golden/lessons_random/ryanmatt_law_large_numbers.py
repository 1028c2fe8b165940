import numpy as np
# Source: https://ryanandmattdatascience.com/law-of-large-numbers-python (both examples as
# written; the matplotlib import and plotting lines dropped)

#If we repeat the coin flip multiple times, the sum of these Bernoulli trials follows a
#Binomial distribution. However, when looking at a single flip, it's simply a Bernoulli distribution
np.random.seed(15)  # For reproducibility
# Number of trials (coin flips)
n_trials = 10000
# Simulate coin flips
coin_flips = np.random.randint(0, 2, size=n_trials)
print(coin_flips)
# Calculate cumulative mean
cumulative_mean = np.cumsum(coin_flips) / (np.arange(1, n_trials + 1))
print(cumulative_mean)

# Number of samples (salaries)
n_samples = 10000
# Parameters of the salary distribution
mu = 120000  # Mean salary
sigma = 30000  # Standard deviation
# Generate random samples of salaries
salaries = np.random.normal(mu, sigma, n_samples)
print(salaries)
# Calculate cumulative mean
cumulative_mean_salaries = np.cumsum(salaries) / (np.arange(1, n_samples + 1))
print(cumulative_mean_salaries)
