# Source: https://github.com/liuyujyyz/learning/blob/705b49800dfbb0db738e88cead4b78745fc55348/python/decorators.py (as written, but the timing lines, the time.time() calls and the os.getenv('DEBUG') print of the cost, are left out with the now unused imports of time and os; the check of the sums and of what functools.wraps copied is added)
import functools
import numpy as np

def repeat(num=0):
    def timer(func):
        def wrapper(*args, **kargs):
            print('test %s'%num)
            return func(*args, **kargs)
        return wrapper
    return timer


def timer(func):
    @functools.wraps(func)
    def fuck(*args, **kargs):
        re = func(*args, **kargs)
        return re
    return fuck

@timer
def add2(L):
    c = sum(L)
    return c

@timer
def add3(L):
    c = np.sum(L)
    return c

@timer
def convert(L):
    return np.array(L)

if __name__ == '__main__':
    for L in range(10):
        A = convert(range(10000*(L+1)))
        c = add2(A)
        c = add3(A)
        print('')
        # Added: the sums, and the names the wrappers took from the functions.
        print(add2(A), c, A.dtype, A.cumsum()[-1])
    print(add2.__name__, add3.__qualname__, convert.__wrapped__.__name__, convert.__module__)
    print(repeat(2)(add3)(np.arange(4)))
