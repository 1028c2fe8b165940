import numpy as np
abstract = [np.generic, np.number, np.integer, np.signedinteger, np.unsignedinteger,
            np.inexact, np.floating, np.complexfloating]
for a in abstract:
    print(a, [np.issubdtype(a, b) for b in abstract])
    print(a, [issubclass(a, b) for b in abstract])
