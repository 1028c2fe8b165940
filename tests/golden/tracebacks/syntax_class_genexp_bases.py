class Walk(x for x in range(3)):
    pass
