# Source: https://github.com/open222333/Python-Code/blob/fab019d5c442d6e8fe552f1d686fb45f78e582c6/Kingreturn_Ex/ch13/ch13_47.py
# (as published; nothing cut)
# accumulate(num,func) 列出累計的值
import itertools


def mul(x, y):
    return (x * y)


for i in itertools.accumulate((1, 2, 3, 4, 5)):
    print(i)
for i in itertools.accumulate((1, 2, 3, 4, 5), mul):
    print(i)
