data = [5, 3, 3, 1, 0, 2, 2, 8, 9, 9, 7, 6, 6, 4, 10, 1]
print(sorted(data))
print(sorted(data, reverse=True))
pairs = [(k % 4, i) for i, k in enumerate(data)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: -p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(range(20, 0, -1))[:5], sorted(range(20))[-3:])
words = ["pear", "Fig", "apple", "fig", "Apple", "kiwi"]
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len, reverse=True))
lst = [3, 1, 2]
lst.sort()
print(lst, sorted([]), sorted([1]))
try:
    sorted([3, "a", 1])
except TypeError as e:
    print(e)
x = [2, 1, "b", 0]
try:
    x.sort()
except TypeError as e:
    print(e, len(x))
