[x, y for x in z if x]
