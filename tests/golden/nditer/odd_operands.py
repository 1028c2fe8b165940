import numpy as np
def t(f):
    try:
        r = f()
        print(r if type(r).__name__ != 'nditer' else 'it')
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: np.nditer([1, 2, 3], op_flags=['readwrite']))
t(lambda: np.nditer(np.arange(3), flags=[1]))
t(lambda: np.nditer(np.arange(3), op_flags=[1]))
t(lambda: np.nditer(np.arange(3), op_flags='readwrite'))
t(lambda: np.nditer(np.arange(3))['a'])
t(lambda: np.nditer(np.arange(3))[10**30])
t(lambda: [x for x in np.nditer(np.zeros((2, 0)), flags=['zerosize_ok', 'multi_index'])])
t(lambda: np.nditer(np.zeros((2, 0)), flags=['zerosize_ok']).multi_index)
t(lambda: list(np.nditer(np.arange(4).reshape(2, 2)[:, ::-1], flags=['external_loop'])))
t(lambda: list(np.nditer([np.arange(2), np.arange(2)[::-1]], flags=['external_loop'])))
t(lambda: list(np.nditer([np.arange(6).reshape(2,3)[:, ::-1], np.arange(3)])))
t(lambda: np.nditer([None]))
t(lambda: np.nditer(None))
t(lambda: np.nditer(np.arange(3), order=3))
t(lambda: len(np.nditer([np.arange(2), 1, 2])))
t(lambda: list(np.nditer(np.arange(6).reshape(3, 2)[::2, ::-1], flags=['c_index'])))
