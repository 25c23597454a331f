#!/bin/sh
# SPDX-License-Identifier: MIT
# Writes data/ner/clusters.tsv, the word classes the tagger's model reads
# (see NOTICE.md), from openly licensed Indonesian text: UD Indonesian GSD
# 2.1 and CSUI (CC BY-SA 4.0; DATA_DIR, default /work/shared/data/ud), the
# NERGRIT training split (Apache-2.0) and the project's real-text quality
# articles (tests/quality/real/texts). Never the NERGRIT test split.
# usage: data/ner/make-clusters.sh [BUILD_DIR] [UD_DIR]
# Then retrain the model (kabar-train-tagger train ...; NOTICE.md).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
ud=${2:-/work/shared/data/ud}
"$build/kabar-word-clusters" "$here/clusters.tsv" --min-count 3 --classes 32,128,512 \
  --iterations 20 \
  "$ud/id_csui-ud-train.conllu" "$ud/id_gsd-ud2.1-dev.conllu" "$ud/id_gsd-ud2.1-test.conllu" \
  "$ud/id_gsd-ud2.1-train.conllu" "$here/nergrit-train.txt" "$root"/tests/quality/real/texts/*.txt
