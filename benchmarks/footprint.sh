#!/usr/bin/env bash
# Footprint benchmark of a generated workload operator (generated-samples/memcached-operator) on a
# real API server: start-up time, first reconcile, RSS idle and after N custom resources, reconcile
# throughput and CPU time, for several sets of JVM flags side by side. See README.md next to this file.
#
#   benchmarks/footprint.sh [-n REPEATS] [-r RESOURCES] [NAME='JVM FLAGS' ...]   (-r 0: start-up only)
#
# With no NAME='FLAGS' arguments it compares the flags of the generated Dockerfile before and after
# issue 13. Flags may name the class-data sharing archives this script trains first: $CDS_NOCLUSTER
# (a training run with no API server, as the Dockerfile does) and $CDS_ENVTEST (a training run that
# reconciles on the API server). Uses KUBECONFIG when set, otherwise starts ../shared/envtest.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
sample=$here/../generated-samples/memcached-operator
envtest=${ENVTEST_SH:-$here/../../shared/envtest/envtest.sh}
repeats=3
resources=1000
idle_seconds=${IDLE_SECONDS:-20}      # settling time before the idle RSS is read
loaded_seconds=${LOADED_SECONDS:-10}  # settling time after the last resource is reconciled
health_port=${HEALTH_PORT:-18081}
# What the container gives the JVM under the manager.yaml limits (memory 512Mi, cpu 500m): the JVM
# sizes its heap from 512 MiB and, seeing 1 CPU, picks its collector as it would in the Pod.
container=${CONTAINER_FLAGS:--XX:MaxRAM=512m -XX:ActiveProcessorCount=1}

while getopts n:r: opt; do
  case $opt in
    n) repeats=$OPTARG ;;
    r) resources=$OPTARG ;;
    *) sed -n '2,11p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
names=() specs=()
if [ $# -eq 0 ]; then
  set -- 'before=-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError' \
    'after=-XX:MaxRAMPercentage=75 -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError -XX:SharedArchiveFile=$CDS_NOCLUSTER'
fi
for arg in "$@"; do
  names+=("${arg%%=*}") specs+=("${arg#*=}")
done

work=$(mktemp -d "${TMPDIR:-/tmp}/footprint.XXXXXX")
echo "footprint: work directory $work" >&2
cleanup() {
  if [ -n "${operator_pid:-}" ]; then kill "$operator_pid" 2>/dev/null; wait "$operator_pid" 2>/dev/null; fi
  if [ -n "${ns:-}" ]; then "$kubectl" delete namespace "$ns" --wait=false >/dev/null 2>&1; fi
  [ -n "${proxy_pid:-}" ] && kill "$proxy_pid" 2>/dev/null || true
  if [ -n "${own_envtest:-}" ]; then "$envtest" stop "$own_envtest" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT
trap 'exit 143' TERM INT  # so that EXIT runs the clean-up

# The operator's jar, copied so that a rebuild of the sample meanwhile does not change it (a CDS
# archive is only valid for the very jar it was trained with).
if [ ! -f "$sample/target/memcached-operator.jar" ]; then
  (cd "$sample" && mvn -B -o -q package -DskipTests)
fi
cp "$sample/target/memcached-operator.jar" "$work/operator.jar"
jar=$work/operator.jar

if [ -z "${KUBECONFIG:-}" ]; then
  out=$(ENVTEST_CRDS="$sample/config/crd" "$envtest" start 2>"$work/envtest.log") || {
    cat "$work/envtest.log" >&2; exit 1; }
  eval "$out"
  own_envtest=$ENVTEST_DIR
else
  echo "footprint: using KUBECONFIG=$KUBECONFIG; its CRDs must be those of $sample/config/crd" >&2
fi
kubectl=${ENVTEST_BIN_DIR:+$ENVTEST_BIN_DIR/}kubectl
"$kubectl" apply -f "$sample/config/crd" >/dev/null

# curl reaches the API server through kubectl proxy, which works with any kubeconfig.
: >"$work/proxy.log"
"$kubectl" proxy --port=0 >"$work/proxy.log" 2>&1 &
proxy_pid=$!
for _ in $(seq 100); do grep -q 'Starting to serve' "$work/proxy.log" && break; sleep 0.1; done
api=http://$(sed -n 's/^Starting to serve on //p' "$work/proxy.log")
group=$api/apis/cache.example.com/v1alpha1

now() { date +%s%N; }
ms() { echo $((($2 - $1) / 1000000)); }
rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }
cpu_ms() {  # user + system CPU time of process $1 in ms
  awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / hz) }' "/proc/$1/stat"
}
reconciled() {  # how many Memcacheds in namespace $1 have a status written by the operator
  curl -sf "$group/namespaces/$1/memcacheds" | jq '[.items[] | select(.status.readyReplicas != null)] | length'
}
memcached() {  # NAME: a Memcached as config/samples declares it, without ports: the operator makes
  # its Deployment and no Service, as envtest's Service IP range holds only about 250 Services.
  printf 'apiVersion: cache.example.com/v1alpha1\nkind: Memcached\nmetadata:\n  name: %s\n' "$1"
  printf 'spec:\n  size: 3\n  image: memcached:1.6\n'
}
for i in $(seq "$resources"); do echo '---'; memcached "bench-$i"; done >"$work/resources.yaml"

