#!/bin/sh
# Seeds every target's corpus from the golden cases (one file per case).
set -e
cd "$(dirname "$0")"
for t in parse session; do
    mkdir -p corpus/$t
    for f in ../tests/golden/*/*.session ../tests/golden/*/*.py; do
        cp "$f" "corpus/$t/$(echo "${f#../}" | tr '/' '_')"
    done
done
