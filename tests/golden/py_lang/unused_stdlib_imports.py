# Lessons import modules they never use (or use only in a plotting or
# file-saving cell at the end): Python imports them, and so does npcalc.
import os
import sys
import json, re
import os.path
import numpy.fft as fft
from collections import OrderedDict
import numpy as np

print(np.cumsum([1, 2, 3]))
print(type(sys).__name__, type(fft).__name__, sys is sys)
modules = [os, sys, json]
print(len(modules))
