import numpy as np
return 5
