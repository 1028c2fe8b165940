def running(xs) -> list
    return xs
