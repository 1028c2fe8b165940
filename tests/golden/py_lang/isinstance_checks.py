import numpy as np
print(isinstance(3, int), isinstance(3.0, (int, float)), isinstance('a', list), isinstance(True, int))
