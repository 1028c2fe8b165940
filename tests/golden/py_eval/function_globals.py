import numpy as np
a = np.arange(4)
def f():
    return np.cumsum(a)
print(exec("print(f())", {"f": f}))
g = {"k": 3}
exec("def h(x):\n    return x * k\n", g)
k = 100
print(g["h"](2))
g["k"] = 5
print(g["h"](2))
exec("k = 7", g)
print(g["h"](2), k)
exec("def setk():\n    global k\n    k = 9\n", g)
g["setk"]()
print(g["k"], k)
