#!/bin/sh
# Seeds every target's corpus from the golden cases (one file per case).
# With arguments, only those golden directories (e.g. `datetime64 py_datetime`),
# so that a short run starts mutating instead of replaying thousands of seeds.
set -e
cd "$(dirname "$0")"
if [ $# -eq 0 ]; then set -- '*'; fi
for t in parse session; do
    mkdir -p corpus/$t
    for d in "$@"; do
        for f in ../tests/golden/$d/*.session ../tests/golden/$d/*.py; do
            [ -e "$f" ] || continue
            cp "$f" "corpus/$t/$(echo "${f#../}" | tr '/' '_')"
        done
    done
done
