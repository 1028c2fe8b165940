# Source: https://github.com/diegoami/datacamp-courses-PY/blob/bab3082929fa6f1cf2fc2f2efb46d16374715b4b/st_python/st_python_21.py
# (the course's local `from datacamp.lib import *` replaced by the `import numpy as np` it provides, and np.random.seed(21) added after it, since the published draws are unseeded; nothing else cut)
import numpy as np
np.random.seed(21)

# Draw 10,000 samples out of Poisson distribution: samples_poisson
samples_poisson = np.random.poisson(10,10000)
print(samples_poisson)
# Print the mean and standard deviation
print('Poisson:     ', np.mean(samples_poisson),
                       np.std(samples_poisson))

# Specify values of n and p to consider for Binomial: n, p
n = [20, 100, 1000]
p = [0.5, 0.1, 0.01]

# Draw 10,000 samples for each n,p pair: samples_binomial
for i in range(3):
    samples_binomial = np.random.binomial(n=n[i], p=p[i],size=10000)
    print(samples_binomial)
    # Print results
    print('n =', n[i], 'Binom:', np.mean(samples_binomial),
                                 np.std(samples_binomial))

