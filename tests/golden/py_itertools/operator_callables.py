import numpy as np
import operator as op, itertools
try:
    print('op.itemgetter(1)', '->', repr(op.itemgetter(1)))
except Exception as e:
    print('op.itemgetter(1)', '->', type(e).__name__, e)
try:
    print("op.itemgetter(1, 'a')", '->', repr(op.itemgetter(1, 'a')))
except Exception as e:
    print("op.itemgetter(1, 'a')", '->', type(e).__name__, e)
try:
    print("op.attrgetter('real', 'imag.real')", '->', repr(op.attrgetter('real', 'imag.real')))
except Exception as e:
    print("op.attrgetter('real', 'imag.real')", '->', type(e).__name__, e)
try:
    print("op.methodcaller('f', 1, k=2)", '->', repr(op.methodcaller('f', 1, k=2)))
except Exception as e:
    print("op.methodcaller('f', 1, k=2)", '->', type(e).__name__, e)
try:
    print("op.methodcaller('count')", '->', repr(op.methodcaller('count')))
except Exception as e:
    print("op.methodcaller('count')", '->', type(e).__name__, e)
try:
    print('op.itemgetter(1)([5, 6, 7])', '->', repr(op.itemgetter(1)([5, 6, 7])))
except Exception as e:
    print('op.itemgetter(1)([5, 6, 7])', '->', type(e).__name__, e)
try:
    print("op.itemgetter(0, -1)('abc')", '->', repr(op.itemgetter(0, -1)('abc')))
except Exception as e:
    print("op.itemgetter(0, -1)('abc')", '->', type(e).__name__, e)
try:
    print("op.itemgetter('x')({'x': 3})", '->', repr(op.itemgetter('x')({'x': 3})))
except Exception as e:
    print("op.itemgetter('x')({'x': 3})", '->', type(e).__name__, e)
try:
    print("op.attrgetter('real')(3)", '->', repr(op.attrgetter('real')(3)))
except Exception as e:
    print("op.attrgetter('real')(3)", '->', type(e).__name__, e)
try:
    print("op.attrgetter('real', 'imag')(2+3j)", '->', repr(op.attrgetter('real', 'imag')(2+3j)))
except Exception as e:
    print("op.attrgetter('real', 'imag')(2+3j)", '->', type(e).__name__, e)
try:
    print("op.attrgetter('shape')(np.zeros((2, 3)))", '->', repr(op.attrgetter('shape')(np.zeros((2, 3)))))
except Exception as e:
    print("op.attrgetter('shape')(np.zeros((2, 3)))", '->', type(e).__name__, e)
try:
    print("op.attrgetter('T.shape')(np.zeros((2, 3)))", '->', repr(op.attrgetter('T.shape')(np.zeros((2, 3)))))
except Exception as e:
    print("op.attrgetter('T.shape')(np.zeros((2, 3)))", '->', type(e).__name__, e)
try:
    print("op.methodcaller('count', 1)([1, 2, 1])", '->', repr(op.methodcaller('count', 1)([1, 2, 1])))
except Exception as e:
    print("op.methodcaller('count', 1)([1, 2, 1])", '->', type(e).__name__, e)
try:
    print("op.methodcaller('cumsum')(np.arange(4))", '->', repr(op.methodcaller('cumsum')(np.arange(4))))
except Exception as e:
    print("op.methodcaller('cumsum')(np.arange(4))", '->', type(e).__name__, e)
try:
    print("op.methodcaller('cumsum', axis=0)(np.ones((2, 2)))", '->', repr(op.methodcaller('cumsum', axis=0)(np.ones((2, 2)))))
except Exception as e:
    print("op.methodcaller('cumsum', axis=0)(np.ones((2, 2)))", '->', type(e).__name__, e)
try:
    print("op.methodcaller('split', ',', maxsplit=1)('a,b,c')", '->', repr(op.methodcaller('split', ',', maxsplit=1)('a,b,c')))
except Exception as e:
    print("op.methodcaller('split', ',', maxsplit=1)('a,b,c')", '->', type(e).__name__, e)
try:
    print("sorted([('b', 2), ('a', 3), ('c', 1)], key=op.itemgetter(1))", '->', repr(sorted([('b', 2), ('a', 3), ('c', 1)], key=op.itemgetter(1))))
except Exception as e:
    print("sorted([('b', 2), ('a', 3), ('c', 1)], key=op.itemgetter(1))", '->', type(e).__name__, e)
try:
    print("max({'a': 1, 'b': 5, 'c': 2}.items(), key=op.itemgetter(1))", '->', repr(max({'a': 1, 'b': 5, 'c': 2}.items(), key=op.itemgetter(1))))
