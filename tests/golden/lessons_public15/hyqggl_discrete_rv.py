# Source: https://github.com/hyqggl/py-tech-study/blob/f096abc0a61ef4ac43d755e350daba81aea843a6/n06_numPy/ex2.py
# (as published; nothing cut)
from numpy import cumsum
from numpy.random import uniform


def sample(q):
    a = 0.0
    U = uniform(0, 1)
    for i in range(len(q)):
        if a < U <= a + q[i]:
            return i
        a = a + q[i]


class discreteRV:
    """
    Generates an array of draws from a discrete random variable with vector of
    probabilities given by q.
    """

    def __init__(self, q):
        """
        The argument q is a NumPy array, or array like, nonnegative and sums
        to 1
        """
        self.q = q
        self.Q = cumsum(q)

    def draw(self, k=1):
        """
        Returns k draws from q. For each such draw, the value i is returned
        with probability q[i].
        """
        return self.Q.searchsorted(uniform(0, 1, size=k))


q = (0.1, 0.9)
d = discreteRV(q)
d.q = (0.5, 0.5)
