"""A docstring may come first."""
from __future__ import print_function, division
from __future__ import (absolute_import as ai, generators,
    unicode_literals, with_statement, nested_scopes, generator_stop)
import numpy as np
print(np.cumsum([1, 2, 3]) / 2, 7 / 2)
