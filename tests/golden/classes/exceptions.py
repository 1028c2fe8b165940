class MyError(ValueError):
    pass

class InsufficientData(Exception):
    def __init__(self, n, need):
        super().__init__(f"need {need} values, got {n}")
        self.n = n
        self.need = need

class Custom(Exception):
    def __str__(self):
        return "custom!"

def window_sums(xs, k):
    if len(xs) < k:
        raise InsufficientData(len(xs), k)
    return [sum(xs[i:i + k]) for i in range(len(xs) - k + 1)]

try:
    raise MyError("bad")
except ValueError as e:
    print(type(e).__name__, e, repr(e), isinstance(e, MyError), isinstance(e, ValueError), e.args)
try:
    window_sums([1, 2], 3)
except InsufficientData as e:
    print("caught:", e, e.n, e.need, repr(e))
print(window_sums([1, 2, 3, 4], 2))
try:
    raise Custom
except Exception as e:
    print(e, repr(e), e.args)
try:
    raise MyError("a", 1)
except MyError as e:
    print(e, repr(e))
try:
    try:
        raise MyError("inner")
    except MyError:
        print("re-raising")
        raise
except ValueError as e:
    print("outer got", e)
print(issubclass(MyError, ValueError), issubclass(MyError, Exception), issubclass(InsufficientData, ValueError))
try:
    raise KeyError("k")
except MyError:
    print("wrong")
except KeyError as e:
    print("KeyError", e)
raise InsufficientData(1, 5)
