# Source: https://github.com/diegoami/datacamp-courses-PY/blob/bab3082929fa6f1cf2fc2f2efb46d16374715b4b/st_python/st_python_22.py
# (the course's local `from datacamp.lib import *` replaced by the `import numpy as np` it provides, and np.random.seed(22) added after it, since the published draws are unseeded; nothing else cut)
import numpy as np
np.random.seed(22)

# Draw 10,000 samples out of Poisson distribution: n_nohitters
n_nohitters=  np.random.poisson(251/115,10000)

# Compute number of samples that are seven or greater: n_large
n_large = np.sum(n_nohitters >= 7)

# Compute probability of getting seven or more: p_large
p_large = n_large/10000

# Print the result
print('Probability of seven or more no-hitters:', p_large)


