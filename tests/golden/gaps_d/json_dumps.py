import json
import numpy as np

a = np.cumsum(np.array([1.5, 2.25, 3.0]))
print(json.dumps({"total": a[-1], "steps": a.tolist(), "n": 3, "ok": True, "none": None}))
print(json.dumps({1: [1, 2.5, (3, 4)], "a": None, 2.0: "x\u00e9\n\x7f\U0001F600", False: "f"}))
print(json.dumps([1, {"b": 2, "c": []}, {}], indent=2))
print(json.dumps([], indent=2), json.dumps({}, indent=0))
print(json.dumps([1, [2]], indent=0))
print(json.dumps([1, [2]], indent=-3))
print(json.dumps({"k": [1, 2]}, indent="\t", separators=(",", ":")))
print(json.dumps({"k": [1, 2]}, indent=True))
print(json.dumps("é\"\\\b\f\r\t\x01", ensure_ascii=False))
print(json.dumps("é\"\\\b\f\r\t\x01"))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 1e16, 0.1, 1e-5, -0.0, np.float64(2.5)]))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=1))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps({"a": 1}, separators=[";", "="]))
print(json.dumps([np.float32(1), np.int64(7)], default=float))
print(json.dumps({(1, 2): 3, "x": 4}, skipkeys=True))
print(json.dumps(2**70), json.dumps(-5), json.dumps(True), json.dumps(None), json.dumps("s"))
print(json.dumps(3.0), json.dumps(float("nan")))
print(json.dumps({np.float64(0.5): 1, None: 2, True: 3}))
print(json.dumps(np.cumsum([1, 2, 3]).tolist()))
print(json.dumps(list(range(3)), indent=4))
try:
    print(json.dumps(np.cumsum([1, 2, 3])))
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(np.cumsum([1, 2, 3]).sum())
except TypeError as e:
    print("TypeError:", e)
from collections import OrderedDict, Counter, deque
print(json.dumps([1, [2]], indent=np.int64(1)))
print(json.dumps(OrderedDict(b=1, a=2)), json.dumps(Counter("aab")), json.dumps(np.str_("x")))
try:
    json.dumps(deque([1]))
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps([1], indent=np.float64(1.0))
except TypeError as e:
    print("TypeError:", e)
