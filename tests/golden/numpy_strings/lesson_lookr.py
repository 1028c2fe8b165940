# Source: https://tutorial.lookr.net/numpy/numpy-string-functions.html (its add and multiply examples as written; the page's later examples were not visible)
import numpy as np
print('Concatenating two strings:')
print(np.char.add(['hello'], [' xyz']))
print('\n')
print('Concatenation example:')
print(np.char.add(['hello', 'hi'], [' abc', ' xyz']))

print(np.char.multiply('tutorialpro ', 3))
