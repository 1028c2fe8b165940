import numpy as np
print(int('42') + 1, float('2.5'), str(3) + '!', int(3.9), round(2.675, 2), round(2.5))
