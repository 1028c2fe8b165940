# Modeled on: https://github.com/jaquinocode/my-algorithms-python/blob/273766b6dcd7056d9fee8713d36e331f1e91dfb2/calc_money_given_from_oscar.py
import re
import numpy as np

first_part = """\
From Oscar Aquino
Oct 17, 2019
+$25.00

From Mom
Oct 10, 2019
+$60.00

From Oscar Aquino
Oct 9, 2019
+$25.00

Google One
Aug 24, 2019 · 100 GB (Google One)
-$19.99

From Oscar Aquino
Sep 19, 2019
+$100.00

From Oscar Aquino
Nov 5, 2018 · 8====D
+$6.18

Google Shopping
Mar 19, 2018 · Google Express, Google Express
$0.00
Refunded\
"""


def print_total_received(payments_string):
    total_received = 0
    payments_received = 0
    for i, section in enumerate(payments_string.split("\n\n")):
        lines = section.split("\n")
        source = lines[0]
        date = lines[1]
        payment = lines[2]
        payment = int(re.search(r"\d+", payment)[0])

        if "From Oscar Aquino" in source:
            total_received += payment
            payments_received += 1
    print(f"{total_received=} {payments_received=}")
    return total_received


total_sum_received = 0
total_sum_received += print_total_received(first_part)
print(f"{total_sum_received=}")

# Next: every amount with its sign and cents, as a running balance.
amounts = re.findall(r"^([+-]?)\$(\d+\.\d{2})$", first_part, re.M)
print(amounts)
signed = np.array([float(s + a) for s, a in amounts])
print(signed, signed.dtype)
print(np.cumsum(signed))
print(np.round(np.cumsum(signed), 2))
cents = np.array([int(s + a.replace(".", "")) for s, a in amounts])
print(np.cumsum(cents), np.cumsum(cents)[-1] / 100)

# Only Oscar's, by date: one pattern over the whole text.
oscar = re.compile(r"From Oscar Aquino\n(\w{3}) (\d+), (\d{4})(?: · .*)?\n\+\$(\d+)\.(\d\d)")
for m in oscar.finditer(first_part):
    print(m.span(), m.groups(), m.group(4, 5))
rows = oscar.findall(first_part)
dollars = np.array([int(r[3]) for r in rows])
print(np.cumsum(dollars), np.cumprod(dollars > 20))
print(re.sub(r"\$(\d+)\.(\d\d)", r"\1 dollars \2 cents", "+$6.18 and -$19.99"))
print(re.split(r"\n\n", first_part)[-1].split("\n"))
print(sum(map(float, re.findall(r"(?<=\$)\d+\.\d+", first_part))))
