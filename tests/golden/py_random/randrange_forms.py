import random
random.seed(99)
print([random.randrange(10) for _ in range(10)])
print([random.randrange(-5, 5) for _ in range(10)])
print([random.randrange(0, 100, 10) for _ in range(10)])
print([random.randrange(10, 0, -3) for _ in range(10)])
print(random.randrange(10**20), random.randrange(-10**20, 10**20, 7))
print(random.randrange(1), random.randrange(True), random.randrange(3, step=1))
