# Source: NumPy Example List ("accumulate") as stored in
# https://github.com/helq/pytropos/blob/master/tests/example_code/external/numpy-only/from_numpy_docs/np_accumulate.py
# (as written; prints added around the expressions the page shows the values of)
from numpy import *
print(add.accumulate(array([1.,2.,3.,4.]))) # like reduce() but also gives intermediate results
# array([ 1., 3., 6., 10.])
print(array([1., 1.+2., (1.+2.)+3., ((1.+2.)+3.)+4.])) # this is what it computed
# array([ 1., 3., 6., 10.])
print(multiply.accumulate(array([1.,2.,3.,4.]))) # works also with other operands
# array([ 1., 2., 6., 24.])
print(array([1., 1.*2., (1.*2.)*3., ((1.*2.)*3.)*4.])) # this is what it computed
# array([ 1., 2., 6., 24.])
print(add.accumulate(array([[1,2,3],[4,5,6]]), axis = 0)) # accumulate every column separately
# array([[1, 2, 3],
#        [5, 7, 9]])
print(add.accumulate(array([[1,2,3],[4,5,6]]), axis = 1)) # accumulate every row separately
# array([[ 1, 3, 6],
#        [ 4, 9, 15]])
