# Source: https://wiki.gubat.org/content/stackoverflow.com_en_all_2023-11/questions/56248584/numpy-cumsum-rounding-issue
# (Stack Overflow "numpy cumsum rounding issue", the question's code, as written)
import numpy as np

X = np.repeat(30000.1,114569)
X1 = X**2
Y = np.cumsum(X1)

Z =Y[1:] - Y[:-1]
print(f'Theoretical value: 900006000.01')
print(f'first member of X1: {X1[0]}')
print(f'first member of Z: {Z[0]}')
print(f'last member of Z: {Z[-1]}')
print('They are mathematically the same, but in reality they are different')
