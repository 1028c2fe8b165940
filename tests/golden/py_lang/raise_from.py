import numpy as np
try:
    {}['x']
except KeyError as e:
    raise ValueError('missing x') from e
