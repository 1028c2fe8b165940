import time
import random
random.seed(3)
start = time.perf_counter()
total = sum(random.randint(1, 6) for _ in range(1000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, isinstance(elapsed, float))
