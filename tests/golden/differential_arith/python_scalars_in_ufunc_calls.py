import numpy as np
# NumPy turns a Python scalar into a 0-d array of the common dtype of its
# kind and the loop before any cast is checked (npy_update_operand_for_scalar).
def t(f):
    try:
        r = f()
        print(repr(r), r.dtype)
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: np.add(2, np.arange(3.0), dtype='int16', casting='equiv'))
t(lambda: np.add(2, np.arange(3), casting='equiv'))
t(lambda: np.add(2.5, np.arange(3.0), casting='equiv'))
t(lambda: np.divide(0, np.array([3, 2], dtype='int16'), casting='equiv'))
t(lambda: np.true_divide(np.float32(3.5), 2-0.5j, casting='equiv'))
t(lambda: np.floor_divide(np.arange(12, dtype='uint64')[::2], -1, np.zeros(6, 'int8'), casting='equiv'))
t(lambda: np.greater_equal(0.5, np.float32('nan'), np.zeros(6, 'int16'), casting='no'))
t(lambda: np.greater_equal(0.5, np.float32('nan'), casting='no'))
t(lambda: np.subtract(np.arange(6, dtype='float64'), -3, out=(np.zeros(6, 'float16'),), dtype='uint8', casting='safe'))
t(lambda: np.mod(np.int8(127), -129, dtype='uint8'))
t(lambda: np.add(True, np.arange(3), casting='equiv'))
t(lambda: np.multiply(-1, np.array(True), dtype='bool'))

t(lambda: np.add(np.int64(2), 1j, dtype='float16', casting='equiv'))
t(lambda: np.add(1j, np.ones(2, 'float32'), dtype='float32', casting='unsafe'))
t(lambda: np.add(1j, np.ones(2, 'float32'), dtype='float32'))
t(lambda: np.less(np.array([3+0j]), -0.0, casting='equiv'))
# Comparisons take a Python int with integers as it is.
t(lambda: np.less(7, np.arange(12, dtype='uint8')[::2].reshape(2, 3), casting='equiv'))
t(lambda: np.not_equal(np.arange(3, dtype='int16'), 300, out=np.zeros(3, 'bool'), casting='equiv'))
t(lambda: np.not_equal(-1, np.ones(3, dtype='float32'), casting='equiv'))
