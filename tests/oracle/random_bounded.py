"""Prints the oracle tables for src/random/bounded.rs's unit tests.

Run: /work/main/.oracle/bin/python tests/oracle/random_bounded.py
"""
import numpy as np

DTYPES = [("Bool", np.bool_), ("U8", np.int8), ("U16", np.int16), ("U32", np.int32), ("U64", np.int64)]
RANGES = {
    "Bool": [(0, 2), (1, 2)],
    "U8": [(-128, 128), (-5, 6), (0, 100), (3, 4)],
    "U16": [(-32768, 32768), (-7, 1000), (0, 3)],
    "U32": [(-2**31, 2**31), (-10, 10), (0, 1000000)],
    "U64": [(-2**63, 2**63 - 1), (-5, 2**40), (0, 10), (0, 2**33 + 5)],
}


def table(name, make, method):
    print(f"    const {name}: &[(u128, i64, i64, BoundedInt, &[i64])] = &[")
    for seed in (0, 7, 123456):
        for wname, dtype in DTYPES:
            for low, high in RANGES[wname]:
                vals = method(make(seed), low, high, dtype)
                body = ", ".join(str(int(v)) for v in vals)
                print(f"        ({seed}, {low}, {high}, BoundedInt::{wname}, &[{body}]),")
    print("    ];")


table("LEMIRE_CASES", np.random.default_rng, lambda g, lo, hi, dt: g.integers(lo, hi, 23, dtype=dt))
table("MASKED_CASES", np.random.RandomState, lambda r, lo, hi, dt: r.randint(lo, hi, 23, dtype=dt))
