import numpy as np
# Functions carry attributes as CPython's function objects do: writable
# __name__/__qualname__/__doc__/__module__/__annotations__ and a __dict__
# for the rest.


def running_total(a, axis=None):
    "Cumulative sum."
    return np.cumsum(a, axis=axis)


square = lambda x: x * x
print(running_total.__name__, running_total.__qualname__, running_total.__module__)
print(running_total.__doc__, square.__name__, square.__doc__)
print(running_total.__dict__, running_total.__annotations__)
running_total.calls = 0
running_total.calls += 1
running_total.unit = "m"
print(running_total.calls, running_total.unit, running_total.__dict__)
print(hasattr(running_total, "calls"), hasattr(running_total, "nope"))
print(getattr(running_total, "unit"), getattr(running_total, "nope", "default"))
setattr(running_total, "calls", 5)
print(running_total.calls)
del running_total.unit
print(running_total.__dict__, hasattr(running_total, "unit"))
d = running_total.__dict__
d["extra"] = [1, 2]
print(running_total.extra, running_total.__dict__ is d)
running_total.__dict__ = {"fresh": True}
print(running_total.__dict__, hasattr(running_total, "calls"))
print(running_total(np.arange(4)))

running_total.__name__ = "renamed"
running_total.__qualname__ = "Lesson.renamed"
running_total.__doc__ = "Changed."
print(running_total.__name__, running_total.__qualname__, running_total.__doc__)
print(repr(running_total).split(" at ")[0])
try:
    running_total()
except TypeError as e:
    print("TypeError:", e)
try:
    running_total(**[1])
except TypeError as e:
    print("TypeError:", e)
del running_total.__doc__
running_total.__module__ = "lessons"
print(running_total.__doc__, running_total.__module__)


def annotated(a: np.ndarray, *rest: "more", scale: float = 1.0, **kw: int) -> np.ndarray:
    return np.cumsum(a) * scale


print(annotated.__annotations__)
annotated.__annotations__["extra"] = str
print(annotated.__annotations__)
del annotated.__annotations__
print(annotated.__annotations__)
annotated.__annotations__ = None
print(annotated.__annotations__)


def outer():
    def inner():
        return 1
    return inner


f = outer()
print(f.__qualname__, f.__name__)
outer.__qualname__ = "changed"
print(outer().__qualname__)


def attempt(label, thunk):
    try:
        thunk()
        print(label, "ok")
    except (TypeError, AttributeError) as e:
        print(label, "->", type(e).__name__, e)


def del_name():
    del running_total.__name__


def del_nope():
    del running_total.nope


def del_dict():
    del running_total.__dict__


def del_builtin_qualname():
    del len.__qualname__


def del_builtin_x():
    del len.x


attempt("__name__ = 3", lambda: setattr(running_total, "__name__", 3))
attempt("__qualname__ = None", lambda: setattr(running_total, "__qualname__", None))
attempt("del __name__", del_name)
attempt("nope", lambda: running_total.nope)
attempt("del nope", del_nope)
attempt("__annotations__ = [1]", lambda: setattr(running_total, "__annotations__", [1]))
attempt("__dict__ = 3", lambda: setattr(running_total, "__dict__", 3))
attempt("del __dict__", del_dict)
attempt("__wrapped__", lambda: square.__wrapped__)
attempt("len.x = 1", lambda: setattr(len, "x", 1))
attempt("len.x", lambda: len.x)
attempt("len.__dict__", lambda: len.__dict__)
attempt("len.__name__ = 'n'", lambda: setattr(len, "__name__", "n"))
attempt("len.__doc__ = 'n'", lambda: setattr(len, "__doc__", "n"))
attempt("del len.__qualname__", del_builtin_qualname)
attempt("del len.x", del_builtin_x)


# A bound method reads its function's attributes but sets none of its own.
class Walk:
    def step(self):
        "One step."


Walk.step.tag = 1
w = Walk()
print(w.step.tag, w.step.__module__, w.step.__dict__, w.step.__doc__, w.step.__name__)
attempt("w.step.nope", lambda: w.step.nope)
attempt("w.step.x = 1", lambda: setattr(w.step, "x", 1))
running_total.nope
