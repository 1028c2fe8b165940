# `a @= b`: matmul(a, b, out=a) with the result kept to a's shape.
import numpy as np

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def g(a, b):
    def f():
        x = a
        x @= b
        return x
    return f

t(g(np.arange(4).reshape(2, 2), np.eye(2, dtype=int)))
t(g(np.arange(4).reshape(2, 2), np.eye(2)))
t(g(np.arange(4).reshape(2, 2), 2.0))
t(g(np.arange(4.).reshape(2, 2), 2))
t(g(np.arange(4.).reshape(2, 2), np.arange(6).reshape(2, 3)))
t(g(np.arange(6).reshape(2, 3), np.ones((2, 2), dtype=int)))
t(g(np.arange(4.).reshape(2, 2), np.arange(2)))
t(g(np.arange(2.), np.arange(4).reshape(2, 2)))
t(g(np.arange(2), np.ones((2, 3), dtype=int)))
t(g(np.arange(2), np.ones(2, dtype=int)))
t(g(np.array([True, False]), np.ones((2, 2), dtype=bool)))
t(g(np.array([1, 2], dtype=np.int8), np.ones((2, 2), dtype=np.int16)))
t(g(np.array([1, 2], dtype=np.int8), [[1, 2], [3, 400]]))
t(g(np.arange(4, dtype=np.float32).reshape(2, 2), np.ones((2, 2))))
t(g(np.arange(4.).reshape(2, 2), np.ones((2, 2), dtype=complex)))

x = np.arange(6.).reshape(3, 2)
y = x
x @= [[1, 2], [3, 4]]
print(x is y, x)
x @= x[:2]
print(x)
m = np.arange(4.).reshape(2, 2)
v = m.T
v @= np.ones((2, 2))
print(m)
l = [[1, 2], [3, 4]]
l @= np.eye(2)
print(type(l).__name__, l)
r = np.arange(4).reshape(2, 2)
r.flags.writeable = False
t(g(r, np.eye(2, dtype=int)))
