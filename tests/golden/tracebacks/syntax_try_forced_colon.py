try x:
    pass
finally:
    pass
