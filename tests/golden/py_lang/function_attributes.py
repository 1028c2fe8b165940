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

try:
    running_total.__name__ = 3
except (TypeError, AttributeError) as e:
    print('running_total.__name__ = 3', "->", type(e).__name__, e)
try:
    running_total.__qualname__ = None
except (TypeError, AttributeError) as e:
    print('running_total.__qualname__ = None', "->", type(e).__name__, e)
try:
    del running_total.__name__
except (TypeError, AttributeError) as e:
    print('del running_total.__name__', "->", type(e).__name__, e)
try:
    

# A bound method reads its function's attributes but sets none of its own.
class Walk:
    def step(self):
        "One step."


Walk.step.tag = 1
w = Walk()
print(w.step.tag, w.step.__module__, w.step.__dict__, w.step.__doc__, w.step.__name__)
try:
    w.step.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    w.step.x = 1
except AttributeError as e:
    print("AttributeError:", e)
running_total.nope
except (TypeError, AttributeError) as e:
    print('running_total.nope', "->", type(e).__name__, e)
try:
    del 

# A bound method reads its function's attributes but sets none of its own.
class Walk:
    def step(self):
        "One step."


Walk.step.tag = 1
w = Walk()
print(w.step.tag, w.step.__module__, w.step.__dict__, w.step.__doc__, w.step.__name__)
try:
    w.step.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    w.step.x = 1
except AttributeError as e:
    print("AttributeError:", e)
running_total.nope
except (TypeError, AttributeError) as e:
    print('del running_total.nope', "->", type(e).__name__, e)
try:
    running_total.__annotations__ = [1]
except (TypeError, AttributeError) as e:
    print('running_total.__annotations__ = [1]', "->", type(e).__name__, e)
try:
    running_total.__dict__ = 3
except (TypeError, AttributeError) as e:
    print('running_total.__dict__ = 3', "->", type(e).__name__, e)
try:
    del running_total.__dict__
except (TypeError, AttributeError) as e:
    print('del running_total.__dict__', "->", type(e).__name__, e)
try:
    square.__wrapped__
except (TypeError, AttributeError) as e:
    print('square.__wrapped__', "->", type(e).__name__, e)
try:
    len.x = 1
except (TypeError, AttributeError) as e:
    print('len.x = 1', "->", type(e).__name__, e)
try:
    len.x
except (TypeError, AttributeError) as e:
    print('len.x', "->", type(e).__name__, e)
try:
    len.__dict__
except (TypeError, AttributeError) as e:
    print('len.__dict__', "->", type(e).__name__, e)
try:
    len.__name__ = 'n'
except (TypeError, AttributeError) as e:
    print("len.__name__ = 'n'", "->", type(e).__name__, e)
try:
    len.__doc__ = 'n'
except (TypeError, AttributeError) as e:
    print("len.__doc__ = 'n'", "->", type(e).__name__, e)
try:
    del len.__qualname__
except (TypeError, AttributeError) as e:
    print('del len.__qualname__', "->", type(e).__name__, e)
try:
    del len.x
except (TypeError, AttributeError) as e:
    print('del len.x', "->", type(e).__name__, e)


# A bound method reads its function's attributes but sets none of its own.
class Walk:
    def step(self):
        "One step."


Walk.step.tag = 1
w = Walk()
print(w.step.tag, w.step.__module__, w.step.__dict__, w.step.__doc__, w.step.__name__)
try:
    w.step.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    w.step.x = 1
except AttributeError as e:
    print("AttributeError:", e)
running_total.nope
