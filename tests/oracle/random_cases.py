"""Writes the golden cases for np.random (tests/golden/random_*/): seeded
streams over many seeds, every supported method, sizes and dtypes. Their
expected outputs come from regen.py, which runs them under NumPy 2.4.6.

    python3 tests/oracle/random_cases.py && \
        .oracle/bin/python tests/oracle/regen.py tests/golden/random_*/*.session
"""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2] / "tests" / "golden"
SEEDS = [0, 1, 2, 3, 7, 10, 42, 99, 123, 256, 1000, 1234, 2024, 4096, 12345, 65535,
         99999, 123456789, 2**32 - 1, 2**32, 2**40 + 3, 2**63 - 1, 2**64 + 17, 2**100]
# Full precision: a wrong last bit anywhere shows.
UNIQUE = "np.set_printoptions(floatmode='unique', precision=17)\n"
INT_DTYPES = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]
written = 0


def case(topic, name, text):
    global written
    d = ROOT / topic
    d.mkdir(parents=True, exist_ok=True)
    (d / (name + ".session")).write_text(text.strip("\n") + "\n", encoding="utf-8")
    written += 1


for k, seed in enumerate(SEEDS):
    rng = f"rng = np.random.default_rng({seed})\n"
    case("random_generator", f"floats_{k:02}", UNIQUE + rng + """
rng.random()
rng.random(5)
rng.random((2, 3))
rng.standard_normal()
rng.standard_normal(7)
rng.normal(size=(3, 2))
rng.normal(10, 0.5, 4)
rng.normal(loc=-1.5, scale=3)
rng.uniform()
rng.uniform(-2, 5, size=6)
rng.uniform(low=1, high=2, size=(2, 2))
rng.exponential()
rng.exponential(2.5, 5)
rng.standard_exponential((2, 2))
rng.standard_normal(2000).cumsum()[-2:]
rng.exponential(size=2000).cumsum()[-2:]
""")
    lines = [UNIQUE + rng]
    for j, dt in enumerate(INT_DTYPES):
        lines.append(f"rng.integers({-(j + 3) if dt.startswith('int') else 0}, {10 + 40 * j}, size=9, dtype=np.{dt})\n")
        lines.append(f"rng.integers(5, size=(2, 3), dtype='{dt}', endpoint=True)\n")
    lines.append("rng.integers(-128, 128, 12, dtype=np.int8)\nrng.integers(0, 256, 12, dtype=np.uint8)\n")
    lines.append("rng.integers(0, 65536, 6, dtype=np.uint16)\nrng.integers(-2**31, 2**31, 4, dtype=np.int32)\n")
    lines.append("rng.integers(0, 2**32, 4, dtype=np.uint32)\nrng.integers(-2**63, 2**63, 3)\n")
    lines.append("rng.integers(0, 2**64, 3, dtype=np.uint64)\nrng.integers(0, 2**40, 5)\nrng.integers(2**33, 2**33 + 7, 5)\n")
    lines.append("rng.integers(10)\nrng.integers(3, 4)\nrng.integers(1, 7, dtype=int)\nrng.integers(0, 2, 8, dtype=bool)\n")
    lines.append("rng.integers(2, dtype=bool)\nrng.integers(0, 1, 4, dtype=bool, endpoint=True)\nrng.integers(0, 0, endpoint=True)\n")
    lines.append("rng.integers(1000, size=(0, 3))\nrng.integers(-5, 5, 2000).cumsum()[-3:]\n")
    case("random_generator", f"integers_{k:02}", "".join(lines))
    case("random_generator", f"choice_{k:02}", rng + """
rng.choice(5)
rng.choice([-1, 1], 12)
rng.choice([-1, 1], 30).cumsum()
rng.choice(10, (2, 3))
rng.choice([1.5, 2.5, 3.5], 4)
rng.choice(6, 6, replace=False)
rng.choice(100, 5, replace=False)
rng.choice(100, 5, replace=False, shuffle=False)
rng.choice(20000, 3, replace=False)
rng.choice(20000, 1000, replace=False).cumsum()[-1]
rng.choice(5, 8, p=[0.1, 0.2, 0.3, 0.2, 0.2])
rng.choice(['a', 'b'], 3) if False else rng.choice([10, 20, 30], p=[0.5, 0.25, 0.25])
rng.choice(5, 3, replace=False, p=[0.1, 0.2, 0.3, 0.2, 0.2])
rng.choice([7, 8, 9], (2, 2))
rng.permutation(10)
rng.permutation([3, 1, 4, 1, 5])
rng.permutation(np.arange(6.0))
x = list(range(8))
rng.shuffle(x)
x
a = np.arange(10)
rng.shuffle(a)
a
a.cumsum()
""")
    case("random_generator", f"discrete_{k:02}", rng + """
rng.binomial(10, 0.3)
rng.binomial(10, 0.3, 12)
rng.binomial(1000, 0.5, (2, 4))
rng.binomial(200, 0.9, 6)
rng.binomial(10**6, 0.01, 3)
rng.binomial(7, 1.0, 3)
rng.binomial(0, 0.5, 2)
rng.binomial(1000, 0.5, 3000).cumsum()[-2:]
rng.poisson()
rng.poisson(3.0, 10)
rng.poisson(9.99, 5)
rng.poisson(10, (2, 3))
rng.poisson(lam=55.5, size=6)
rng.poisson(1e6, 3)
rng.poisson(0, 2)
rng.poisson(40, 3000).cumsum()[-2:]
""")
    legacy_seed = seed % 2**32
    case("random_legacy", f"module_{k:02}", UNIQUE + f"np.random.seed({legacy_seed})\n" + """
np.random.rand()
np.random.rand(3)
np.random.rand(2, 3)
np.random.randn()
np.random.randn(5)
np.random.randn(2, 2)
np.random.randint(10)
np.random.randint(-5, 5, 8)
np.random.randint(0, 2**40, 3)
np.random.randint(0, 100, size=(2, 3), dtype=np.int8)
np.random.randint(0, 1000, 5, dtype='uint16')
np.random.randint(5, dtype=np.int32)
np.random.randint(0, 2, 6, dtype=bool)
np.random.random()
np.random.random(3)
np.random.random_sample((2, 2))
np.random.normal()
np.random.normal(5, 2, 3)
np.random.uniform()
np.random.uniform(-1, 1, 4)
np.random.standard_normal(3)
np.random.randn(1001).cumsum()[-2:]
""")
    case("random_legacy", f"state_{k:02}", UNIQUE + f"r = np.random.RandomState({legacy_seed})\n" + """
r.choice(5)
r.choice([-1, 1], 12)
r.choice(10, (2, 3))
r.choice(6, 6, replace=False)
r.choice(100, 4, replace=False)
r.choice(5, 8, p=[0.1, 0.2, 0.3, 0.2, 0.2])
r.choice(5, 3, replace=False, p=[0.1, 0.2, 0.3, 0.2, 0.2])
r.permutation(8)
r.permutation([2, 4, 6, 8])
x = [1, 2, 3, 4, 5, 6]
r.shuffle(x)
x
a = np.arange(7)
r.shuffle(a)
a
r.randint(-9, 10, (3, 6)).cumsum(axis=1)
r.randn(3)
r.normal(0, 1, 3)
r.seed(5)
r.randn(2)
""" + f"r2 = np.random.RandomState([{legacy_seed}, 1, 2])\nr2.randint(0, 10, 5)\nr2.rand(2)\n")

