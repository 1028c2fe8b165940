x = 1
s = {[i]: 1 for i in range(2)}
