# Modeled on: http://nicky.vanforeest.com/queueing/simulateQueueLengthProcess/case1.html
# (written for npcalc after the page, not copied: the queue length recursion
# d[n] = min(Q[n-1] + a[n], C[n]), Q[n] = Q[n-1] + a[n] - d[n] in integer arrays, then the
# input-output diagram's cumulative arrivals and departures A = cumsum(a), D = cumsum(d) whose
# difference is the queue; the plots and the author's own library are cut; the page seeds
# np.random.seed(3), and the random weeks drawn here with np.random.randint are a learner's next step)
import numpy as np

np.random.seed(3)


def computeQ(a, C, Q0=0):
    N = len(a)
    Q = np.zeros(N, dtype=int)
    d = np.zeros(N, dtype=int)
    Q[0] = Q0
    for n in range(1, N):
        d[n] = min(Q[n - 1] + a[n], C[n])
        Q[n] = Q[n - 1] + a[n] - d[n]
    return Q, d


a = [0, 4, 7, 3, 1, 5, 0, 0, 0]
C = [3] * len(a)
Q, d = computeQ(a, C)
print(Q)
print(d)

A = np.cumsum(a)
D = np.cumsum(d)
print(A)
print(D)
print(A - D)
print((A - D == Q).all())

num = 20
a = np.random.randint(0, 6, size=num)
a[0] = 0
C = 3 * np.ones(num, dtype=int)
Q, d = computeQ(a, C)
A, D = a.cumsum(), d.cumsum()
print(a)
print(Q)
print(A[-1], D[-1], Q.max(), Q.mean())
