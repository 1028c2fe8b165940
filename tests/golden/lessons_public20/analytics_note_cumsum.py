# Modeled on: https://analytics-note.xyz/programming/python-cumsum
# (written after the Japanese note "numpy/pandasで累積和": np.arange(1, 11) and its cumsum; the
# pandas Series half is cut (npcalc has no pandas), and the cumprod the note mentions next is
# printed for the same array, with a daily-sales table added in the note's 累計 sense.)
import numpy as np

ary = np.arange(1, 11)
print(ary)
print(ary.cumsum())
print(ary.cumprod())

# 日々の売上とその日までの累計
sales = np.array([120, 80, 200, 150, 90])
days = ["月曜日", "火曜日", "水曜日", "木曜日", "金曜日"]
for day, s, total in zip(days, sales, sales.cumsum()):
    print(f"{day:<6}|{s:>5}|{total:>6}")
for day, total in zip(days, sales.cumsum()):
    print(day.ljust(8, "・") + str(total).rjust(5) + " 円")
print("累計".center(12, "="))
