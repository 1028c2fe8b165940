# Source: https://github.com/licuicui159/sjfx_all/blob/b972d9b6463bd265c4a0e5c91f5c99db599cc8c3/day06/demo08_divide.py
# (as published; nothing cut)
# -*- coding: utf-8 -*-
from __future__ import unicode_literals
import numpy as np

a = np.array([20, 20, -20, -20])
b = np.array([3, -3, 6, -6])
# 真除
c = np.true_divide(a, b)
c = np.divide(a, b)
c = a / b
print('array:', c)
# 对ndarray做floor操作
d = np.floor(a / b)
print('floor_divide:', d)
# 对ndarray做ceil操作
e = np.ceil(a / b)
print('ceil ndarray:', e)
# 对ndarray做trunc操作
f = np.trunc(a / b)
print('trunc ndarray:', f)
# 对ndarray做around操作
g = np.around(a / b)
print('around ndarray:', g)
