import numpy as np
print(0 or 'x', 1 and 0, not [], None or [] or 3)
