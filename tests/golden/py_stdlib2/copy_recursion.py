import copy
a = []
for i in range(100000):
    a = [a]
try:
    copy.deepcopy(a)
except RecursionError as e:
    print(e)
b=[]
for i in range(400):
    b = [b]
print(len(copy.deepcopy(b)))
