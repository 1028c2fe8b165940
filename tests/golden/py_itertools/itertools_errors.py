import itertools, operator, functools
try:
    print('itertools.islice([1], -1)', '->', itertools.islice([1], -1))
except Exception as e:
    print('itertools.islice([1], -1)', '->', type(e).__name__, e)
try:
    print('itertools.islice([1], 1, -1)', '->', itertools.islice([1], 1, -1))
except Exception as e:
    print('itertools.islice([1], 1, -1)', '->', type(e).__name__, e)
try:
    print('itertools.islice([1], 0, 1, 0)', '->', itertools.islice([1], 0, 1, 0))
except Exception as e:
    print('itertools.islice([1], 0, 1, 0)', '->', type(e).__name__, e)
try:
    print('itertools.islice([1])', '->', itertools.islice([1]))
except Exception as e:
    print('itertools.islice([1])', '->', type(e).__name__, e)
try:
    print('itertools.islice([1],1,2,3,4)', '->', itertools.islice([1],1,2,3,4))
except Exception as e:
    print('itertools.islice([1],1,2,3,4)', '->', type(e).__name__, e)
try:
    print('functools.reduce(operator.add, 5)', '->', functools.reduce(operator.add, 5))
except Exception as e:
    print('functools.reduce(operator.add, 5)', '->', type(e).__name__, e)
try:
    print("itertools.count('a')", '->', itertools.count('a'))
except Exception as e:
    print("itertools.count('a')", '->', type(e).__name__, e)
try:
    print('list(itertools.repeat(1, -2))', '->', list(itertools.repeat(1, -2)))
except Exception as e:
    print('list(itertools.repeat(1, -2))', '->', type(e).__name__, e)
try:
    print('repr(itertools)', '->', repr(itertools))
except Exception as e:
    print('repr(itertools)', '->', type(e).__name__, e)
try:
    print("itertools.islice([1], 'a')", '->', itertools.islice([1], 'a'))
except Exception as e:
    print("itertools.islice([1], 'a')", '->', type(e).__name__, e)
try:
    print('list(itertools.islice(range(10), 2, None))', '->', list(itertools.islice(range(10), 2, None)))
except Exception as e:
    print('list(itertools.islice(range(10), 2, None))', '->', type(e).__name__, e)
try:
    print('list(itertools.accumulate([1,2], initial=None))', '->', list(itertools.accumulate([1,2], initial=None)))
except Exception as e:
    print('list(itertools.accumulate([1,2], initial=None))', '->', type(e).__name__, e)
