# Source: comp.lang.python thread "list comprehension for cumulative sums" (Tim Chase's answer) as stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (as written; print added)
import numpy as np
dw = [1, -1.1, 1.2]
w = [sum(dw[:i]) for i in range(1, len(dw) + 1)]
print(w)
