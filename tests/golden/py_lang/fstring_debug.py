import numpy as np
x = 5
print(f'{x=}', f'{x * 2 = }')
