import numpy as np
y = 2 ** "a"
