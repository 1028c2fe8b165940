import numpy as np
print(sum(i * j for i in range(3) for j in range(3) if i != j))
print([c * n for c, n in zip("ab", (1, 2))])
