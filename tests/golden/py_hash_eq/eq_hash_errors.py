class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v

try:
    {OnlyEq(1)}
except TypeError as e:
    print('TypeError:', e)
try:
    hash(OnlyEq(1))
except TypeError as e:
    print('TypeError:', e)
try:
    d = {OnlyEq(1): 2}
except TypeError as e:
    print('TypeError:', e)

class NoHash:
    __hash__ = None

try:
    {NoHash(): 1}
except TypeError as e:
    print('TypeError:', e)
print(NoHash.__hash__)

class StrHash:
    def __hash__(self):
        return 'abc'

try:
    {StrHash()}
except TypeError as e:
    print('TypeError:', e)
try:
    hash(StrHash())
except TypeError as e:
    print('TypeError:', e)

class FloatHash:
    def __hash__(self):
        return 1.5

try:
    hash(FloatHash())
except TypeError as e:
    print('TypeError:', e)

class Big:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h

for h in [-1, -2, 0, 2**61 - 1, 2**61, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**100, -2**100, True]:
    print(h, hash(Big(h)))

class Boom:
    def __hash__(self):
        raise ValueError('no hash for you')

try:
    {Boom(): 1}
except ValueError as e:
    print('ValueError:', e)

class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise RuntimeError('cannot compare')

s = {BadEq()}
try:
    BadEq() in s
except RuntimeError as e:
    print('RuntimeError:', e)
b = BadEq()
s.add(b)
print(b in s, len(s))