except Exception as e:
    print("max({'a': 1, 'b': 5, 'c': 2}.items(), key=op.itemgetter(1))", '->', type(e).__name__, e)
try:
    print('list(map(op.itemgetter(0), [(1, 2), (3, 4)]))', '->', repr(list(map(op.itemgetter(0), [(1, 2), (3, 4)]))))
except Exception as e:
    print('list(map(op.itemgetter(0), [(1, 2), (3, 4)]))', '->', type(e).__name__, e)
try:
    print('type(op.itemgetter(1)).__name__', '->', repr(type(op.itemgetter(1)).__name__))
except Exception as e:
    print('type(op.itemgetter(1)).__name__', '->', type(e).__name__, e)
try:
    print('callable(op.itemgetter(1))', '->', repr(callable(op.itemgetter(1))))
except Exception as e:
    print('callable(op.itemgetter(1))', '->', type(e).__name__, e)
try:
    print('op.itemgetter()', '->', repr(op.itemgetter()))
except Exception as e:
    print('op.itemgetter()', '->', type(e).__name__, e)
try:
    print('op.itemgetter(x=1)', '->', repr(op.itemgetter(x=1)))
except Exception as e:
    print('op.itemgetter(x=1)', '->', type(e).__name__, e)
try:
    print('op.attrgetter()', '->', repr(op.attrgetter()))
except Exception as e:
    print('op.attrgetter()', '->', type(e).__name__, e)
try:
    print('op.attrgetter(1)', '->', repr(op.attrgetter(1)))
except Exception as e:
    print('op.attrgetter(1)', '->', type(e).__name__, e)
try:
    print('op.attrgetter(x=1)', '->', repr(op.attrgetter(x=1)))
except Exception as e:
    print('op.attrgetter(x=1)', '->', type(e).__name__, e)
try:
    print('op.methodcaller()', '->', repr(op.methodcaller()))
except Exception as e:
    print('op.methodcaller()', '->', type(e).__name__, e)
try:
    print('op.methodcaller(1)', '->', repr(op.methodcaller(1)))
except Exception as e:
    print('op.methodcaller(1)', '->', type(e).__name__, e)
try:
    print('op.methodcaller(x=1)', '->', repr(op.methodcaller(x=1)))
except Exception as e:
    print('op.methodcaller(x=1)', '->', type(e).__name__, e)
try:
    print('op.itemgetter(1)()', '->', repr(op.itemgetter(1)()))
except Exception as e:
    print('op.itemgetter(1)()', '->', type(e).__name__, e)
try:
    print('op.itemgetter(1)([1], [2])', '->', repr(op.itemgetter(1)([1], [2])))
except Exception as e:
    print('op.itemgetter(1)([1], [2])', '->', type(e).__name__, e)
try:
    print('op.itemgetter(1)([1], x=2)', '->', repr(op.itemgetter(1)([1], x=2)))
except Exception as e:
    print('op.itemgetter(1)([1], x=2)', '->', type(e).__name__, e)
try:
    print('op.itemgetter(1)([1])', '->', repr(op.itemgetter(1)([1])))
except Exception as e:
    print('op.itemgetter(1)([1])', '->', type(e).__name__, e)
try:
    print('op.itemgetter(1)(5)', '->', repr(op.itemgetter(1)(5)))
except Exception as e:
    print('op.itemgetter(1)(5)', '->', type(e).__name__, e)
try:
    print("op.attrgetter('nope')(1)", '->', repr(op.attrgetter('nope')(1)))
except Exception as e:
    print("op.attrgetter('nope')(1)", '->', type(e).__name__, e)
try:
    print("op.attrgetter('real.nope')(1)", '->', repr(op.attrgetter('real.nope')(1)))
except Exception as e:
    print("op.attrgetter('real.nope')(1)", '->', type(e).__name__, e)
try:
    print("op.methodcaller('nope')([])", '->', repr(op.methodcaller('nope')([])))
except Exception as e:
    print("op.methodcaller('nope')([])", '->', type(e).__name__, e)
try:
    print('op.getitem([1, 2], 1)', '->', repr(op.getitem([1, 2], 1)))
except Exception as e:
    print('op.getitem([1, 2], 1)', '->', type(e).__name__, e)
try:
    print("op.getitem({'a': 1}, 'a')", '->', repr(op.getitem({'a': 1}, 'a')))
except Exception as e:
    print("op.getitem({'a': 1}, 'a')", '->', type(e).__name__, e)
