import numpy as np
if 1:
  	  y = [1]
  	  y[3]  # c
