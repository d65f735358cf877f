#!/usr/bin/env bash
# High availability of a generated operator, on the cluster of KUBECONFIG: two replicas of the
# memcached-operator sample run as plain JVM processes (its target/memcached-operator.jar), with
# leader election on (distinct POD_NAME, one POD_NAMESPACE) and short Lease timings, each as the
# operator's ServiceAccount as deployed (kubectl apply -k config), which holds only its generated
# roles. It checks that
#   - exactly one replica holds the Lease and only that one reconciles; both answer /readyz;
#   - on SIGTERM the leader exits within its grace period having released the Lease, the other
#     replica leads within 2 s (+ tolerance) and reconciles a change made right after the signal;
#   - after kill -9 of the new leader (the stopped replica restarted meanwhile), the other leads
#     within the lease duration + the retry period (+ tolerance) and reconciles a change made right
#     after the kill;
#   - no change made during the failovers is lost, none is applied twice, no replica logs an error.
# It prints the takeover times. Pods never run here (envtest has no kubelet): the operator runs
# beside the API server, authenticated with its ServiceAccount's token. It expects no other
# memcached-operator to run against the cluster, and removes what it created (its processes, its
# namespace, the Lease; the operator's namespace if it created it).
#   [KUBECTL=kubectl] [JAVA=java] [HA_CHECK_JAVA_OPTIONS=...] generated-samples/ha-check.sh
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
kubectl=${KUBECTL:-kubectl}
java=${JAVA:-java}
# Start-up is most of this check's time on a small machine: the client compiler alone starts a
# replica sooner, and a serial collector leaves the other core to the other replica.
# shellcheck disable=SC2206
java_options=(${HA_CHECK_JAVA_OPTIONS--XX:TieredStopAtLevel=1 -XX:+UseSerialGC})
project=memcached-operator
dir=$here/$project
jar=$dir/target/$project.jar

# Lease timings for a test: a standby takes over a dead leader after 6 s, not the deployed 15 s.
lease_duration=6 renew_deadline=4 retry_period=1 grace_period=5
# The tolerance for this slow shared 2-core machine, on top of each bound: fabric8's LeaderElector
# retries every retry period plus a random jitter of up to 1.2 retry periods, a JVM shutting down
# competes with the other replica for the CPU, and kubectl itself takes ~0.2 s a request.
tolerance=2
sigterm_bound=$((2 + tolerance))
kill_bound=$((lease_duration + retry_period + tolerance))

namespace=ha-check-$(date +%s)      # the custom resources
system=$project-system             # the operator's, as config/ deploys it: Lease and ServiceAccount
leasename=$project-leader
work=$(mktemp -d)
created_system=""

