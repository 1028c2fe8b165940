import numpy as np
for i in range(5):
    if i == 3:
        break
else:
    print('no break')
print(i)
