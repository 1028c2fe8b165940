import random
random.seed(1)
inside = 0
n = 20000
for _ in range(n):
    x, y = random.random(), random.random()
    if x * x + y * y < 1:
        inside += 1
print(4 * inside / n)
