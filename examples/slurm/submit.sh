#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# kabar past one machine on a Slurm cluster: the inputs cut into shards, a
# job array (`sbatch --array`) that runs `kabar extract` on each shard, and
# a merge job that starts when every task of the array has succeeded
# (`--dependency=afterok`) and runs `kabar merge` on the parts in shard
# order: the same output files as `kabar export` on all the inputs.
#
# usage: submit.sh [-n SHARDS] [-o OUT] [-w WORKDIR] [-k KABAR] [-W]
#                  [-s 'SBATCH OPTIONS'] [-e 'EXTRACT OPTIONS'] [-m 'MERGE OPTIONS']
#                  INPUT...
#
#   -n SHARDS     how many shards, one array task each (default 8; at most 1000)
#   -o OUT        the output directory (default: out)
#   -w WORKDIR    where the shard lists, parts and job logs go (default: OUT.parts)
#   -k KABAR      the kabar binary (default: kabar on PATH)
#   -W            wait until the merge job has ended; exit with its status
#   -s OPTIONS    more sbatch options for both jobs (--partition, --account, --time ...)
#   -e OPTIONS    options of kabar extract (--date, --format, --lenient, --data ...)
#   -m OPTIONS    options of kabar merge (--rdf, --base, --metrics-include ...)
#
# The jobs run in this directory (Slurm's default) on the compute nodes,
# which must see the inputs, WORKDIR and KABAR at the same paths: a shared
# file system.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
shards=8 out=out work='' kabar=kabar wait=''
sbatch_opts=() extract_opts=() merge_opts=()
usage() { sed -n '/^# usage:/,/^#   -m/s/^# \{0,1\}//p' "$0" >&2; exit 2; }
while getopts "n:o:w:k:Ws:e:m:h" opt; do
  case $opt in
  n) shards=$OPTARG ;;
  o) out=$OPTARG ;;
  w) work=$OPTARG ;;
  k) kabar=$OPTARG ;;
  W) wait=--wait ;;
  s) read -r -a more <<< "$OPTARG"; sbatch_opts+=("${more[@]}") ;;
  e) read -r -a more <<< "$OPTARG"; extract_opts+=("${more[@]}") ;;
  m) read -r -a more <<< "$OPTARG"; merge_opts+=("${more[@]}") ;;
  *) usage ;;
  esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || usage
kabar=$(command -v "$kabar") || { echo "$0: no kabar binary" >&2; exit 1; }
work=${work:-$out.parts}
mkdir -p "$work"
rm -f "$work"/shard-*.part "$work"/*.log
n=$("$here/../split-inputs.sh" "$shards" "$work" "$@")

# Task i of the array extracts shard i (extract.sbatch).
array=$(sbatch --parsable "${sbatch_opts[@]}" --job-name=kabar-extract \
  --array="0-$((n - 1))" --output="$work/extract-%a.log" \
  "$here/extract.sbatch" "$kabar" "$work" "${extract_opts[@]}")
array=${array%%;*} # "jobid;cluster" on a multi-cluster setup
echo "kabar: extract job array $array: $n shards" >&2

# The merge, once every task has succeeded; a failed task cancels it
# (--kill-on-invalid-dep) rather than leaving it pending.
merge_args=("$kabar" "$work" "$out" "$n" "${merge_opts[@]}")
status=0
merge=$(sbatch --parsable "${sbatch_opts[@]}" --job-name=kabar-merge \
  --dependency="afterok:$array" --kill-on-invalid-dep=yes --output="$work/merge.log" \
  $wait "$here/merge.sbatch" "${merge_args[@]}") || status=$?
merge=${merge%%;*}
echo "kabar: merge job $merge -> $out (log: $work/merge.log)" >&2
if [ -n "$wait" ] && [ "$status" -eq 0 ]; then
  # sbatch --wait gives 0 for a job cancelled because a task failed: ask
  # Slurm how the merge job ended
  state=$(scontrol show job "$merge" -o 2> /dev/null | grep -o 'JobState=[A-Z_]*' || true)
  if [ "$state" != JobState=COMPLETED ]; then
    echo "kabar: the merge job did not complete (${state:-its state unknown});" \
      "see the logs in $work" >&2
    status=1
  fi
fi
exit $status
