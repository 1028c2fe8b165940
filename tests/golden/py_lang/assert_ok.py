import numpy as np
assert 1 + 1 == 2
assert [1], 'nonempty'
print('ok')
