# Source: https://kiwix.lema.org/stackoverflow.com_en_all_2023-11/questions/66898183/i-am-looking-to-find-pi-using-monte-carlo-simulation-but-somehow-i-got-lost-wi
# (the question's code as published, bugs included; plt.show() is headless)
import math
import random
import time
import numpy as np
import matplotlib.pyplot as plt
random.seed(1234)
old_est = 0
n = 1
MC_N= 1000000
results = np.repeat(0, MC_N)
for i in range(MC_N):
    x = random.random()
    y = random.random()
    A_n = math.sqrt(x*2 + y*2)
    new_est = ((n-1)/n) * old_est + (1/n)*A_n
    results[n] = new_est
    if A_n <= 1:
        n +=1
    if n > MC_N:
        break
    old_est = new_est
A_n = 4 * n / MC_N
print(results)
plt.plot(results)
plt.ylabel('numbers')
plt.show()
