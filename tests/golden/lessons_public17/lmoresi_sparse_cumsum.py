# Modeled on: https://github.com/lmoresi/badlands_lethe (petsc/_sparsetools.py)
# (written for npcalc after the module, not copied: CSR row pointers expanded to COO rows by marking
# row starts and np.cumsum(..., dtype='int32'), COO rows back to pointers with np.bincount and
# np.insert(np.cumsum(nnz), 0, 0), and duplicates summed with np.lexsort and np.add.reduceat. The
# module's coo_tocsr names `start` and `n` it never defines; the call shows that NameError, then a
# learner's repair passes them in.)
import numpy as np


def csr_tocoo(indptr, indices, data):
    I = np.zeros_like(indices)
    I[indptr[1:-1]] += 1
    return np.cumsum(I, dtype='int32'), indices, data


def coo_tocsr(I, J, V):
    nnz = np.bincount(I)[start:start + n].astype('int32')
    indptr = np.insert(np.cumsum(nnz), 0, 0).astype('int32')
    return indptr, J, V


def coo_tocsr_fixed(I, J, V, start=0, n=None):
    counts = np.bincount(I)
    if n is None:
        n = len(counts)
    nnz = counts[start:start + n].astype('int32')
    indptr = np.insert(np.cumsum(nnz), 0, 0).astype('int32')
    return indptr, J, V


def sum_duplicates(I, J, V):
    order = np.lexsort((I, J))
    I, J, V = I[order], J[order], V[order]
    unique_mask = ((I[1:] != I[:-1]) |
                   (J[1:] != J[:-1]))
    unique_mask = np.append(True, unique_mask)
    unique_inds, = np.nonzero(unique_mask)
    return I[unique_mask], J[unique_mask], np.add.reduceat(V, unique_inds)


indptr = np.array([0, 2, 3, 6])
indices = np.array([0, 2, 2, 0, 1, 2])
data = np.array([1., 2., 3., 4., 5., 6.])

rows, cols, vals = csr_tocoo(indptr, indices, data)
print(rows, rows.dtype)
print(cols, vals)

try:
    coo_tocsr(rows, cols, vals)
except NameError as e:
    print(type(e).__name__, e)

ptr, J, V = coo_tocsr_fixed(rows, cols, vals)
print(ptr, ptr.dtype)
print(np.array_equal(ptr, indptr))

I = np.array([0, 0, 1, 2, 2, 0])
J = np.array([0, 2, 2, 0, 0, 2])
V = np.array([1.5, 2.0, 3.0, 4.0, 0.5, 1.0])
print(sum_duplicates(I, J, V))
