# Source: https://fcrozetta.substack.com/p/itertools-accumulate ("Itertools - accumulate()": both
# snippets as written)
from itertools import accumulate
x = range(100)
result = list( accumulate(x) )
print(result[-1]) # 4950

from itertools import accumulate
x = range(100)
result = list ( accumulate(x,lambda acc, value: (value *2) + acc) )
print(result[-1]) # 9900
