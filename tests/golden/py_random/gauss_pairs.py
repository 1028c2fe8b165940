import random
random.seed(10)
g = [random.gauss() for _ in range(6)]
print(g)
random.seed(10)
a = random.gauss()
random.seed(10)
print(a == random.gauss(), random.gauss())
random.seed(10)
random.gauss()
print(random.random())
