import numpy as np
import sys

try:
    sys.getsizeof()
except (TypeError, AttributeError, IndexError) as e:
    print('sys.getsizeof()', '->', type(e).__name__, e)
try:
    sys.getsizeof(1, 2, 3)
except (TypeError, AttributeError, IndexError) as e:
    print('sys.getsizeof(1, 2, 3)', '->', type(e).__name__, e)
try:
    sys.getsizeof(1, obj=2)
except (TypeError, AttributeError, IndexError) as e:
    print('sys.getsizeof(1, obj=2)', '->', type(e).__name__, e)
try:
    sys.stderr.write(5)
except (TypeError, AttributeError, IndexError) as e:
    print('sys.stderr.write(5)', '->', type(e).__name__, e)
try:
    sys.stderr.write()
except (TypeError, AttributeError, IndexError) as e:
    print('sys.stderr.write()', '->', type(e).__name__, e)
try:
    sys.stderr.write('a', 'b')
except (TypeError, AttributeError, IndexError) as e:
    print("sys.stderr.write('a', 'b')", '->', type(e).__name__, e)
try:
    sys.stderr.flush(1)
except (TypeError, AttributeError, IndexError) as e:
    print('sys.stderr.flush(1)', '->', type(e).__name__, e)
try:
    sys.stderr.write(s='a')
except (TypeError, AttributeError, IndexError) as e:
    print("sys.stderr.write(s='a')", '->', type(e).__name__, e)
try:
    sys.stderr.write(None)
except (TypeError, AttributeError, IndexError) as e:
    print('sys.stderr.write(None)', '->', type(e).__name__, e)
try:
    sys.exit(1, 2)
except (TypeError, AttributeError, IndexError) as e:
    print('sys.exit(1, 2)', '->', type(e).__name__, e)
try:
    print(1, file=5)
except (TypeError, AttributeError, IndexError) as e:
    print('print(1, file=5)', '->', type(e).__name__, e)
try:
    print(1, file=sys.stdout, sep=3)
except (TypeError, AttributeError, IndexError) as e:
    print('print(1, file=sys.stdout, sep=3)', '->', type(e).__name__, e)
try:
    sys.version_info[7]
except (TypeError, AttributeError, IndexError) as e:
    print('sys.version_info[7]', '->', type(e).__name__, e)
try:
    sys.version_info.major = 4
except (TypeError, AttributeError, IndexError) as e:
    print('sys.version_info.major = 4', '->', type(e).__name__, e)
# The harness captures stdout, so the real streams are shown by stderr.
print(sys.stderr, type(sys.stderr))
print(sys.getsizeof.__name__, sys.exit.__name__)