try:
    print('op.getitem([1], 5)', '->', repr(op.getitem([1], 5)))
except Exception as e:
    print('op.getitem([1], 5)', '->', type(e).__name__, e)
try:
    print('op.getitem([1])', '->', repr(op.getitem([1])))
except Exception as e:
    print('op.getitem([1])', '->', type(e).__name__, e)
try:
    print('op.contains([1, 2], 2)', '->', repr(op.contains([1, 2], 2)))
except Exception as e:
    print('op.contains([1, 2], 2)', '->', type(e).__name__, e)
try:
    print("op.contains('abc', 'z')", '->', repr(op.contains('abc', 'z')))
except Exception as e:
    print("op.contains('abc', 'z')", '->', type(e).__name__, e)
try:
    print('op.contains(1, 2)', '->', repr(op.contains(1, 2)))
except Exception as e:
    print('op.contains(1, 2)', '->', type(e).__name__, e)
try:
    print('op.concat([1], [2])', '->', repr(op.concat([1], [2])))
except Exception as e:
    print('op.concat([1], [2])', '->', type(e).__name__, e)
try:
    print("op.concat('a', 'b')", '->', repr(op.concat('a', 'b')))
except Exception as e:
    print("op.concat('a', 'b')", '->', type(e).__name__, e)
try:
    print('op.concat((1,), (2,))', '->', repr(op.concat((1,), (2,))))
except Exception as e:
    print('op.concat((1,), (2,))', '->', type(e).__name__, e)
try:
    print('op.concat(1, 2)', '->', repr(op.concat(1, 2)))
except Exception as e:
    print('op.concat(1, 2)', '->', type(e).__name__, e)
try:
    print('op.concat([1], (2,))', '->', repr(op.concat([1], (2,))))
except Exception as e:
    print('op.concat([1], (2,))', '->', type(e).__name__, e)
try:
    print('op.countOf([1, 2, 1, 1.0], 1)', '->', repr(op.countOf([1, 2, 1, 1.0], 1)))
except Exception as e:
    print('op.countOf([1, 2, 1, 1.0], 1)', '->', type(e).__name__, e)
try:
    print("op.countOf('banana', 'a')", '->', repr(op.countOf('banana', 'a')))
except Exception as e:
    print("op.countOf('banana', 'a')", '->', type(e).__name__, e)
try:
    print('op.countOf(1, 1)', '->', repr(op.countOf(1, 1)))
except Exception as e:
    print('op.countOf(1, 1)', '->', type(e).__name__, e)
try:
    print('op.indexOf([4, 5, 6], 6)', '->', repr(op.indexOf([4, 5, 6], 6)))
except Exception as e:
    print('op.indexOf([4, 5, 6], 6)', '->', type(e).__name__, e)
try:
    print('op.indexOf([1], 2)', '->', repr(op.indexOf([1], 2)))
except Exception as e:
    print('op.indexOf([1], 2)', '->', type(e).__name__, e)
try:
    print('op.truth([])', '->', repr(op.truth([])))
except Exception as e:
    print('op.truth([])', '->', type(e).__name__, e)
try:
    print('op.truth(np.float64(0.5))', '->', repr(op.truth(np.float64(0.5))))
except Exception as e:
    print('op.truth(np.float64(0.5))', '->', type(e).__name__, e)
try:
    print('op.not_(1)', '->', repr(op.not_(1)))
except Exception as e:
    print('op.not_(1)', '->', type(e).__name__, e)
try:
    print("op.not_('')", '->', repr(op.not_('')))
except Exception as e:
    print("op.not_('')", '->', type(e).__name__, e)
try:
    print('op.is_(None, None)', '->', repr(op.is_(None, None)))
except Exception as e:
    print('op.is_(None, None)', '->', type(e).__name__, e)
try:
    print('op.is_([], [])', '->', repr(op.is_([], [])))
except Exception as e:
    print('op.is_([], [])', '->', type(e).__name__, e)
try:
    print('op.is_not(None, 1)', '->', repr(op.is_not(None, 1)))
except Exception as e:
    print('op.is_not(None, 1)', '->', type(e).__name__, e)
try:
    print('op.abs(-2)', '->', repr(op.abs(-2)))
except Exception as e:
    print('op.abs(-2)', '->', type(e).__name__, e)
try:
    print('op.abs(-2.5)', '->', repr(op.abs(-2.5)))
except Exception as e:
    print('op.abs(-2.5)', '->', type(e).__name__, e)
try:
    print('op.abs(3+4j)', '->', repr(op.abs(3+4j)))
except Exception as e:
    print('op.abs(3+4j)', '->', type(e).__name__, e)
