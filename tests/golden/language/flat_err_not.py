print(1)
x = 1 == not 2
