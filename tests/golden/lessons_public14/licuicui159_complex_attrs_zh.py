# Source: https://github.com/licuicui159/sjfx_all/blob/1da29db7826b67563e30e82cac25b0613f72e881/day01/demo08_attrs.py
# (as published; nothing cut)
# -*- coding: utf-8 -*-
from __future__ import unicode_literals
"""
demo08_attrs.py
"""
import numpy as np
a = np.array([[1 + 1j, 2 + 4j, 3 + 7j],
              [4 + 2j, 5 + 5j, 6 + 8j],
              [7 + 3j, 8 + 6j, 9 + 9j]])
print(a.shape)
print(a.ndim)
print(a.dtype)
print(a.itemsize)
print(a.nbytes)
print(a.real)
print(a.imag)
print(a.T)
print([x for x in a.flat])
