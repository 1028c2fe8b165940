# _parser warns of syntax a future Python may read as nested sets or set
# operations.
import re
for p in ['[[a]', '[^[a]', '[a-z--]', '[a&&b]', '[a~~b]', '[a||b]', '[--a]', '[\\[]', '[a|b]']:
    print(repr(p), re.findall(p, 'a-b&[|~'))
def inner():
    return re.compile('[x&&y]').pattern
print(inner())
