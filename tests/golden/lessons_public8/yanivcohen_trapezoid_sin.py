# Source: https://github.com/yanivcohen1/python-tools/blob/06412f864a6b50660b66292ac743009803e05ae3/flaskr/tools/numpyPandasPlotly/scipy/integral.py
# (cut: `from scipy.integrate import trapz` and its I_trapz line and print, scipy being outside numpy; NumPy's np.trapezoid put in their place)
# integral ∫[0, pi](sin(x)dx)
import numpy as np

a = 0
b = np.pi
n = 11
h = (b - a) / (n - 1)
x = np.linspace(a, b, n)
f = np.sin(x)

I_trapz = np.trapezoid(f,x)
I_trap = (h/2)*(f[0] + 2 * sum(f[1:n-1]) + f[n-1])

print(I_trapz) # 1.9835235375094544
print(I_trap) #  1.9835235375094546
