import numpy as np
for v in ['x', None]:
    try:
        int(v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
