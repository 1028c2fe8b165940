# Modeled on: https://py4u.org/questions/75551991/
# (written after "Re-number disjoint sections of an array, by order of appearance": the asker's
# baseline with np.nditer and c_index, then the vectorised answer, a cumulative sum of x[1:] !=
# x[:-1] with a False put in front by np.insert, checked by np.testing.assert_array_equal.)
import numpy as np


def renumber_loop(arr):
    assert arr.ndim == 1
    val_prev = None
    section_number = 0
    result = np.empty_like(arr, dtype=int)
    with np.nditer(
        [arr, result],
        flags=['c_index'],
        op_flags=[['readonly'], ['writeonly']]
    ) as it:
        for val_curr, res in it:
            if it.index > 0 and val_curr != val_prev:
                section_number += 1
            res[...] = section_number
            val_prev = val_curr
    return result


def renumber(arr):
    assert arr.ndim == 1
    return np.cumsum(np.insert(arr[1:] != arr[:-1], 0, False))


x = np.asarray([1, 1, 1, 1, 9, 9, 9, 3, 3, 3, 3, 3, 5, 5, 5])
desired = np.array([0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3])
np.testing.assert_array_equal(renumber(x), desired)
print(renumber(x))
print(renumber(x).dtype)
print(np.insert(x[1:] != x[:-1], 0, False))
np.testing.assert_array_equal(renumber_loop(x), desired)
print(renumber_loop(x))
print(renumber(np.array([7])))
print(renumber(np.array([2.0, 2.0, np.nan, np.nan, 1.0])))
