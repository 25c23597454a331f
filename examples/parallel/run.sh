#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# kabar past one machine with GNU parallel: the inputs cut into shards,
# `kabar extract` run on each shard by GNU parallel (on this machine, or on
# the machines of -S through SSH), then `kabar merge` of the parts in shard
# order: the same output files as `kabar export` on all the inputs.
#
# usage: run.sh [-n SHARDS] [-S SSHLOGINS] [-o OUT] [-w WORKDIR] [-k KABAR]
#               [-e 'EXTRACT OPTIONS'] [-m 'MERGE OPTIONS'] INPUT...
#
#   -n SHARDS     how many shards (default 4; at most one per input)
#   -S SSHLOGINS  GNU parallel's --sshlogin: ':' is this machine (the default),
#                 '4/alice@host1,8/host2,:' four jobs on host1, eight on host2,
#                 and this machine's cores; see `man parallel`
#   -o OUT        the output directory (default: out)
#   -w WORKDIR    where the shard lists and parts go (default: OUT.parts)
#   -k KABAR      the kabar binary (default: kabar on PATH)
#   -e OPTIONS    options of kabar extract (--date, --format, --lenient, --data ...)
#   -m OPTIONS    options of kabar merge (--rdf, --base, --metrics-include ...)
#
# The remote machines run the commands in the same directory (--workdir .)
# and must see the inputs, WORKDIR and KABAR at the same paths as this one:
# a file system they share (NFS, CephFS). kabar merge runs here and reads
# again, where kabar extract read them, the few inputs that a person of an
# earlier shard may change.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
shards=4 hosts=: out=out work='' kabar=kabar
extract_opts=() merge_opts=()
usage() { sed -n '/^# usage:/,/^#   -m/s/^# \{0,1\}//p' "$0" >&2; exit 2; }
while getopts "n:S:o:w:k:e:m:h" opt; do
  case $opt in
  n) shards=$OPTARG ;;
  S) hosts=$OPTARG ;;
  o) out=$OPTARG ;;
  w) work=$OPTARG ;;
  k) kabar=$OPTARG ;;
  e) read -r -a more <<< "$OPTARG"; extract_opts+=("${more[@]}") ;;
  m) read -r -a more <<< "$OPTARG"; merge_opts+=("${more[@]}") ;;
  *) usage ;;
  esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || usage
command -v parallel > /dev/null || { echo "$0: GNU parallel is not installed" >&2; exit 1; }
kabar=$(command -v "$kabar") || { echo "$0: no kabar binary" >&2; exit 1; }
work=${work:-$out.parts}
mkdir -p "$work"
rm -f "$work"/shard-*.part
n=$("$here/../split-inputs.sh" "$shards" "$work" "$@")

# One shard: kabar extract on the inputs its list names (NUL-separated).
extract_shard() {
  local list=$1 part=$2
  shift 2
  local -a files
  mapfile -d '' -t files < "$list"
  "$KABAR_BIN" extract -q "$@" -o "$part" "${files[@]}"
}
export -f extract_shard
export KABAR_BIN=$kabar

# -q: the arguments reach extract_shard as they are; --halt: the first
# failure stops the others, and the exit status says so.
seq -f '%03g' 0 $((n - 1)) |
  parallel --will-cite --halt now,fail=1 --sshlogin "$hosts" --workdir . \
    --env extract_shard --env KABAR_BIN -q \
    extract_shard "$work/shard-{}.list" "$work/shard-{}.part" "${extract_opts[@]}"

# The parts in shard order (shard-000.part, shard-001.part, ...).
parts=()
for i in $(seq -f '%03g' 0 $((n - 1))); do
  parts+=("$work/shard-$i.part")
done
"$kabar" merge "${merge_opts[@]}" -o "$out" "${parts[@]}"
