import numpy as np
import sys

# How a list was built decides the room it has, and so its size.
x = 7
print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2]))
# More than two constants: extended from a constant tuple (an even count).
print(sys.getsizeof([1, 2, 3]), sys.getsizeof([1, 2, 3, 4, 5]), sys.getsizeof([-1, 2.5, "a"]))
print(sys.getsizeof([(1, 2), (3, 4), (5, 6)]), sys.getsizeof([None, True, ...]))
print(sys.getsizeof([~1, -True, +2]))
# Otherwise built at once, exactly.
print(sys.getsizeof([x, 1, 2]), sys.getsizeof([x, x, x, x, x]), sys.getsizeof([[1, 2], [3, 4], [5, 6]]))
print(sys.getsizeof([x + 1, x - 1, 2 * x]), sys.getsizeof([len("ab"), 1, 2]))
# Past 30 non-constant items, appended one by one.
print(sys.getsizeof([x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]))
print(sys.getsizeof([x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]))
# list() of something with a length: that many, rounded up to even.
for n in [0, 1, 3, 10, 1000, 1001]:
    print(n, sys.getsizeof(list(range(n))))
print(sys.getsizeof(list("abcde")), sys.getsizeof(list((1, 2, 3))), sys.getsizeof(list({1: 2, 3: 4, 5: 6})))
print(sys.getsizeof(list({1, 2, 3})), sys.getsizeof(list(np.arange(7))), sys.getsizeof(list([1, 2, 3])))
# Comprehensions append.
for n in [0, 1, 4, 5, 9, 17, 100, 1000]:
    print(n, sys.getsizeof([i for i in range(n)]), sys.getsizeof([i for i in range(2 * n) if i % 2]))
# Repeats and concatenations: exactly the items.
print(sys.getsizeof([0] * 11), sys.getsizeof([x] * 3), sys.getsizeof(3 * [1, 2]), sys.getsizeof([1, 2] + [3]))
# Appending over-allocates as it grows.
grown = []
sizes = []
for i in range(40):
    grown.append(i)
    sizes.append(sys.getsizeof(grown))
print(sizes)
more = [1, 2, 3]
more.append(4)
more.append(5)
print(sys.getsizeof(more))
more[0] = 10
print(sys.getsizeof(more))
# A list of 1000 ints against the array of them: the list holds pointers,
# each int an object of its own.
nums = list(range(1000))
arr = np.arange(1000)
print(sys.getsizeof(nums), sum(sys.getsizeof(v) for v in nums), arr.nbytes, arr.itemsize)
