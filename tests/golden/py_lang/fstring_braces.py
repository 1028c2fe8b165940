import numpy as np
print(f'{{literal}} {1 + 1}')
