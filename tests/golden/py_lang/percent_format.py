import numpy as np
print('%d items, %.3f total, %s' % (3, 2.5, 'ok'))
print('%5.1f%%' % 12.345)
print('%-6s|%06.2f|%x|%e' % ('ab', 3.14159, 255, 12345.678))
