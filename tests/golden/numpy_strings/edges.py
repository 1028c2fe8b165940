import numpy as np
S = np.strings
for e in ["S.upper(np.array([], dtype=str))", "S.center(np.array([], dtype=str), 3)", "S.partition(np.array([], dtype=str), '-')",
          "S.multiply('a', 10**12)", "S.center('a', 10**12)", "S.find(['a'], 'a', 10**30)", "S.str_len(np.array([['a','bb']]).T)",
          "S.partition(['a'], '')", "np.char.split(np.array([], dtype=str))", "S.replace(['a'], 'a', 'b', 10**30)", "S.upper(np.array(['ab','c'])[::-1])",
          "S.zfill(['a'], -5)", "np.char.partition(np.array([], dtype=str), '-')", "S.add(np.array([], dtype=str), 'a')", "S.count('abc', 'b', None, None)"]:
    try:
        r = eval(e); print(e, '->', repr(r))
    except Exception as ex:
        print(e, '!!', type(ex).__name__, ex)
