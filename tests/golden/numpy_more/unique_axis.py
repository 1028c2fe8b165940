# np.unique(axis=...): unique rows/columns in NumPy's structured-element order, with index/inverse/counts, the 1-D path, and NumPy's axis errors
import numpy as np
a=np.array([[20,20,10,10],[0,0,10,30],[20,20,10,10]])
r=np.unique(a,axis=1,return_inverse=True,return_index=True,return_counts=True); print(r, r[0].flags['C_CONTIGUOUS'])
print(np.unique(np.zeros((3,0)),axis=0, return_inverse=True))
print(np.unique(np.zeros((0,3)),axis=0, return_inverse=True,return_counts=True))
print(repr(np.unique(np.zeros((3,0)),axis=1)))
print(np.unique(np.array([[np.nan,1],[np.nan,1]]),axis=0))
print(np.unique(np.array([[-0.0,1],[0.0,1], [0.0, 0.5]]),axis=0, return_index=True))
print(np.unique(np.arange(6.).reshape(2,3),axis=-1))
print(np.unique(np.arange(6).reshape(1,2,3),axis=1, return_inverse=True))
print(np.unique(np.array([[1,2],[1,2]]), axis=np.int64(0)))
print(np.unique([[True, False], [True, False], [False, False]], axis=0))
try:
    np.unique(np.array(5),axis=0)
except Exception as e: print(type(e).__name__, e)
try:
    np.unique(np.arange(6).reshape(2,3),axis=2)
except Exception as e: print(type(e).__name__, e)
try:
    np.unique(np.arange(6).reshape(2,3),axis=1.0)
except Exception as e: print(type(e).__name__, e)
print(np.unique(np.array([1.0, np.nan, np.nan]), axis=0, return_inverse=True))
print(np.unique(np.array([3, 1, 3]), axis=-1, return_inverse=True, return_counts=True))
try:
    np.unique(np.array([3, 1, 3]), axis=1)
except Exception as e: print(type(e).__name__, e)
