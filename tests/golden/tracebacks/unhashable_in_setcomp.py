x = 1
s = {[1] for i in range(2)}
