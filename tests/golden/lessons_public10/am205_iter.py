# Source: https://github.com/chr1shr/am205_examples/blob/76bb0c0050811b022c0b475f97f7601f4caad103/4_optimization/iter.py
# (Harvard AM205 course example, as published; nothing cut)
#!/usr/bin/python3
from math import *

def f(x):
    return exp(x)-x-2

xa=1.15
xb=1.15

for i in range(20):
    xa=log(xa+2)
    #xb=exp(xb)-2

    print(xa,f(xa))#,xb,f(xb))
