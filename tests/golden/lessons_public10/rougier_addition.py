# Source: https://github.com/rougier/from-python-to-numpy/blob/8a5f0d9973fe7513ef8463291ec71bf0f2453688/code/addition.py
# (From Python to Numpy; cut the import of the book's local tools module and its two print_timeit lines, which print timings)
# -----------------------------------------------------------------------------
# From Numpy to Python
# Copyright (2017) Nicolas P. Rougier - BSD license
# More information at https://github.com/rougier/numpy-book
# -----------------------------------------------------------------------------
import random
import numpy as np


def solution_1(Z1,Z2):
    return [z1+z2 for (z1,z2) in zip(Z1,Z2)]


def solution_2(Z1,Z2):
    return np.add(Z1,Z2)


if __name__ == '__main__':

    Z1 = random.sample(range(10000), 1000)
    Z2 = random.sample(range(10000), 1000)

    Z1 = [[1,2],[3,4]]
    Z2 = [[5,6],[7,8]]
    print(solution_1(Z1, Z2))
    print(solution_2(Z1, Z2))

