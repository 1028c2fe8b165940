import sys
def main():
    try:
        sys.exit("oops")
    finally:
        print("cleanup")
try:
    main()
except SystemExit as e:
    print("caught", e, repr(e), e.code, e.args)
class Quiet(SystemExit):
    def __init__(self):
        pass
try:
    raise Quiet()
except SystemExit as e:
    print(repr(e), e.code, e.args)
e = SystemExit(4)
print(e.code, repr(e), str(e))
try:
    exit()
except SystemExit as e:
    print(repr(e), e.code, e.args)
raise SystemExit("done: %d" % 3)
