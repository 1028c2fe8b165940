# A group named by number is read as int() reads it (with a
# DeprecationWarning for other than ASCII digits), then checked against
# MAXGROUPS (2**30 - 1).
import re
for r in ['\\g<+1>', '\\g< 1>', '\\g<١>', '\\g<1_0>', '\\g<-1>', '\\g<99999999999999999999>', '\\g<1073741823>']:
    try:
        print(repr(r), repr(re.sub('(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', r, 'abcdefghijk')))
    except Exception as e:
        print(repr(r), type(e).__name__, e)
for p in ['(?(1073741822)a)', '(?(1073741823)a)', '(?(99999999999999999999)a)', '(a)(?(+1)a)', '(a)(?( 1)a)', '(?(+0)a)', '(?(-1)a)']:
    try:
        print(repr(p), re.compile(p).groups)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
