import random
random.seed(77)
s = random.getstate()
print(type(s), len(s), s[0], len(s[1]), s[1][-1], s[2])
first = [random.random() for _ in range(3)]
random.setstate(s)
print(first == [random.random() for _ in range(3)])
random.gauss()
s2 = random.getstate()
print(type(s2[2]))
x = random.gauss()
random.setstate(s2)
print(x == random.gauss())
