import numpy as np
saved = None
try:
    int("x")
except ValueError as e:
    saved = e
print("later")
raise saved
