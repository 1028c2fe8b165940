import numpy as np
name = 'sum'
v = 3.14159
print(f'{name}: {v:.2f}')
print(f'{v!r} {name!r}')