try:
    print("op.abs('a')", '->', repr(op.abs('a')))
except Exception as e:
    print("op.abs('a')", '->', type(e).__name__, e)
try:
    print('op.abs(np.array([-1, 2]))', '->', repr(op.abs(np.array([-1, 2]))))
except Exception as e:
    print('op.abs(np.array([-1, 2]))', '->', type(e).__name__, e)
try:
    print('op.index(5)', '->', repr(op.index(5)))
except Exception as e:
    print('op.index(5)', '->', type(e).__name__, e)
try:
    print('op.index(True)', '->', repr(op.index(True)))
except Exception as e:
    print('op.index(True)', '->', type(e).__name__, e)
try:
    print('op.index(np.int64(7))', '->', repr(op.index(np.int64(7))))
except Exception as e:
    print('op.index(np.int64(7))', '->', type(e).__name__, e)
try:
    print('op.index(1.5)', '->', repr(op.index(1.5)))
except Exception as e:
    print('op.index(1.5)', '->', type(e).__name__, e)
try:
    print("op.index('a')", '->', repr(op.index('a')))
except Exception as e:
    print("op.index('a')", '->', type(e).__name__, e)
try:
    print('op.length_hint([1, 2])', '->', repr(op.length_hint([1, 2])))
except Exception as e:
    print('op.length_hint([1, 2])', '->', type(e).__name__, e)
try:
    print('op.length_hint(iter([1, 2, 3]))', '->', repr(op.length_hint(iter([1, 2, 3]))))
except Exception as e:
    print('op.length_hint(iter([1, 2, 3]))', '->', type(e).__name__, e)
try:
    print('op.length_hint(iter(range(10)))', '->', repr(op.length_hint(iter(range(10)))))
except Exception as e:
    print('op.length_hint(iter(range(10)))', '->', type(e).__name__, e)
try:
    print('op.length_hint(itertools.count())', '->', repr(op.length_hint(itertools.count())))
except Exception as e:
    print('op.length_hint(itertools.count())', '->', type(e).__name__, e)
try:
    print('op.length_hint(itertools.count(), 7)', '->', repr(op.length_hint(itertools.count(), 7)))
except Exception as e:
    print('op.length_hint(itertools.count(), 7)', '->', type(e).__name__, e)
try:
    print("op.length_hint((x for x in 'ab'), 4)", '->', repr(op.length_hint((x for x in 'ab'), 4)))
except Exception as e:
    print("op.length_hint((x for x in 'ab'), 4)", '->', type(e).__name__, e)
try:
    print('op.length_hint(5)', '->', repr(op.length_hint(5)))
except Exception as e:
    print('op.length_hint(5)', '->', type(e).__name__, e)
try:
    print("op.length_hint(1, 'a')", '->', repr(op.length_hint(1, 'a')))
except Exception as e:
    print("op.length_hint(1, 'a')", '->', type(e).__name__, e)
try:
    print("op.length_hint('abcd')", '->', repr(op.length_hint('abcd')))
except Exception as e:
    print("op.length_hint('abcd')", '->', type(e).__name__, e)
try:
    print('op.truth()', '->', repr(op.truth()))
except Exception as e:
    print('op.truth()', '->', type(e).__name__, e)
try:
    print('op.truth(1, 2)', '->', repr(op.truth(1, 2)))
except Exception as e:
    print('op.truth(1, 2)', '->', type(e).__name__, e)
try:
    print('op.countOf([1])', '->', repr(op.countOf([1])))
except Exception as e:
    print('op.countOf([1])', '->', type(e).__name__, e)
try:
    print('op.setitem([1])', '->', repr(op.setitem([1])))
except Exception as e:
    print('op.setitem([1])', '->', type(e).__name__, e)
d = {'a': 1}
print(op.setitem(d, 'b', 2), d)
lst = [1, 2, 3]
op.setitem(lst, 0, 9)
print(lst)
op.delitem(lst, 0)
print(lst)
a = np.zeros(3)
op.setitem(a, 1, 5)
print(a)
try:
    op.delitem(d, 'z')
except KeyError as e:
    print('KeyError', e)
it = iter([1, 2, 3])
next(it)
print(op.length_hint(it))
totals = np.cumsum([3, 1, 4, 1, 5])
ranked = sorted(enumerate(totals), key=op.itemgetter(1), reverse=True)
print(ranked)
print(sorted([{'n': 'b', 'v': 2}, {'n': 'a', 'v': 1}], key=op.itemgetter('v')))
print(list(map(op.methodcaller('upper'), ['ab', 'c'])))
