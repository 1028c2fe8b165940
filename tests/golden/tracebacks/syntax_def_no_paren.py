def cumsum -> list:
    pass
