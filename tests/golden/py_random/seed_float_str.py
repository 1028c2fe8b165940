import random
for s in [1.5, 0.1, -2.5, 1e300, 3.0, float('inf'), 'hello', '', 'npcalc ünïcode', True, False]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(0, 100))
random.seed('abc', version=1)
print(random.random())
