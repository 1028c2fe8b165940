import numpy as np
try:
    {}['x']
except KeyError:
    raise ValueError('missing') from None
