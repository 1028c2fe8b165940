import numpy as np
# Source: https://github.com/rougier/numpy-100/blob/6447594ad639908dc979446a4ec7f0f2e62fb23b/source/exercises100.ktx
# (answer 98, as written; the prints at the end are added since the answer shows nothing)

# Author: Bas Swinckels

phi = np.arange(0, 10*np.pi, 0.1)
a = 1
x = a*phi*np.cos(phi)
y = a*phi*np.sin(phi)

dr = (np.diff(x)**2 + np.diff(y)**2)**.5 # segment lengths
r = np.zeros_like(x)
r[1:] = np.cumsum(dr)                # integrate path
r_int = np.linspace(0, r.max(), 200) # regular spaced path
x_int = np.interp(r_int, r, x)       # integrate path
y_int = np.interp(r_int, r, y)

print(len(phi), r[:5], r[-1])
print(x_int[:6])
print(y_int[-6:])
print(np.diff(r_int)[:3])
