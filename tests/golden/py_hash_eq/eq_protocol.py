class Key:
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        print('hash', self.name)
        return self.h
    def __eq__(self, other):
        print('eq', self.name, other.name)
        if not isinstance(other, Key):
            return NotImplemented
        return self.name.lower() == other.name.lower()
    def __repr__(self):
        return self.name

d = {}
d[Key('a', 1)] = 1
d[Key('b', 1)] = 2
d[Key('A', 1)] = 3
print(d)
print(Key('B', 1) in d)
s = {Key('x', 5), Key('y', 5), Key('X', 5)}
print(s)
print(Key('z', 9) in s)

class Never:
    def __hash__(self):
        return 5
    def __eq__(self, other):
        return NotImplemented

n = Never()
t = {n, Never()}
print(len(t), n in t, Never() in t)
