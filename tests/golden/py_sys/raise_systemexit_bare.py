import sys
try:
    sys.exit()
except SystemExit as e:
    print(repr(e), e.args)
try:
    quit(None)
except SystemExit as e:
    print(repr(e), e.args)
raise SystemExit
