#!/usr/bin/env bash
# Builds the page into web/dist: npcalc's core for wasm32 (release), the
# hand-written glue, the page, and its examples. Open it with
#   npcalc serve-web   (or python3 -m http.server -d web/dist 8000)  →  http://localhost:8000/
set -euo pipefail
cd "$(dirname "$0")"
target=wasm32-unknown-unknown
if ! rustup target list --installed | grep -qx "$target"; then
  rustup target add "$target"
fi
# Shares the main crate's target directory, so its dependencies build once.
CARGO_TARGET_DIR=../target cargo build --quiet --release --lib --target "$target"

rm -rf dist
mkdir -p dist
cp index.html app.js dist/
# The worker is a classic script: the glue (an ES module, for Node too) goes
# in front of it, unexported.
{ sed 's/^export //' npcalc.js; cat worker.js; } > dist/worker.js
cp "../target/$target/release/npcalc_web.wasm" dist/

# The example cells: the seed page's two examples and teaching examples from
# examples/, as the files are; the sample lesson is tests/check/lessons'
# running_totals.md with one written output changed, so checking it shows a
# difference.
python3 - > dist/examples.js <<'PY'
import json, pathlib
ex = pathlib.Path('../examples')
cells = [
    ('seed_example_1', 'Seed page, example 1: cumulative sum with and without axis'),
    ('seed_example_2', 'Seed page, example 2: dtype and an output array'),
    ('cumsum_axis', 'Running totals along an axis'),
    ('dtype_promotion', 'Small integer types are summed in int64'),
    ('overflow_narrow_dtype', 'Overflow in a narrow dtype'),
    ('float32_drift', 'float32 drift in long sums'),
    ('nancumsum', 'NaN and np.nancumsum'),
    ('running_mean', 'A running mean from cumsum'),
]
out = [{'name': n, 'title': t, 'source': (ex / f'{n}.py').read_text()} for n, t in cells]
lesson = pathlib.Path('../tests/check/lessons/running_totals.md').read_text()
assert 'np.int64(3640)' in lesson
lesson = lesson.replace('np.int64(3640)', 'np.int64(3600)', 1)
print('export const EXAMPLES = ' + json.dumps(out, indent=1) + ';')
print('export const SAMPLE_LESSON = ' + json.dumps(lesson) + ';')
PY
echo "built web/dist ($(du -sh dist | cut -f1)); open it with: npcalc serve-web (or python3 -m http.server -d web/dist 8000)"
