import numpy as np
import functools
# functools.wraps and update_wrapper copy a wrapped function's name,
# docstring, module, annotations and attributes, then set __wrapped__.
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)

    wrapper.calls = 0
    return wrapper


@counted
def running_total(a: np.ndarray) -> np.ndarray:
    "Cumulative sum."
    return np.cumsum(a)


print(running_total(np.arange(5)), running_total([1, 2, 3]))
print(running_total.__name__, running_total.__qualname__, running_total.__doc__)
print(running_total.__module__, running_total.__annotations__, running_total.calls)
print(running_total.__wrapped__.__name__, running_total.__wrapped__([4, 5]))
print(sorted(running_total.__dict__))
print(repr(running_total).split(" at ")[0])


def plain(x):
    return x


plain.unit = "m"
plain.tags = ["a"]


def shell(*args):
    return plain(*args)


shell.unit = "cm"
shell.own = 1
same = functools.update_wrapper(shell, plain)
print(same is shell, shell.__name__, shell.unit, shell.own, shell.tags is plain.tags)
print(shell.__wrapped__ is plain, shell.__doc__)


# Only what is asked for is copied; attributes missing on wrapped are skipped.
def bare(x):
    return x


functools.update_wrapper(bare, plain, assigned=("__name__", "missing"), updated=())
print(bare.__name__, bare.__qualname__, hasattr(bare, "unit"), bare.__wrapped__.__name__)

# wraps stacked twice: __wrapped__ chains back to the original.
def twice(func):
    @functools.wraps(func)
    def inner(a):
        return func(func(a))

    return inner


@twice
@counted
def cum(a):
    "Running total."
    return np.cumsum(a)


print(cum([1, 1, 1]), cum.__name__, cum.__doc__, cum.calls)
print(cum.__wrapped__.__wrapped__.__name__, cum.__wrapped__.calls)

w = functools.wraps(plain)
print(type(w).__name__, w.func.__name__, w.args, sorted(w.keywords))
print(w(lambda: 0).__name__)
try:
    functools.update_wrapper(shell, plain, assigned=(1,))
except TypeError as e:
    print("TypeError:", e)
try:
    functools.update_wrapper(shell, plain, updated=("__name__",))
except AttributeError as e:
    print("AttributeError:", e)
functools.update_wrapper(shell)
