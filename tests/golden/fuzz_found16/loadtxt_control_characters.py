# np.loadtxt rejects control characters that are empty, newlines, or clash
# with each other (npcalc read '' as None and let clashes through).
import io

import numpy as np

cases = [
    dict(delimiter=""),
    dict(quotechar=""),
    dict(delimiter="\n"),
    dict(quotechar="\r"),
    dict(comments="\n"),
    dict(delimiter=",", comments=","),
    dict(delimiter=",", quotechar=","),
    dict(comments='"', quotechar='"'),
    dict(comments=" "),
    dict(quotechar=" "),
    dict(delimiter="\t", comments=["#", "\t"]),
]
for kw in cases:
    try:
        print(np.loadtxt(io.StringIO("1,2\n"), **kw))
    except TypeError as e:
        print(kw, type(e).__name__, e)
