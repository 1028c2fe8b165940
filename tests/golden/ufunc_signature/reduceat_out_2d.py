import numpy as np
a = np.arange(12).reshape(3, 4)
def show(e):
    try:
        print(repr(e()))
    except Exception as ex:
        print(type(ex).__name__, ex)
show(lambda: np.add.reduceat(a, [0, 2], axis=1, out=np.zeros((3, 3), int)))
show(lambda: np.add.reduceat(a, [0, 2], axis=0, out=np.zeros((2, 3), int)))
show(lambda: np.add.reduceat(a, [0, 2], axis=1, out=np.zeros((3, 2))))
show(lambda: np.add.reduceat(a, [0, 2], axis=1, out=np.zeros((3, 2), np.int8)))
show(lambda: np.multiply.reduceat(a, [0, 1, 2], axis=0, out=np.ones((3, 4))))
show(lambda: np.maximum.reduceat(np.arange(6.0), [0, 3], out=np.zeros(2, np.float32)))
show(lambda: np.add.reduceat(np.arange(6.0), [0, 3], out=np.zeros(2, bool)))
o = np.zeros((3, 2), int)
r = np.add.reduceat(a, [0, 2], axis=1, out=o)
print(r is o, repr(o))
