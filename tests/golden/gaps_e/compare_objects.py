import numpy as np
a = np.arange(3); f = np.ones(2, np.float32)
for t in ['a < "x"', '"x" < a', 'np.int64(3) < "x"', 'a == "x"', '"x" == a', 'a != None', 'None != a', 'a < None', 'None < a', 'f >= None',
          'np.int64(3) == None', 'np.int64(3) != None', 'np.int64(3) == "x"', 'np.int64(3) != "x"', 'np.float32(2) < None', 'np.bool_(1) < None',
          'a[:0] == None', 'a[:0] < None', 'np.arange(4).reshape(2,2) == "ab"', 'a == {}', 'a < {}', 'f < "x"', 'np.array(True) < None',
          'np.array(1) == None', 'np.array(1) == "x"', 'a.__eq__("x")', 'a.__lt__(None)', 'np.complex64(1) < None', 'a > print']:
    try:
        r = eval(t)
        print(t, '->', repr(r))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
