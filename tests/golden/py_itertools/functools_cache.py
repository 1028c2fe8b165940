import numpy as np
import functools
from functools import lru_cache, cache, cmp_to_key


@lru_cache(maxsize=None)
def fib(n):
    "Fibonacci, memoised."
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print([fib(n) for n in range(15)])
print(fib(100))
print(fib.cache_info())
print(fib.__name__, fib.__doc__, fib.__wrapped__(10))
fib.cache_clear()
print(fib.cache_info())
print(fib.cache_parameters())


@lru_cache
def square(x):
    return x * x


print(square(3), square(3), square(4))
print(square.cache_info())
print(square.cache_info().hits, square.cache_info()._fields, type(square.cache_info()).__name__)


@lru_cache(maxsize=2)
def slow(x, y=1):
    print('computing', x, y)
    return x * y


slow(1); slow(2); slow(1); slow(3); slow(2); slow(1, y=1); slow(1, 1); slow(x=1)
print(slow.cache_info())


@cache
def total(n):
    return 0 if n == 0 else n + total(n - 1)


print(total(50), total.cache_info())


@lru_cache(maxsize=0)
def zero(x):
    return x


print(zero(1), zero(1), zero.cache_info())


@lru_cache(maxsize=-5)
def neg(x):
    return x


print(neg(1), neg.cache_info())


@lru_cache(typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info())


@lru_cache(None)
def cumulative(n):
    if n == 0:
        return 0
    return cumulative(n - 1) + n


print([cumulative(i) for i in range(10)], cumulative.cache_info())
print(np.cumsum(range(10)))

try:
    print('square([1])', '->', square([1]))
except Exception as e:
    print('square([1])', '->', type(e).__name__, e)
try:
    print('square({})', '->', square({}))
except Exception as e:
    print('square({})', '->', type(e).__name__, e)
try:
    print("lru_cache('a')", '->', lru_cache('a'))
except Exception as e:
    print("lru_cache('a')", '->', type(e).__name__, e)
try:
    print('lru_cache(1.5)', '->', lru_cache(1.5))
except Exception as e:
    print('lru_cache(1.5)', '->', type(e).__name__, e)
try:
    print('lru_cache(None)(1)', '->', lru_cache(None)(1))
except Exception as e:
    print('lru_cache(None)(1)', '->', type(e).__name__, e)
try:
    print('cache(1)', '->', cache(1))
except Exception as e:
    print('cache(1)', '->', type(e).__name__, e)
try:
    print('square.nope', '->', square.nope)
except Exception as e:
    print('square.nope', '->', type(e).__name__, e)
try:
    print('fib.cache_info(1)', '->', fib.cache_info(1))
except Exception as e:
    print('fib.cache_info(1)', '->', type(e).__name__, e)
try:
    print('cmp_to_key(lambda a, b: a - b)(1) < 2', '->', cmp_to_key(lambda a, b: a - b)(1) < 2)
except Exception as e:
    print('cmp_to_key(lambda a, b: a - b)(1) < 2', '->', type(e).__name__, e)

print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
words = ['pear', 'fig', 'banana', 'kiwi']
print(sorted(words, key=cmp_to_key(lambda a, b: len(a) - len(b))))
def by_total(a, b):
    return (sum(a) > sum(b)) - (sum(a) < sum(b))
print(sorted([[3, 4], [1], [2, 2]], key=cmp_to_key(by_total)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) <= K(1), K(3) == K(3), K(1) != K(1), K(5) > K(2), K(1) >= K(1))
print(max([5, 9, 2], key=cmp_to_key(lambda a, b: a - b)))
print(type(K).__name__, type(K(1)).__name__)