case("random_errors", "generator", """
rng = np.random.default_rng(0)
rng.integers(5, 5)
rng.integers(5, 4, endpoint=True)
rng.integers(0)
rng.integers(0, endpoint=True, high=-1)
rng.integers(-1, 3, dtype=np.uint8)
rng.integers(0, 300, dtype=np.uint8)
rng.integers(0, 2**64)
rng.normal(0, -1)
rng.exponential(-2)
rng.uniform(-1e308, 1e308)
rng.choice(0)
rng.choice([])
rng.choice(3, 5, replace=False)
rng.choice(3, p=[0.5, 0.5])
rng.choice(3, p=[0.5, 0.6, -0.1])
rng.choice(3, p=[0.5, 0.6, 0.1])
rng.choice(3, 3, replace=False, p=[1.0, 0.0, 0.0])
rng.binomial(10, 1.5)
rng.binomial(-1, 0.5)
rng.poisson(-1)
rng.poisson(1e19)
np.random.default_rng(-1)
rng.integers(3, size=-1)
""")
case("random_errors", "legacy", """
np.random.seed(-1)
np.random.seed(2**32)
np.random.seed([])
np.random.RandomState(2**32 + 1)
np.random.randint(3, 3)
np.random.randint(0)
np.random.normal(0, -1)
np.random.choice(0)
np.random.choice(3, 4, replace=False)
np.random.choice(3, p=[0.2, 0.2])
np.random.choice(3, p=[0.2, 0.2, 0.2])
np.random.uniform(-1e308, 1e308)
""")
print(f"wrote {written} cases")
