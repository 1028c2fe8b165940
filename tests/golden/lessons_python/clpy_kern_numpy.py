# Source: comp.lang.python thread "list comprehension for cumulative sums" (Robert Kern's answer) as stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (as written; print added)
import numpy as np
from numpy import cumsum
dw = [1, -1.1, 1.2]
print(repr(cumsum(dw)))
