import numpy as np
words = ['pear', 'fig', 'banana']
print(sorted(words, key=lambda w: len(w)))
print(sorted(words, key=lambda w: w[-1], reverse=True))
