import numpy as np
import sys

print(sys.version_info)
print(sys.version_info.major, sys.version_info.minor, sys.version_info.micro)
print(sys.version_info.releaselevel, sys.version_info.serial, len(sys.version_info))
print(sys.version_info >= (3, 8), sys.version_info < (3, 12), sys.version_info[:2] == (3, 11))
print(sys.version_info[0], list(sys.version_info), tuple(sys.version_info))
print(type(sys.version_info))
major, minor, *rest = sys.version_info
print(major, minor, rest)
if sys.version_info < (3, 9):
    print("too old")
else:
    print("Python %d.%d" % sys.version_info[:2])
print(sys.version)
print(sys.version.split()[0], sys.platform, sys.platform.startswith("linux"))
