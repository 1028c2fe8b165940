import numpy as np
# np.all / np.any with where=: logical_and / logical_or reductions whose
# unselected elements count as the identity.
a = np.array([[True, False], [True, True]])
print(repr(np.all(a, where=[[True, False], [True, True]])), repr(np.all(a, where=[True, False])))
print(repr(np.any(a, where=[[False, True], [False, False]])), repr(np.any(a, axis=0, where=[[False, True], [False, False]])))
x = np.array([[0., 1., np.nan], [2., 0., 3.]])
print(repr(np.all(x, axis=1, where=x != 0)), repr(x.any(axis=0, where=[[False, True, False]], keepdims=True)))
print(repr(x.all(where=False)), repr(x.any(where=False)), repr(np.all(x, axis=(0, 1), where=x > 0)))
print(repr(np.all([], where=[])), repr(np.any(np.zeros((0, 2)), axis=0, where=[True, False])))
for f in [lambda: np.all(a, where=[True, False, True]), lambda: np.any(a, where=np.array([1, 0])), lambda: a.all(where=np.ones((2, 2, 2), bool))]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
