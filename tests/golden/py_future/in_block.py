if 1:
    from __future__ import braces
return 1
