def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e

try:
    f()
except ZeroDivisionError as e:
    print(repr(e.__context__))

def g():
    try:
        [][0]
    except IndexError:
        raise

g()