# Class-data sharing archives: one trained as the Dockerfile does, with no API server (the operator
# loads its classes, fails to connect and exits 1), and one trained on the API server while it
# reconciles, to see how much of the gain the first keeps.
export CDS_NOCLUSTER=$work/nocluster.jsa CDS_ENVTEST=$work/envtest.jsa
if grep -q 'CDS_' <<<"${specs[*]}"; then
  # shellcheck disable=SC2086
  env -i PATH="$PATH" KUBERNETES_MASTER=https://127.0.0.1:1 KUBERNETES_REQUEST_RETRY_BACKOFFLIMIT=0 \
    java $container -XX:ArchiveClassesAtExit="$CDS_NOCLUSTER" -jar "$jar" >"$work/train-nocluster.log" 2>&1 || true
  "$kubectl" create namespace bench-$$-train >/dev/null
  memcached trained | "$kubectl" apply -n bench-$$-train -f - >/dev/null
  # shellcheck disable=SC2086
  HEALTH_PORT=$health_port java $container -XX:ArchiveClassesAtExit="$CDS_ENVTEST" -jar "$jar" \
    >"$work/train-envtest.log" 2>&1 &
  operator_pid=$!
  until [ "$(reconciled bench-$$-train)" = 1 ]; do sleep 0.2; done
  sleep 5
  kill -TERM "$operator_pid"; wait "$operator_pid" || true; operator_pid=
  "$kubectl" delete namespace bench-$$-train --wait=true >/dev/null
  ls -l "$CDS_NOCLUSTER" "$CDS_ENVTEST" >&2
fi

