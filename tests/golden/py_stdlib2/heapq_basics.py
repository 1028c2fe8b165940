import heapq
import itertools
import numpy as np

h = []
for v in [5, 1, 8, 3, 9, 2, 7, 1, 6]:
    heapq.heappush(h, v)
    print(h)
while h:
    print(heapq.heappop(h), h)

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 4.5), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 7), data)
print(heapq.heappushpop([], 3))

big = [(i * 7919) % 5003 for i in range(3000)]
heapq.heapify(big)
print(big[:20], big[-10:])

tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (2, "test"))
heapq.heappush(tasks, (0, "idea"))
print(tasks, [heapq.heappop(tasks) for _ in range(4)])

nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums))
print(heapq.nlargest(1, nums), heapq.nsmallest(1, []), heapq.nlargest(0, nums), heapq.nsmallest(-2, nums))
print(heapq.nlargest(20, nums), heapq.nsmallest(len(nums), iter(nums)))
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 19), ("eve", 25)]
print(heapq.nlargest(2, people, key=lambda p: p[1]), heapq.nsmallest(2, people, key=lambda p: p[1]))
print(heapq.nlargest(3, iter(people), key=lambda p: p[1]), heapq.nsmallest(3, (p for p in people), key=lambda p: p[1]))
print(heapq.nlargest(1, people, key=lambda p: p[1]), heapq.nsmallest(1, iter([]), key=len))
print(heapq.nsmallest(2, np.cumsum([3, -1, 4, -1, -5, 9])), heapq.nlargest(2.0, [1, 5, 3]))

m = heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])
print(type(m).__name__, list(m))
print(list(heapq.merge([1, 3, 5], [2, 4], [], [0, 10, 11])))
print(list(heapq.merge(["aaa", "b"], ["cc", "dddd"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)), list(heapq.merge([1, 3], [2, 4], reverse=True)))
print(list(heapq.merge([(1, "a"), (2, "b")], [(1, "c")])), list(heapq.merge()))
print(list(heapq.merge([3, 1], [2], key=lambda x: -x, reverse=False)))
print(list(itertools.islice(heapq.merge(itertools.count(0, 2), itertools.count(1, 2)), 7)))
print(list(heapq.merge([1.0, 2.0], [1, 2])), list(heapq.merge([1], [1.0], [True])))
