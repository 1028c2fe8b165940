import numpy as np
x=1
if x: (
  [1])[9]
