d = {'a': 1, 'b': 2}
try:
    for k in d:
        d[k + 'x'] = 1
except RuntimeError as e:
    print("stopped:", e)
print(d)
for k in list(d):
    if k.endswith('x'):
        del d[k]
print(d)
for k in d:
    d[k] = d[k] * 10
print(d)
