# Source: https://github.com/cccbook/math4code/blob/4f9de7a2634176aff4ce0644b4cc1ab9eb191c43/04-Calculus/integrate1.py
# (as published; nothing cut)
# 參考 https://en.wikipedia.org/wiki/Integral
from math import *

def integrate(f, a, b, h=0.001):
    area = 0
    x = a
    while (x < b):
        area += f(x)*h
        x += h
    return area

print('integrate(sin, 0, pi)=', integrate(sin, 0, pi))
