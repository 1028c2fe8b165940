# Source: https://github.com/bertrand202001/mergecodetest1/blob/master/clip.py
# (as written; nothing cut)
#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Created on Mon May  6 15:00:57 2019

@author: yujzhang
"""

import numpy as np

a = np.array([10, 20, 30, 40, 50])
print(a)
b = a.clip(min=15, max=45)
print(b)
c = a.compress((15 <= a) & (a <= 45))
print(c)
d = a.prod()
print(d)
e = a.cumprod()
print(e)
