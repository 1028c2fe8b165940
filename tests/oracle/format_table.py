"""Prints the (value, spec, expected) table of src/eval/format/tests.rs.

Run with the oracle: .oracle/bin/python tests/oracle/format_table.py > table
Each row is `("kind:value", "spec", "expected or !Class: message"),`.
"""
import itertools

INTS = [0, 1, -1, 7, 255, -255, 1234567, -1234567, 2**70, -(2**64)]
FLOATS = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 0.125, 1e16, 1.2345678e-7, 123456.789,
          -0.0001, 1e300, 5e-324, 1.7976931348623157e308, float('nan'), float('inf'),
          float('-inf'), 0.5, 1e-5, 99.995, 1234567.0, 123.0, -0.004]
COMPLEXES = [1+2j, complex(-0.0, -0.0), 1j, -1.5+0.25j, complex(float('nan'), float('inf')),
             complex(1e20, -1e-7), 2+0j]
STRS = ['', 'abc', 'hello world', 'é']
BOOLS = [True, False]

COMMON = ['', '10', '<10', '^10', '>10', '*^11', '=10', '+', ' ', '-', '010', '0<8', '#', 'z',
          ',', '_', '.3', '12,', '015_', 'x<+12', '+012,', 'abc', '.', ',_', '5.2', ',,', ' ^9']
INT_SPECS = ['d', 'b', 'o', 'x', 'X', '#x', '#X', '#b', '#o', '_b', '_x', '#012_x', 'c', '+c', '#c',
             'n', ',n', 's', 'e', 'f', '.2f', '%', 'g', '.2', 'z', '=+#10x', ',x', 'E', 'G', 'F']
FLOAT_SPECS = ['e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '.0f', '.0e', '#.0e', '#.0f', '.1f', '.2f',
               '.3f', '.20f', '.3e', '.10g', '#g', '#.3g', '.0g', '.1g', '.0%', '.1%', '.3',
               '.17', '#.3', 'z.1f', 'z.0f', 'z', 'z.3g', '+.2e', ' .2e', '015.3f', '015,.2f',
               '_.2f', ',.1f', '12,.3e', 'd', 'x', 's', 'c', '=+012.4G', '^+15.2%', '#', '.50f',
               '.1e', '#.0g', '-^20,.3f']
COMPLEX_SPECS = ['f', 'e', 'g', '.3', '.2f', '+.2f', 'z.1f', '#', '20', '<20', '^22.3e', '*>25',
                 '=10', '010', '%', 'n', ',', '.0f', '+', ' ', '#.0e', 'G', '0<8']
STR_SPECS = ['s', '.2', '5.1s', '^7.2', 'd', '+', '#', 'z', '=5', '05', '0>5', '<0', '.0']

def tag(v):
    if isinstance(v, bool):
        return f"b:{v}"
    if isinstance(v, int):
        return f"i:{v}"
    if isinstance(v, float):
        return f"f:{v!r}"
    if isinstance(v, complex):
        return f"c:{v.real!r},{v.imag!r}"
    return f"s:{v}"

def rust(s):
    out = []
    for ch in s:
        if ch in '"\\':
            out.append('\\' + ch)
        elif 32 <= ord(ch) < 127:
            out.append(ch)
        else:
            out.append('\\u{%x}' % ord(ch))
    return '"' + ''.join(out) + '"'

def row(v, spec):
    try:
        got = format(v, spec)
    except Exception as e:
        got = f"!{type(e).__name__}: {e}"
    print(f"    ({rust(tag(v))}, {rust(spec)}, {rust(got)}),")

for vals, specs in [(INTS, COMMON + INT_SPECS), (BOOLS, COMMON + ['d', 's', 'x']),
                    (FLOATS, COMMON + FLOAT_SPECS), (COMPLEXES, COMMON + COMPLEX_SPECS),
                    (STRS, COMMON + STR_SPECS)]:
    for v, spec in itertools.product(vals, specs):
        row(v, spec)
