# Modeled on: https://github.com/DanielValdeley/markov_move/blob/master/markov_move.py
# (one Markov move by walking a running total of the row, `accum = accum + A[s][n]`, until it
# passes a uniform draw; visits counted over many moves). Changed: 20,000 runs instead of
# 1,000,000 to keep the case quick, and np.random.seed added. Added: the same moves done with
# np.cumsum and np.searchsorted on a second seeded stream, which must agree.
import numpy as np


def markov_move(A, s):
    n, u, accum = 0, np.random.uniform(0, 1), A[s][0]
    while u > accum:
        n = n + 1
        accum = accum + A[s][n]
    return n


A = np.array([[0.3, 0.5, 0.2], [0.3, 0.4, 0.3], [0.2, 0.5, 0.3]])

np.random.seed(81)
runs = 20000
s = 0
vet_cont = {}
tam = A[0].size
vet_cont = np.zeros(tam)
for i in range(runs):
    s = markov_move(A, s)
    vet_cont[s] += 1

for i in range(tam):
    print(vet_cont[i]/runs)

np.random.seed(81)
C = np.cumsum(A, axis=1)
s = 0
vet2 = np.zeros(tam)
for i in range(runs):
    s = int(np.searchsorted(C[s], np.random.uniform(0, 1)))
    vet2[s] += 1
print(vet2 / runs, np.array_equal(vet_cont, vet2))
