import numpy as np

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise TypeError(f"cannot parse {text!r}") from e

try:
    parse("x")
except TypeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
    print(type(e.__context__).__name__)

try:
    1 / 0
except ZeroDivisionError:
    print("handling")
parse("abc")
