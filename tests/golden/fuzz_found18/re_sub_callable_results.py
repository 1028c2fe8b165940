# re.sub calls repl for every match, skips None, and joins at the end:
# a non-str result fails there, named by its place among the pieces.
import re
def show(m):
    print('called at', m.start())
    return 1 if m.start() == 3 else None
for f in [lambda m: None, show, lambda m: 2.5, lambda m: m[0] * 2]:
    try:
        print(re.sub('b', f, 'abcb'))
    except TypeError as e:
        print('TypeError', e)
# A negative count or maxsplit allows no replacement or split.
print(re.sub('b', 'x', 'bbb', count=-1), re.subn('b', 'x', 'bbb', count=-2), re.sub('b', 'x', 'bbb', count=0))
print(re.split('b', 'abb', maxsplit=-1), re.split('b', 'abb', maxsplit=0), re.split('b', 'abb', maxsplit=1))
