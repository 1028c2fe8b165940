import numpy as np
print(np.sum(np.array([1e308,1e308])))
print(np.array([np.inf,-np.inf]).sum())
print(np.mean(np.array([1e308,1e308])))
print(np.array([[1e308,1e308],[1,2]]).sum(axis=1))
print(np.sum(np.array([1e308,1e308,np.nan])))
print(np.sum(np.array([np.inf, 1e308,1e308])))
print(np.sum(np.array([60000, 60000], dtype=np.float16)))
print(np.prod(np.array([1e200,1e200])))
print(np.add.reduce(np.array([1e308,1e308])))
print(np.nansum(np.array([1e308,1e308])))
print(np.sum(np.array([1e308+0j,1e308])))
print(np.sum(np.array([1.0, 2.0])), np.sum(np.arange(5)), np.array([0.0, np.nan]).sum(), np.array([np.inf, 1]).sum())
print(np.mean([]))
with np.errstate(over='raise'):
    try:
        np.cumsum(np.array([1.0, 2.0])).sum() + np.sum(np.array([1e308, 1e308]))
    except FloatingPointError as e:
        print("raised:", e)
with np.errstate(all='ignore'):
    print(np.array([np.inf, -np.inf]).sum(), np.sum(np.full(100, 1e307) * 20))
print(np.sum(np.full(1000, 1e306)), np.sum(np.full(1000, 1e306), dtype=np.float32))
print(np.array([1e38, 1e38], dtype=np.float32).sum(), np.array([1e38, 1e38], dtype=np.float32).mean())
print(np.array([[np.inf, 1.0], [-np.inf, 2.0]]).sum(axis=0))
