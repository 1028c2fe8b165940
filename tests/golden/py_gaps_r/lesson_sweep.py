import math, itertools, functools, collections
from dataclasses import dataclass, field
x = 1234.56789
print(f"{x:>10.3f}|{x:<10.1f}|{x:^12.2f}|")
print(f"{1234567:,} {1234567.891:,.2f} {0.1234:.2%} {x:e} {x:.3E} {x:g}")
print('%-8s|%8s|%08.3f|%+d|%x|%o|%5.1f%%' % ('ab', 'cd', 3.14159, 5, 255, 8, 12.34))
print('hi'.center(10, '*'), 'hi'.ljust(6, '-'), 'hi'.rjust(6, '.'), '42'.zfill(5))
words = ['banana', 'Apple', 'cherry', 'date']
print(sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(itertools.accumulate([1, 2, 3], initial=100)))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate(['a', 'b', 'c'])))
print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4], 10), functools.reduce(max, [3, 9, 2]))
c = collections.Counter('abracadabra')
print(c.most_common(3), c['z'], sum(c.values()))
d = collections.defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(d, dict(d))
m = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*m)), [list(r) for r in zip(*m)])
for i, w in enumerate(['x', 'y'], start=1):
    print(i, w)
print([[i * j for j in range(3)] for i in range(3)], [x for row in [[1, 2], [3]] for x in row])
def f(v):
    try:
        r = 10 / v
    except ZeroDivisionError:
        print('except')
        return 'e'
    else:
        print('else')
        return r
    finally:
        print('finally')
print(f(2), f(0))
class Animal:
    def __init__(self, name): self.name = name
    def __repr__(self): return f'{type(self).__name__}({self.name!r})'
    def __str__(self): return f'I am {self.name}'
    def speak(self): return '...'
class Dog(Animal):
    def speak(self): return 'Woof ' + super().speak()
d = Dog('rex')
print(d, repr(d), [d], d.speak(), isinstance(d, Animal))
@dataclass
class Point:
    x: float
    y: float = 0.0
    tags: list = field(default_factory=list)
p = Point(1.5)
print(p, p == Point(1.5), p.tags)
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: int
print(sorted([V(2, 1), V(1, 5)]), V(1, 2) < V(1, 3))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.comb(10, 3), math.prod([1, 2, 3, 4]), math.perm(5, 2))
print(math.isclose(1.0, 1.001, rel_tol=1e-2), math.gcd(12, 18), math.lcm(4, 6), math.factorial(10))
print(f"{'name':<10}{'score':>6}")
for n, s in [('ann', 91.5), ('bob', 8.25)]:
    print(f"{n:<10}{s:>6.1f}")
print(f"{3.14159:.0f} {2.5:.0f} {-0.0:.1f} {1e20:,.0f} {12:b} {255:#x} {7:03d}")
print('{:>8}|{:<8}|{:^8}|'.format('a', 'b', 'c'), '{0}{1}{0}'.format('x', 'y'), '{name}'.format(name='n'))
print(f"{x!r:>15} {'s'!r} {x=:.2f}")
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234, -2))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -3, 2 ** -1, 10 / 4)
print(sorted({'b': 2, 'a': 3}.items(), key=lambda kv: kv[1], reverse=True))
print(max(['aa', 'b', 'ccc'], key=len), min([3, 1, 2], default=0), max([], default='none'))
print(list(itertools.product('ab', repeat=2)), list(itertools.combinations([1, 2, 3], 2)))
print(list(itertools.chain([1], [2, 3])), list(itertools.islice(itertools.count(5, 2), 4)))
print(list(itertools.groupby('aabbbc')) and [(k, len(list(g))) for k, g in itertools.groupby('aabbbc')])
print(list(itertools.pairwise([1, 4, 9])), list(itertools.zip_longest('ab', 'xyz', fillvalue='-')))
print(collections.Counter([1, 1, 2]) + collections.Counter([2, 3]), collections.OrderedDict(a=1))
Pt = collections.namedtuple('Pt', 'x y')
p = Pt(1, 2)
print(p, p.x, p._asdict(), p._replace(x=5))
dq = collections.deque([1, 2, 3], maxlen=3)
dq.append(4); dq.appendleft(0)
print(dq, list(reversed(dq)))
s = 'Hello, World'
print(s.split(', '), s.upper(), s[::-1], s.find('o'), s.count('l'), s.replace('l', 'L', 1))
print(' | '.join(f'{v:5.2f}' for v in [1, 2.5, 3.14159]))
print(any(v > 2 for v in [1, 3]), all([]), sum(range(101)), list(map(str, [1, 2])), list(filter(None, [0, 1, '', 'a'])))
total = 0
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    total += i
else:
    print('no break')
print(total)
print(f"{0.000012345:.3g} {123456789:.3g} {1.0:g} {100000.0:g} {1e16:g} {float('inf'):.2f} {float('nan')}")
print(format(1234.5, ',.2f'), format(0.5, '.1%'), format(42, '>6'), format('x', '*^5'))
print(str(1/3), repr(0.1 + 0.2), 1e16, 1.0e-5, 123456789.0 * 10, float('1e300') * 1e10)
print(int('ff', 16), bin(10), hex(255), oct(8), int(3.9), int(-3.9), float('  2.5 '))
a, *b, c = range(5)
print(a, b, c)
x1, (y1, z1) = 1, (2, 3)
print(x1, y1, z1)
print({k: v ** 2 for k, v in zip('abc', range(3))}, {i % 3 for i in range(10)})
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted('hello'), ''.join(sorted('hello', reverse=True)))
try:
    raise ValueError('bad value')
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
class Stack:
    def __init__(self): self.items = []
    def push(self, v): self.items.append(v); return self
    def __len__(self): return len(self.items)
    def __iter__(self): return iter(self.items)
    def __getitem__(self, i): return self.items[i]
s = Stack().push(1).push(2)
print(len(s), list(s), s[-1], 2 in s)
class Acc:
    count = 0
    def __init__(self): Acc.count += 1
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(x): return x * 2
    @property
    def double(self): return Acc.count * 2
Acc(); a = Acc.make()
print(Acc.count, Acc.helper(4), a.double)

print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 0), round(15, -1), round(12, 2), round(True, -1), round(10**20+5, -1))
print(type(round(1234,-2)))
print(round(-15, -1), round(25, -1), round(0, -3), round(7, -10**6))