# One run: start the operator with one Memcached already there, then create $resources more (none
# with -r 0: start-up and idle only).
results=$work/results.tsv
printf 'config\trun\tready_ms\tfirst_reconcile_ms\trss_idle_mib\tcpu_idle_ms\tcreate_ms\tall_reconciled_ms\tlag_ms\tper_second\trss_loaded_mib\tcpu_total_ms\n' >"$results"
run() {  # INDEX RUN
  local name=${names[$1]} spec=${specs[$1]} flags
  ns="bench-$$-$2-$1"  # this script, run, configuration
  eval "flags=($spec)"
  "$kubectl" create namespace "$ns" >/dev/null
  memcached existing | "$kubectl" apply -n "$ns" -f - >/dev/null
  local log=$work/$ns.log t0 ready='' first='' t_create t_created t_all n
  t0=$(now)
  # shellcheck disable=SC2086
  HEALTH_PORT=$health_port java $container "${flags[@]}" -jar "$jar" >"$log" 2>&1 &
  operator_pid=$!
  while [ -z "$ready" ] || [ -z "$first" ]; do
    kill -0 "$operator_pid" 2>/dev/null || { echo "footprint: $name exited, see $log" >&2; exit 1; }
    if [ -z "$ready" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$health_port/readyz")" = 200 ]; then
      ready=$(ms "$t0" "$(now)")
    fi
    if [ -z "$first" ] && curl -sf "$group/namespaces/$ns/memcacheds/existing" | grep -q '"readyReplicas"'; then
      first=$(ms "$t0" "$(now)")
    fi
    sleep 0.05
  done
  sleep "$idle_seconds"
  local rss_idle cpu_idle
  rss_idle=$(rss_kib "$operator_pid") cpu_idle=$(cpu_ms "$operator_pid")
  local loaded='\t\t\t\t\t'
  if [ "$resources" -gt 0 ]; then
    t_create=$(now)
    "$kubectl" create -n "$ns" -f "$work/resources.yaml" >/dev/null
    t_created=$(now)
    until n=$(reconciled "$ns") && [ "$n" -ge $((resources + 1)) ]; do
      kill -0 "$operator_pid" 2>/dev/null || { echo "footprint: $name exited, see $log" >&2; exit 1; }
      sleep 0.5
    done
    t_all=$(now)
    sleep "$loaded_seconds"
    loaded=$(printf '%s\t%s\t%s\t%s\t%s\t%s' "$(ms "$t_create" "$t_created")" "$(ms "$t_create" "$t_all")" \
      "$(ms "$t_created" "$t_all")" $((resources * 1000 / ($(ms "$t_create" "$t_all") + 1))) \
      $(($(rss_kib "$operator_pid") / 1024)) "$(cpu_ms "$operator_pid")")
  fi
  kill -TERM "$operator_pid"; wait "$operator_pid" || true; operator_pid=
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%b\n' "$name" "$2" "$ready" "$first" $((rss_idle / 1024)) "$cpu_idle" \
    "$loaded" | tee -a "$results" >&2
  # Deleting the namespace deletes the resources and what the operator made for them; the next run
  # starts on an API server as empty as this one did.
  "$kubectl" delete namespace "$ns" --wait=true --timeout=600s >/dev/null
  ns=
}

# Alternate the configurations (A B, then B A, ...) so that the machine's load falls on all alike.
for r in $(seq "$repeats"); do
  order=$(seq 0 $((${#names[@]} - 1)))
  [ $((r % 2)) -eq 0 ] && order=$(tac <<<"$order")
  for i in $order; do run "$i" "$r"; done
done

# Median and range (min-max) of each measure per configuration.
echo
echo "java: $(java -version 2>&1 | head -1); container flags: $container; $resources resources; $repeats runs each"
for i in "${!names[@]}"; do echo "${names[$i]}: ${specs[$i]}"; done
awk -F'\t' '
  NR == 1 { for (c = 3; c <= NF; c++) head[c] = $c; cols = NF; next }
  { if (!($1 in seen)) { seen[$1] = 1; order[++k] = $1 } n[$1]++; for (c = 3; c <= NF; c++) v[$1, c, n[$1]] = $c }
  END {
    printf "| measure |"; for (j = 1; j <= k; j++) printf " %s |", order[j]; print ""
    printf "|---|"; for (j = 1; j <= k; j++) printf "---|"; print ""
    for (c = 3; c <= cols; c++) {
      if (v[order[1], c, 1] == "") continue
      printf "| %s |", head[c]
      for (j = 1; j <= k; j++) {
        m = n[order[j]]; delete a
        for (i = 1; i <= m; i++) a[i] = v[order[j], c, i] + 0
        for (i = 2; i <= m; i++) { x = a[i]; for (p = i - 1; p >= 1 && a[p] > x; p--) a[p + 1] = a[p]; a[p + 1] = x }
        med = m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
        printf " %s (%s-%s) |", med, a[1], a[m]
      }
      print ""
    }
  }' "$results"
echo "per-run figures: $results"
