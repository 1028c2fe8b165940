import bisect
import numpy as np

a = [1, 2, 2, 2, 5, 8]
for x in [0, 1, 2, 3, 5, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, lo=4))
print(bisect.bisect_left(a, 2, 0, -1), bisect.bisect_left(a, 9, 0, -5), bisect.bisect_right(a, 9, 10))
print(bisect.bisect(a, 2.5), bisect.bisect_left(a, True), bisect.bisect([1.0, 2.5, 3.5], 2.5))

grades = "FDCBA"
breakpoints = [60, 70, 80, 90]
print([grades[bisect.bisect(breakpoints, s)] for s in [33, 99, 77, 70, 89, 90, 100]])

records = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(records, 3, key=lambda r: r[1]), bisect.bisect(records, 3, key=lambda r: r[1]))

s = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(s, v)
print(s)
bisect.insort_left(s, 4)
bisect.insort_right(s, 4.0)
bisect.insort(s, 100, 0, 2)
print(s)
words = ["bb", "c", "dddd"]
bisect.insort(words, "aaa", key=len)
bisect.insort_left(words, "zz", key=len)
print(words)
t = []
bisect.insort(t, 3, 5)
print(t)

cum = np.cumsum([0.1, 0.2, 0.3, 0.4])
print(bisect.bisect(cum, 0.35), bisect.bisect_left(cum, 0.3), bisect.bisect_left(np.array([1, 3, 5]), np.int64(3)))
print(bisect.bisect_right(range(0, 20, 3), 9), bisect.bisect_left((1, 3, 5), 4), bisect.bisect("acef", "d"))
