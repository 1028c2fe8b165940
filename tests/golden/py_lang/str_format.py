import numpy as np
print('{} + {} = {}'.format(1, 2, 3))
print('{1}{0}'.format('a', 'b'))
print('{x:>5}|{y:.1%}'.format(x='hi', y=0.256))
