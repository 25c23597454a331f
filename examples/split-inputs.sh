#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# usage: split-inputs.sh SHARDS WORKDIR INPUT...
#
# Lists the inputs as kabar does (a file as given; a directory walked for
# .txt, .html and .htm, hidden entries skipped, paths in byte order) and
# cuts the list, in order, into at most SHARDS contiguous shards of
# near-equal size: WORKDIR/shard-000.list, shard-001.list, ... (file names
# separated by NUL bytes, so that any name survives). Prints how many
# shards it wrote. `kabar merge` must get the parts in this order.
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 SHARDS WORKDIR INPUT..." >&2; exit 2; }
shards=$1 work=$2
shift 2
case $shards in '' | *[!0-9]* | 0) echo "$0: SHARDS must be a positive number" >&2; exit 2 ;; esac
[ "$shards" -le 1000 ] || { echo "$0: at most 1000 shards" >&2; exit 2; }
export LC_ALL=C
list=$(mktemp)
trap 'rm -f "$list"' EXIT
for input in "$@"; do
  if [ -d "$input" ]; then
    # kabar's walk: hidden entries pruned, links to files followed, not to directories
    find "$input" -mindepth 1 -name '.*' -prune -o \( -type f -o -xtype f \) \
      \( -iname '*.txt' -o -iname '*.html' -o -iname '*.htm' \) -print0 | sort -z
  elif [ -e "$input" ]; then
    printf '%s\0' "$input"
  else
    echo "$0: $input: no such file or directory" >&2
    exit 1
  fi
done > "$list"
total=$(tr -dc '\0' < "$list" | wc -c)
[ "$total" -gt 0 ] || { echo "$0: no .txt, .html or .htm input" >&2; exit 1; }
[ "$shards" -le "$total" ] || shards=$total
mkdir -p "$work"
rm -f "$work"/shard-*.list
# input i goes to shard floor(i * shards / total): contiguous, in order
awk -v RS='\0' -v ORS='\0' -v n="$shards" -v total="$total" -v dir="$work" \
  '{ printf "%s%c", $0, 0 > sprintf("%s/shard-%03d.list", dir, int((NR - 1) * n / total)) }' \
  "$list"
echo "$shards"
