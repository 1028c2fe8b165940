import numpy as np
for e in ['np.strings.center([1], 3, "5")','np.strings.replace([1],"1","2")','np.strings.partition([1],"1")','np.strings.rpartition([1],"x")','np.strings.center([1.5], 3)','np.strings.ljust([True], 3)','np.strings.rjust([1], 3)', 'np.strings.center([1], 3)', 'np.strings.replace([1],"a","b")', 'np.strings.partition([1],"a")', 'np.strings.zfill([1.0], 3)', 'np.strings.center([1], 3.0)', 'np.strings.center([1], 3, "ab")']:
    try: print(e, repr(eval(e)))
    except Exception as ex: print(e, type(ex).__name__, ex)
