# Source: https://www.egtry.com/python-data-basics/running-total/ (naive.py, as written; import numpy added for the corpus)
import numpy as np
values = [2, 5, 3, 8, 1, 6, 4]
running = 0
cumulative = []
for v in values:
    running = running + v
    cumulative.append(running)
print('RESULT:', cumulative)
