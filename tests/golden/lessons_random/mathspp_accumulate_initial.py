import numpy as np
# Source: https://drops.mathspp.com/0140-compute_partial_sums_with_accumulate/tip.html (as written),
# then the same balances with np.cumsum for comparison
from itertools import accumulate
movements = [100, -200, 300, -450]
initial_balance = 1000
for balance in accumulate(movements, initial=initial_balance):
    print(balance)
print(initial_balance + np.cumsum(movements))
print(np.concatenate(([initial_balance], initial_balance + np.cumsum(movements))))
