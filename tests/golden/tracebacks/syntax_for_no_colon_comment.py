total = 0
for x in [1, 2]  # add them
    total += x
