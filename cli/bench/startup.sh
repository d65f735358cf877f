#!/usr/bin/env bash
# Benchmarks opctl as users run it (through ./opctl): wall time and peak memory (max RSS) of
# `opctl --version`, `opctl help new`, `opctl new` and `opctl generate` (in a project with one
# kind, and in a copy of generated-samples/memcached-operator: three kinds, four controllers,
# webhooks, 34 Java files), N runs each (default 10), after one warm-up run that builds the jar
# and its class-data-sharing archive if needed. Also measures a bare JVM for scale.
#   cli/bench/startup.sh [RUNS] [BASELINE]
# BASELINE: another opctl checkout (e.g. a git worktree of main) measured side by side, the two
# taking turns run by run so that a change in the machine's load falls on both alike.
# Targets on the 2-core reference machine: --version < 150 ms, new < 500 ms.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
runs=${1:-10}
baseline=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[[ -x /usr/bin/time ]] || { echo "needs GNU time (/usr/bin/time; Debian package 'time')" >&2; exit 2; }

launchers=("$root/opctl")
labels=("this")
if [[ -n $baseline ]]; then
  launchers+=("$(cd "$baseline" && pwd)/opctl")
  labels+=("baseline")
fi
for i in "${!launchers[@]}"; do
  "${launchers[$i]}" --version >/dev/null   # builds the jar and the CDS archive when needed
  # A project with one kind, for `generate`.
  "${launchers[$i]}" new gen-operator --domain example.com --dir "$work/g$i" >/dev/null
  (cd "$work/g$i" && "${launchers[$i]}" add api --group cache --version v1 --kind Cache >/dev/null)
  cp -r "$root/generated-samples/memcached-operator" "$work/m$i"
done

median() { sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }

project=g   # the project measure runs in: g (one kind) or m (the memcached sample)
measure() {  # label args... ; "@" in args stands for the launcher; runs in $project
  local label=$1; shift
  local i j
  local -a walls rss
  for ((i = 0; i < runs; i++)); do
    for j in "${!launchers[@]}"; do
      local -a cmd=()
      local a
      for a in "$@"; do cmd+=("${a/#@/${launchers[$j]}}"); done
      rm -rf "$work/p"
      (cd "$work/$project$j" && /usr/bin/time -f "%e %M" -o "$work/t" "${cmd[@]}" >/dev/null 2>"$work/err") \
        || { cat "$work/err" >&2; exit 1; }
      read -r s kb <"$work/t"
      walls[$j]+="$(awk -v s="$s" 'BEGIN{printf "%d", s*1000}') "
      rss[$j]+="$kb "
    done
  done
  for j in "${!launchers[@]}"; do
    printf '%-28s %-9s median %4d ms   max %4d ms   peak RSS %4d MB   (%d runs)\n' "$label" "${labels[$j]}" \
      "$(tr ' ' '\n' <<<"${walls[$j]}" | grep . | median)" \
      "$(tr ' ' '\n' <<<"${walls[$j]}" | grep . | sort -n | tail -1)" \
      "$(( $(tr ' ' '\n' <<<"${rss[$j]}" | grep . | median) / 1024 ))" "$runs"
  done
}

echo "opctl startup benchmark: $(nproc) cores, $(java -version 2>&1 | head -1)"
measure "java -version (bare JVM)" java -version
measure "opctl --version" @ --version
measure "opctl help new" @ help new
measure "opctl new" @ new demo-operator --domain example.com --dir "$work/p"
measure "opctl generate" @ generate
measure "opctl generate --check" @ generate --check
project=m
measure "opctl generate (memcached)" @ generate
