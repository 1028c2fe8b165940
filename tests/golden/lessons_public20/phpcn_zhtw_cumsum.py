# Modeled on: https://m.php.cn/zh-tw/faq/1796708917.html
# (written after the Traditional Chinese page "高效計算清單中的累積和": time_interval = [4, 6, 12]
# accumulated by hand in a loop and with np.cumsum, then the accumu timing table; the %timeit
# lines (Python 2's xrange among them) become a comparison of results, as timings vary.)
import numpy as np

time_interval = [4, 6, 12]

# 手動方法
t = []
total = 0
for x in time_interval:
    total += x
    t.append(total)
print(t)

a = [4, 6, 12]
print(repr(np.cumsum(a)))
print(np.cumsum(a).tolist() == t)


def accumu(lis):
    total = 0
    for x in lis:
        total += x
        yield total


print(list(accumu(range(10))))
print(np.cumsum(np.arange(10)))
print(list(accumu(range(1000)))[-1] == np.cumsum(np.arange(1000))[-1])
