# Source: https://www.egtry.com/python-data-basics/running-total/ (library.py, as written)
import itertools
values = [2, 5, 3, 8, 1, 6, 4]
cumulative = list(itertools.accumulate(values))
print('RESULT:', cumulative)
