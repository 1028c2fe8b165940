import numpy as np

class LessonError(Exception):
    pass

def load(n):
    try:
        return np.arange(n).reshape(3, -1)
    except ValueError as err:
        raise LessonError(f"cannot load {n} values") from err

try:
    load(10)
except LessonError as e:
    print(type(e).__name__, e)

try:
    raise ValueError("first")
except ValueError as e:
    try:
        raise
    except ValueError as again:
        print(repr(again.__context__))

try:
    int("x")
except ValueError as e:
    err = e
print(repr(err.__cause__), repr(err.__context__), err.__suppress_context__)

def helper():
    return [1, 2][5]

try:
    1 / 0
except ZeroDivisionError:
    try:
        helper()
    except IndexError as e:
        print(repr(e.__context__))

try:
    raise KeyError("k") from ValueError
except KeyError as e:
    print(repr(e.__cause__), e.__suppress_context__)

load(7)
