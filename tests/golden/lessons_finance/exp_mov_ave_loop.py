import numpy as np
# Source: https://wiki.gubat.org/content/stackoverflow.com_en_all_2023-11/questions/64987652/is-there-a-faster-wasy-to-create-an-exponential-moving-average-than-for-loop
# (the question's function, as written; a call on a small price series added)
def exp_mov_ave(observations, n):
    exp_ave = np.mean(observations[0:n])
    lambdak = (n - 1) / (n + 1)
    exp_aves = []
    for i,element in enumerate(observations):
        if (i >= n):
            exp_ave = (lambdak * exp_ave) + ((1 - lambdak) * element)
        exp_aves.append(exp_ave)
    return np.array(exp_aves)

prices = np.array([22.27, 22.19, 22.08, 22.17, 22.18, 22.13, 22.23, 22.43, 22.24, 22.29, 22.15, 22.39])
print(exp_mov_ave(prices, 5))
