# np.savetxt to sys.stdout: fmt as one format per column, a list, or one
# row format; header/footer with the comments prefix; 1-D arrays; errors.
import sys
import numpy as np
table = np.cumsum(np.arange(1, 10).reshape(3, 3), axis=1)
np.savetxt(sys.stdout, table)
np.savetxt(sys.stdout, table, fmt='%d', delimiter=',')
np.savetxt(sys.stdout, table / 7, fmt='%8.3f', header='a b c\nrunning sums', footer='end')
np.savetxt(sys.stdout, table, fmt=['%d', '%.1f', '%5s'], delimiter=' | ', comments='// ', header='x')
np.savetxt(sys.stdout, table, fmt='%d + %d = %d?', newline=';\n')
np.savetxt(sys.stdout, np.cumprod([1.05] * 4), fmt='%.4f')
np.savetxt(sys.stdout, [[True, False]], fmt='%s')
np.savetxt(sys.stdout, [1, 2], fmt='%03d')
for bad in [dict(fmt='%d %d'), dict(fmt=['%d']), dict(fmt=5), dict(fmt='%c')]:
    try:
        np.savetxt(sys.stdout, table / 2, **bad)
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
for X in [np.float64(1.0), np.zeros((2, 2, 2))]:
    try:
        np.savetxt(sys.stdout, X)
    except ValueError as e:
        print("ValueError", e)
