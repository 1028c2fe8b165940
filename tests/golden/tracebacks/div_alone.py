import numpy as np
1/0
