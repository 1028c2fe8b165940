import random
a = random.Random(42)
b = random.Random(42)
print(a.random() == b.random(), a.randint(1, 10), b.randint(1, 10))
random.seed(42)
c = random.Random(42)
print(random.random() == c.random())
print(type(a), type(a) == type(b))
c.seed(5)
print(c.random(), c.choice('xyz'), c.sample(range(5), 2), c.gauss())
d = c
d.random()
print(c.random() == random.Random(5).random())
