# Source: code-corpus notebook export "Loops" (first two cells, as written)
import numpy as np
i = 0
while i<5:
    i = i + 1
    print(i)
print('done with while loop')

name_list = ['Bob','Jane','Mary']
for name in name_list:
    print("Hello " + name)
