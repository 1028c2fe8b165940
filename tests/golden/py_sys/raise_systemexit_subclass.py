import sys
try:
    sys.exit(3)
except SystemExit as e:
    print(repr(e), e.code, e.args)
try:
    raise SystemExit('x', 2)
except SystemExit as e:
    print(repr(e), e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print(repr(e), e.code, e.args)
class Done(SystemExit):
    pass
try:
    raise Done(5)
except SystemExit as e:
    print(repr(e), e.code, type(e).__name__)
raise Done(7)
