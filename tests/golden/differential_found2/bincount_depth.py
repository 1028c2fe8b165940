import numpy as np
a = np.random.default_rng(3).integers(0, 5, size=(2, 3))
print(np.bincount(a.ravel()), np.bincount(a.ravel()).cumsum())
for x, kw in [(a, {}), (a.tolist(), {}), (np.int64(3), {}), (3, dict(minlength=-1)),
              (a[0], dict(weights=np.ones((1, 3)))), (a[0], dict(weights=[[1, 2, 3]])),
              (a[0], dict(weights=2.0)), ([-1], dict(weights=[[1]])), (np.array([[1.5]]), {}),
              ([], {}), (np.array([[]]), {})]:
    try:
        print(np.bincount(x, **kw))
    except Exception as e:
        print(type(e).__name__, e)
