import sys
a = []
for i in range(1200):
    a = [a]
b = []
for i in range(1200):
    b = [b]
try:
    print(a == b)
except RecursionError as e:
    print('RE', e)
def f(n):
    if n == 0:
        return a == b
    return f(n-1)
try:
    print(f(10))
except RecursionError as e:
    print('RE2', e)
c = []
for i in range(990):
    c = [c]
d = []
for i in range(990):
    d = [d]
print(c == d)
def g(n):
    if n == 0:
        return c == d
    return g(n-1)
try:
    print(g(20))
except RecursionError as e:
    print('RE3', e)
try:
    s = '%s' % (a,)
    print(len(s))
except RecursionError as e:
    print('RE4', e)
