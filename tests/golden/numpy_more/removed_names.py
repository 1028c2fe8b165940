import numpy as np
for name in ["float", "int", "object", "str", "bool8", "NaN", "Inf", "alltrue", "float_", "product", "trapz", "round_", "asfarray", "array_api", "unicode_"]:
    try:
        getattr(np, name)
        print(name, "exists")
    except AttributeError as e:
        print(name, "->", e)
