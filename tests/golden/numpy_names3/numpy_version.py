# numpy.version: the version strings of NumPy 2.4.6 (np.version, import numpy.version)
import numpy as np
print(np.version.version)
print(np.__version__)
v = np.version
print(v.short_version, v.full_version, v.git_revision, v.release)
print(hasattr(np, 'version'), type(np.version).__name__)
from numpy.version import version as V
print(V)
import numpy.version
print(numpy.version.full_version)
try:
    np.version.vers
except AttributeError as e:
    print(e)
