class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def f(self):
        return self._c * 9 / 5 + 32

    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9


t = Temp(0)
t.f = 212
print(t._c, t.f)
try:
    del t.f
except AttributeError as e:
    print(e)
del t._c
try:
    t._c
except AttributeError as e:
    print(e)