fail() {
  echo "ha-check: FAILED: $*" >&2
  for log in "$work"/*.log; do
    [[ -f $log ]] || continue
    echo "---- last lines of $(basename "$log")" >&2
    tail -n 25 "$log" >&2
  done
  exit 1
}
note() { echo "ha-check: $* (at ${SECONDS}s)"; }
now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
within() { awk -v t="$1" -v bound="$2" 'BEGIN { exit !(t <= bound) }'; }

cleanup() {
  # The replicas still running: jobs knows which of its children have not ended, so no other
  # process that reuses the id of one that has is signalled.
  local pid running
  running=$(jobs -pr)
  for pid in $running; do kill -TERM "$pid" 2>/dev/null || true; done
  for _ in $(seq 100); do [[ -z $(jobs -pr) ]] && break; sleep 0.1; done
  for pid in $(jobs -pr); do kill -KILL "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  "$kubectl" delete namespace "$namespace" --wait=false >/dev/null 2>&1 || true
  "$kubectl" delete clusterpolicy "$namespace" --wait=false >/dev/null 2>&1 || true
  "$kubectl" delete lease "$leasename" -n "$system" >/dev/null 2>&1 || true
  [[ -z $created_system ]] || "$kubectl" delete namespace "$system" --wait=false >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# free_port VAR: sets VAR to a port nothing listens on and no replica of this run was given, below
# the kernel's range of local ports for outgoing connections (32768 and up on Linux), which a port
# nothing listens on may still be taken from.
used_ports=" "
free_port() {
  local candidate
  while :; do
    candidate=$((20000 + RANDOM % 12000))
    [[ $used_ports != *" $candidate "* ]] || continue
    (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null && continue
    used_ports+="$candidate "
    printf -v "$1" %s "$candidate"
    return
  done
}

# await SECONDS DESCRIPTION COMMAND...: polls COMMAND every 0.1 s until it succeeds.
await() {
  local timeout=$1 what=$2; shift 2
  local deadline; deadline=$(awk -v t="$timeout" -v n="$(now)" 'BEGIN { printf "%.1f", n + t }')
  until "$@"; do
    within "$(now)" "$deadline" || fail "$what: not within $timeout s"
    sleep 0.1
  done
}

holder() { "$kubectl" get lease "$leasename" -n "$system" -o jsonpath='{.spec.holderIdentity}' 2>/dev/null || true; }
holder_is() { [[ $(holder) == "$1" ]]; }
ready() { [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/readyz") == 200 ]]; }
replicas_are() {
  [[ $("$kubectl" get deployment "$1" -n "$namespace" -o jsonpath='{.spec.replicas}' 2>/dev/null) == "$2" ]]
}
observed() {
  [[ $("$kubectl" get clusterpolicy "$namespace" -o jsonpath='{.status.observedGeneration}' 2>/dev/null) == "$1" ]]
}
gone() { ! jobs -pr | grep -qx "$1"; }
# When the current holder acquired the Lease, in seconds since the epoch (fabric8 writes it as it takes it).
acquired() { date -d "$("$kubectl" get lease "$leasename" -n "$system" -o jsonpath='{.spec.acquireTime}')" +%s.%N; }
size() {
  "$kubectl" patch memcached "$1" -n "$namespace" --type=merge -p "{\"spec\":{\"size\":$2}}" >/dev/null \
    || fail "could not set the size of $1"
}
memcached() {
  "$kubectl" apply -n "$namespace" -f - >/dev/null <<EOF || fail "could not create the Memcached $1"
apiVersion: cache.example.com/v1alpha1
kind: Memcached
metadata:
  name: $1
spec:
  size: $2
  image: memcached:1.6
  ports:
  - name: main
    port: 11211
EOF
}

# start NAME LOG: starts a replica named NAME (its POD_NAME), logging to $work/LOG.log, without
# waiting for it; sets $pid and $port (of its health probes).
start() {
  local name=$1 log=$2
  free_port port
  KUBECONFIG=$work/operator.kubeconfig POD_NAME=$name POD_NAMESPACE=$system \
    HEALTH_PORT=$port METRICS_PORT=0 SHUTDOWN_GRACE_PERIOD_SECONDS=$grace_period ENABLE_WEBHOOKS=false \
    LEADER_ELECTION_LEASE_DURATION_SECONDS=$lease_duration \
    LEADER_ELECTION_RENEW_DEADLINE_SECONDS=$renew_deadline \
    LEADER_ELECTION_RETRY_PERIOD_SECONDS=$retry_period \
    "$java" "${java_options[@]}" -jar "$jar" >"$work/$log.log" 2>&1 &
  pid=$!
}

[[ -f $jar ]] || fail "$jar is missing: build it with (cd $dir && mvn package)"

# The operator as deployed: CRDs, RBAC, its namespace and ServiceAccount. Without the images: block,
# which kubectl 1.20 and older (envtest's) cannot build (see deploy-check.sh): no image runs here.
# Nor its webhook configurations: the replicas here serve no webhooks (MemcachedWebhookE2ETest proves
# them), and a validating webhook with failurePolicy Fail and no server would refuse every Memcached.
cp -R "$dir/config" "$work/config"
sed -i '/^images:/,/^$/d; /^- webhook\/manifests.yaml$/d' "$work/config/kustomization.yaml"
phase() { "$kubectl" get namespace "$system" -o jsonpath='{.status.phase}' 2>/dev/null || true; }
# An earlier run may have left it terminating: no ServiceAccount could be created in it.
if [[ $(phase) == Terminating ]]; then
  "$kubectl" wait --for=delete "namespace/$system" --timeout=120s >/dev/null || fail "namespace $system stays terminating"
fi
[[ $(phase) == Active ]] || created_system=yes
log=$("$kubectl" apply -k "$work/config" 2>&1) || { echo "$log" >&2; fail "kubectl apply -k config failed"; }
"$kubectl" wait --for=condition=Established crd/memcacheds.cache.example.com crd/clusterpolicies.policy.example.com \
  --timeout=30s >/dev/null || fail "the CRDs are not established"
"$kubectl" create namespace "$namespace" >/dev/null
"$kubectl" delete lease "$leasename" -n "$system" >/dev/null 2>&1 || true   # left by an earlier run

# Its ServiceAccount's token, from the Secret the controller-manager creates for it (Kubernetes 1.20).
account=$("$kubectl" get -k "$work/config" \
  -o jsonpath='{range .items[?(@.kind=="Deployment")]}{.spec.template.spec.serviceAccountName}{end}')
secret_of() { secret=$("$kubectl" get serviceaccount "$account" -n "$system" -o jsonpath='{.secrets[0].name}'); [[ -n $secret ]]; }
await 30 "a token Secret for the ServiceAccount $account" secret_of
token=$("$kubectl" get secret "$secret" -n "$system" -o jsonpath='{.data.token}' | base64 -d)
server=$("$kubectl" config view --minify -o jsonpath='{.clusters[0].cluster.server}')
ca=$("$kubectl" config view --minify --raw --flatten -o jsonpath='{.clusters[0].cluster.certificate-authority-data}')
cat >"$work/operator.kubeconfig" <<EOF
apiVersion: v1
kind: Config
clusters:
- name: cluster
  cluster:
    server: $server
    certificate-authority-data: $ca
users:
- name: $account
  user:
    token: $token
contexts:
- name: operator
  context:
    cluster: cluster
    user: $account
current-context: operator
EOF
note "replicas run as system:serviceaccount:$system:$account; Lease $system/$leasename: duration" \
  "${lease_duration}s, renew deadline ${renew_deadline}s, retry ${retry_period}s; tolerance ${tolerance}s"

# 1. Two replicas: one leads, and only that one reconciles.
start "$namespace-a" a; pid_a=$pid port_a=$port
start "$namespace-b" b; pid_b=$pid port_b=$port
await 90 "$namespace-a answers /readyz on port $port_a" ready "$port_a"
await 90 "$namespace-b answers /readyz on port $port_b" ready "$port_b"
leads() { [[ $(holder) == "$namespace-a" || $(holder) == "$namespace-b" ]]; }
await 30 "a replica holds the Lease" leads
# The roles: leader and standby are replica a or b.
if [[ $(holder) == "$namespace-a" ]]; then
  leader=a pid_leader=$pid_a standby=b pid_standby=$pid_b
else
  leader=b pid_leader=$pid_b standby=a pid_standby=$pid_a
fi
memcached one 2
memcached two 2
"$kubectl" apply -f - >/dev/null <<EOF || fail "could not create the ClusterPolicy $namespace"
apiVersion: policy.example.com/v1
kind: ClusterPolicy
metadata:
  name: $namespace
spec:
  foo: one
EOF
await 60 "the Deployment of Memcached one" replicas_are one 2
await 60 "the Deployment of Memcached two" replicas_are two 2
await 60 "the status of ClusterPolicy $namespace" observed 1
sleep 2   # time for a standby that reconciles by mistake to show it
holder_is "$namespace-$leader" || fail "the Lease is held by '$(holder)', not $namespace-$leader"
grep -q "Reconciling ClusterPolicy $namespace" "$work/$leader.log" || fail "the leader $namespace-$leader did not reconcile"
grep -q "Reconciling" "$work/$standby.log" && fail "the standby $namespace-$standby reconciled"
ready "$port_a" && ready "$port_b" || fail "/readyz of a replica does not answer 200"
note "one leader ($namespace-$leader) reconciles, the standby does not; /readyz 200 on both"

# 2. SIGTERM to the leader: it releases the Lease, the standby takes over at once.
sent=$(now)
kill -TERM "$pid_leader"
size one 3
await $((grace_period + tolerance)) "$namespace-$leader exits after SIGTERM" gone "$pid_leader"
exited=$(now)
status=0
wait "$pid_leader" || status=$?
# The JVM ends with 143 (128 + SIGTERM) after its shutdown hooks ran: the clean way out.
[[ $status == 0 || $status == 143 ]] || fail "$namespace-$leader exited with $status after SIGTERM"
grep -q "Released the Lease $leasename" "$work/$leader.log" || fail "$namespace-$leader did not release the Lease"
await "$sigterm_bound" "$namespace-$standby takes the Lease after SIGTERM" holder_is "$namespace-$standby"
sigterm_takeover=$(seconds "$sent" "$(acquired)")
within "$sigterm_takeover" "$sigterm_bound" || fail "$namespace-$standby took over ${sigterm_takeover}s after SIGTERM"
await 30 "the change made right after SIGTERM (Memcached one, size 3)" replicas_are one 3
sigterm_reconciled=$(seconds "$sent" "$(now)")
note "SIGTERM: $namespace-$leader exited ($status) after $(seconds "$sent" "$exited")s and released the Lease;" \
  "$namespace-$standby led after ${sigterm_takeover}s, the change was reconciled after ${sigterm_reconciled}s"

# 3. The stopped replica back as a standby; kill -9 of the new leader: the standby takes over once
#    the Lease expires.
start "$namespace-$leader" "$leader-restarted"; pid_restarted=$pid
await 90 "$namespace-$leader, restarted, answers /readyz on port $port" ready "$port"
"$kubectl" patch clusterpolicy "$namespace" --type=merge -p '{"spec":{"foo":"two"}}' >/dev/null
await 30 "the ClusterPolicy change reconciled by $namespace-$standby" observed 2
sleep 2
holder_is "$namespace-$standby" || fail "the Lease is held by '$(holder)', not $namespace-$standby"
grep -q "Reconciling" "$work/$leader-restarted.log" && fail "the standby $namespace-$leader reconciled"
sent=$(now)
kill -KILL "$pid_standby"
{ wait "$pid_standby"; } 2>/dev/null || true   # quiet: the shell would report "Killed"
size two 4
memcached three 1
await "$kill_bound" "$namespace-$leader takes the Lease after kill -9" holder_is "$namespace-$leader"
kill_takeover=$(seconds "$sent" "$(acquired)")
within "$kill_takeover" "$kill_bound" || fail "$namespace-$leader took over ${kill_takeover}s after kill -9"
await 30 "the change made right after kill -9 (Memcached two, size 4)" replicas_are two 4
await 30 "the Memcached created right after kill -9" replicas_are three 1
kill_reconciled=$(seconds "$sent" "$(now)")
note "kill -9 of $namespace-$standby: $namespace-$leader led after ${kill_takeover}s," \
  "the changes were reconciled after ${kill_reconciled}s"

# 4. Nothing lost, nothing applied twice, no error.
for expected in one:3:2 two:4:2 three:1:1; do
  IFS=: read -r name size generation <<<"$expected"
  got=$("$kubectl" get deployment "$name" -n "$namespace" -o jsonpath='{.spec.replicas} {.metadata.generation}')
  # One generation per spec the operator applied: a stale or a second writer would add more.
  [[ $got == "$size $generation" ]] || fail "Deployment $name: replicas and generation '$got', expected '$size $generation'"
done
if grep -E ' ERROR | WARN .*([Cc]onflict|\b409\b)|Lost the Lease' "$work"/*.log; then
  fail "a replica logged the error or conflict above"
fi
# JOSDK retries a status write that its optimistic lock refuses (409) because the resource changed
# since it was read, and logs that at INFO: the test's own spec changes cause these, with one writer.
retried=$(cat "$work"/*.log | grep -c 'Conflict during reconciliation' || true)
note "every change is in its Deployment, each applied once; no error or conflict in the logs" \
  "($retried write(s) retried by JOSDK after a 409 against a spec changed meanwhile)"
echo "ha-check: passed in ${SECONDS}s; takeover after SIGTERM ${sigterm_takeover}s (bound ${sigterm_bound}s)," \
  "after kill -9 ${kill_takeover}s (bound ${kill_bound}s = lease ${lease_duration}s + retry ${retry_period}s + ${tolerance}s)"
