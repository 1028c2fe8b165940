import numpy as np
w = 10
p = 3
print(f'{3.14159:{w}.{p}f}|')
