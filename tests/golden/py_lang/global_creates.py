import numpy as np
def f():
    global g_total
    g_total = 10
f()
print(g_total)
