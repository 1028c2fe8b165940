# Source: https://github.com/liamcryan/practice-python ("Walking through understanding
# itertools.accumulate": the notebook's cells in order; the first print shows the iterator's
# repr, whose address differs per run, so its type is printed instead)
import itertools

iterable = range(0, 11)
r = itertools.accumulate(iterable)
print("the itertools accumulate object:  {}".format(type(r)))
print("the itertools accumulate results list:  {}".format(list(r)))


def our_own_function(a, b):
    """ if b is even, then return a + b + 1, else return 0"""

    print("a: {}  b:{}".format(a, b))
    try:
        if b % 2 == 0:
            return a + b + 1
        else:
            return 0
    except ZeroDivisionError:
        return 0


r = itertools.accumulate(iterable, func=our_own_function)
print("the itertools accumulate results list with our own func:  {}".format(list(r)))
