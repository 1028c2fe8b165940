import random
random.seed(123)
print([random.random() for _ in range(5)])
print(random.getrandbits(32), random.getrandbits(1), random.getrandbits(100))
print(random.randint(1, 6), random.randrange(1000))
