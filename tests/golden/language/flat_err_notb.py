print(2 ** -1 < 3 and not 4 is 4)
z = a not b
