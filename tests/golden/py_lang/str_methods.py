import numpy as np
s = '  Running Total  '
print(s.strip(), s.lower(), s.upper())
print('a,b,c'.split(','), '-'.join(['x', 'y']))
print('abc'.replace('b', 'B'), 'abc'.startswith('a'), 'abc'.find('c'))
print('x'.center(5, '*'), 'ab'.zfill(5), 'hello world'.title())
