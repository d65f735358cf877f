#!/usr/bin/env bash
# Checks the Helm chart (dist/chart) and installer (dist/install.yaml) that 'opctl edit --helm' made in
# the samples that have one, with real Helm and kubectl (HELM, KUBECTL; kubectl 1.21 or newer for
# kustomize, e.g. the v1.35 of .ci/run's layer):
#   - helm lint passes;
#   - helm template with the default values gives the objects of 'kubectl kustomize config' (with
#     config/rbac/namespaced, which 'opctl edit --namespaces' leaves out of it), and so does
#     dist/install.yaml: intended differences are the Namespace, which Helm makes
#     (--create-namespace), and the annotation helm.sh/resource-policy: keep on the CRDs;
#   - values.schema.json refuses wrong values (replicas=abc, an unknown key, a port out of range);
#   - with webhooks, helm template --set webhook.tls.mode=<the other mode> gives that mode's objects
#     (cert-manager: Issuer, Certificate, CA injection, the Secret mounted; self-managed: the webhook
#     TLS roles and WEBHOOK_TLS) and none of the project's mode's;
#   - with ENVTEST_KUBECONFIG set (a real API server, ../shared/envtest): kubectl apply -f
#     dist/install.yaml (then deleted again); helm install; the operator's
#     jar, run as the chart's ServiceAccount (envtest has no kubelet), reconciles a sample; helm
#     upgrade with another value changes the Deployment; helm uninstall keeps the CRDs and the sample.
#   [HELM=helm] [KUBECTL=kubectl] [ENVTEST_KUBECTL=...] generated-samples/helm-check.sh [PROJECT...]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
helm=${HELM:-helm}
# A Python with PyYAML for manifests-diff.py: the one on the PATH, else Debian's (python3-yaml).
python=python3
"$python" -c 'import yaml' 2>/dev/null || python=/usr/bin/python3
"$python" -c 'import yaml' 2>/dev/null || { echo "helm-check: needs PyYAML (Debian: python3-yaml)" >&2; exit 1; }
kubectl=${KUBECTL:-kubectl}
projects=("$@")
if [[ ${#projects[@]} -eq 0 ]]; then
  for chart in "$here"/*/dist/chart/Chart.yaml; do projects+=("$(basename "$(dirname "$(dirname "$(dirname "$chart")")")")"); done
fi
[[ ${#projects[@]} -gt 0 ]] || { echo "helm-check: no sample has dist/chart" >&2; exit 1; }
work=$(mktemp -d)
cleanup() { [[ -n ${operator_pid:-} ]] && kill "$operator_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "helm-check: $project: $*" >&2; exit 1; }

for project in "${projects[@]}"; do
  dir=$here/$project
  ns=$project-system
  echo "-- $project"
  "$helm" lint --strict "$dir/dist/chart" >"$work/lint.log" || { cat "$work/lint.log" >&2; fail "helm lint failed"; }

  # The same objects three ways.
  "$kubectl" kustomize "$dir/config" >"$work/kustomize.yaml" 2>/dev/null || fail "kubectl kustomize config failed"
  for f in "$dir"/config/rbac/namespaced/*.yaml; do
    [[ -f $f ]] && { echo "---"; cat "$f"; } >>"$work/kustomize.yaml"
  done
  "$helm" template "$project" "$dir/dist/chart" -n "$ns" >"$work/helm.yaml" || fail "helm template failed"
  "$python" "$here/manifests-diff.py" "$work/kustomize.yaml" "$work/helm.yaml" --drop Namespace \
    --ignore-annotation helm.sh/resource-policy || fail "helm template differs from kubectl kustomize config"
  "$python" "$here/manifests-diff.py" "$work/kustomize.yaml" "$dir/dist/install.yaml" \
    || fail "dist/install.yaml differs from kubectl kustomize config"

  # Wrong values are refused, right ones accepted.
  for wrong in replicas=abc replicas=-1 image.pullPolicy=Sometimes ports.metrics=70000 replica=2 \
      resources.limits.memory=lots crds.keep=maybe; do
    if "$helm" template "$project" "$dir/dist/chart" -n "$ns" --set "$wrong" >/dev/null 2>"$work/err"; then
      fail "helm template --set $wrong was accepted"
    fi
    grep -q "values don't meet the specifications of the schema" "$work/err" \
      || { cat "$work/err" >&2; fail "helm template --set $wrong failed, but not by the schema"; }
  done
  "$helm" template "$project" "$dir/dist/chart" -n "$ns" --set replicas=3 --set image.tag=1.2.3 \
    --set metrics.serviceMonitor.enabled=true --set crds.keep=false >"$work/set.yaml" || fail "right values refused"
  grep -q '^kind: ServiceMonitor$' "$work/set.yaml" || fail "metrics.serviceMonitor.enabled makes no ServiceMonitor"
  grep -q 'resource-policy' "$work/set.yaml" && fail "crds.keep=false still keeps the CRDs"

  # The other webhook TLS mode than the project's (webhook.tls.mode): its objects, and none of the default's.
  mode=$(sed -n '/^webhook:$/,/^[^ ]/s/^    mode: \(.*\)$/\1/p' "$dir/dist/chart/values.yaml")
  checked=""
  if [[ -n $mode ]]; then
    other=cert-manager
    [[ $mode == cert-manager ]] && other=self-managed
    "$helm" template "$project" "$dir/dist/chart" -n "$ns" --set webhook.tls.mode=nonsense >/dev/null 2>"$work/err" \
      && fail "helm template --set webhook.tls.mode=nonsense was accepted"
    grep -q "values don't meet the specifications of the schema" "$work/err" \
      || { cat "$work/err" >&2; fail "webhook.tls.mode=nonsense failed, but not by the schema"; }
    "$helm" template "$project" "$dir/dist/chart" -n "$ns" --set webhook.tls.mode=$other >"$work/other.yaml" \
      || fail "helm template --set webhook.tls.mode=$other failed"
    "$python" -c 'import sys, yaml
for o in yaml.safe_load_all(open(sys.argv[1])):
    assert o is None or (o["kind"] and o["metadata"]["name"] and o["metadata"].get("annotations", {}) is not None), o' \
      "$work/other.yaml" 2>"$work/err" || { cat "$work/err" >&2; fail "webhook.tls.mode=$other renders malformed objects"; }
    has() { grep -Eq "$1" "$work/other.yaml"; }
    cert_manager=('^kind: Issuer$' '^kind: Certificate$' 'cert-manager.io/inject-ca-from:' "secretName: $project-webhook-server-cert$")
    self_managed=("^  name: $project-webhook-tls-role$" '^        - name: WEBHOOK_TLS$' '^          value: self-managed$')
    if [[ $other == cert-manager ]]; then want=("${cert_manager[@]}") not=("${self_managed[@]}"); else want=("${self_managed[@]}") not=("${cert_manager[@]}"); fi
    for pattern in "${want[@]}"; do has "$pattern" || fail "webhook.tls.mode=$other renders nothing like $pattern"; done
    for pattern in "${not[@]}"; do has "$pattern" && fail "webhook.tls.mode=$other still renders $pattern ($mode)"; done
    checked=", webhook.tls.mode=$other"
  fi
  echo "helm lint, helm template = kubectl kustomize config = dist/install.yaml, schema$checked: passed"
done

[[ -n ${ENVTEST_KUBECONFIG:-} ]] || { echo "helm-check: no ENVTEST_KUBECONFIG: install, upgrade and uninstall not tried"; exit 0; }

# On the API server: install, reconcile, upgrade, uninstall. The operator runs beside the API server
# as the chart's ServiceAccount (its token), with the environment of the chart's Deployment.
export KUBECONFIG=$ENVTEST_KUBECONFIG
k=${ENVTEST_KUBECTL:-$kubectl}
java=${JAVA:-java}
note() { echo "helm-check: $project: $*"; }
await() {  # await SECONDS WHAT COMMAND...
  local timeout=$1 what=$2; shift 2
  for _ in $(seq $((timeout * 5))); do "$@" && return 0; sleep 0.2; done
  [[ -f $work/operator.log ]] && tail -n 30 "$work/operator.log" >&2
  fail "$what: not within $timeout s"
}
# The sample each project's operator reconciles, and where: a kind with a controller and no webhook
# (no Pod answers webhooks here).
declare -A sample_of=([memcached-operator]=policy_v1_clusterpolicy.yaml [etcd-operator]=etcd_v1beta2_etcdcluster.yaml)
declare -A sample_namespace=([memcached-operator]="" [etcd-operator]=etcd)

for project in "${projects[@]}"; do
  [[ -n ${sample_of[$project]:-} ]] || continue
  dir=$here/$project
  ns=$project-system
  jar=$dir/target/$project.jar
  [[ -f $jar ]] || fail "$jar is missing: build it with (cd $dir && mvn package)"
  sample=$dir/config/samples/${sample_of[$project]}
  sns=${sample_namespace[$project]}
  echo "-- $project on $("$k" config view --minify -o jsonpath='{.clusters[0].cluster.server}')"

  # A fresh install: what other checks deployed with kubectl apply -k config goes first, CRDs included.
  "$kubectl" kustomize "$dir/config" >"$work/old.yaml" 2>/dev/null
  "$k" delete -f "$work/old.yaml" --ignore-not-found --wait=true >/dev/null 2>&1 || true
  [[ -d $dir/config/rbac/namespaced ]] && { "$k" delete -f "$dir/config/rbac/namespaced" --ignore-not-found >/dev/null 2>&1 || true; }
  "$k" wait --for=delete "namespace/$ns" --timeout=120s >/dev/null 2>&1 || true
  [[ -z $sns ]] || "$k" create namespace "$sns" >/dev/null 2>&1 || true

  # The installer applies as it is, with the cluster's own kubectl, and goes again.
  "$k" apply -f "$dir/dist/install.yaml" >"$work/apply.log" 2>&1 || { cat "$work/apply.log" >&2; fail "kubectl apply -f dist/install.yaml failed"; }
  note "kubectl apply -f dist/install.yaml: $(grep -c . "$work/apply.log") objects"
  # --ignore-not-found: deleting the namespace (first in the file) may take its objects before kubectl gets to them.
  "$k" delete -f "$dir/dist/install.yaml" --ignore-not-found --wait=true >"$work/delete.log" 2>&1 \
    || { cat "$work/delete.log" >&2; fail "kubectl delete -f dist/install.yaml failed"; }
  "$k" wait --for=delete "namespace/$ns" --timeout=120s >/dev/null 2>&1 || true

  "$helm" install "$project" "$dir/dist/chart" -n "$ns" --create-namespace >"$work/install.log" \
    || { cat "$work/install.log" >&2; fail "helm install failed"; }
  crds=$(sed -n 's/^  name: \(.*\)$/\1/p' "$dir"/config/crd/*.yaml)
  # shellcheck disable=SC2086
  "$k" wait --for=condition=Established $(printf 'crd/%s ' $crds) --timeout=60s >/dev/null \
    || fail "the chart's CRDs are not established"
  note "helm install: $("$helm" status "$project" -n "$ns" -o json | jq -r .info.status), CRDs established"

  # The operator as the chart's ServiceAccount: its token from the Secret Kubernetes 1.20 makes for it.
  account=$("$k" get deployment "$project-controller-manager" -n "$ns" -o jsonpath='{.spec.template.spec.serviceAccountName}')
  secret_of() { secret=$("$k" get serviceaccount "$account" -n "$ns" -o jsonpath='{.secrets[0].name}' 2>/dev/null); [[ -n $secret ]]; }
  await 30 "a token Secret for the ServiceAccount $account" secret_of
  token=$("$k" get secret "$secret" -n "$ns" -o jsonpath='{.data.token}' | base64 -d)
  server=$("$k" config view --minify -o jsonpath='{.clusters[0].cluster.server}')
  ca=$("$k" config view --minify --raw --flatten -o jsonpath='{.clusters[0].cluster.certificate-authority-data}')
  printf 'apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: %s\n    certificate-authority-data: %s\nusers:\n- name: u\n  user:\n    token: %s\ncontexts:\n- name: o\n  context:\n    cluster: c\n    user: u\ncurrent-context: o\n' \
    "$server" "$ca" "$token" >"$work/operator.kubeconfig"
  # The Deployment's environment (values, not field references), then what the kubelet would set.
  env=()
  while IFS= read -r line; do env+=("$line"); done < <("$k" get deployment "$project-controller-manager" -n "$ns" -o json \
    | jq -r '.spec.template.spec.containers[0].env[] | select(.value != null) | "\(.name)=\(.value)"')
  # Its webhook certificate in this run's directory and ports the kernel picks (0): nothing left in
  # /tmp for later runs of an operator to find, and no clash with anything else on this machine. A
  # port drawn at random once met a client connection's local port (CI, "Address already in use").
  env+=(POD_NAMESPACE="$ns" POD_NAME="$project-helm-check" HEALTH_PORT=0 METRICS_PORT=0
    WEBHOOK_CERT_DIR="$work/serving-certs" WEBHOOK_PORT=0)
  env KUBECONFIG="$work/operator.kubeconfig" "${env[@]}" "$java" -XX:TieredStopAtLevel=1 -jar "$jar" \
    >"$work/operator.log" 2>&1 &
  operator_pid=$!

  "$k" apply -f "$sample" ${sns:+-n "$sns"} >/dev/null || fail "could not apply $sample"
  name=$("$k" get -f "$sample" ${sns:+-n "$sns"} -o jsonpath='{.metadata.name}')
  reconciled() {
    local got
    got=$("$k" get -f "$sample" ${sns:+-n "$sns"} -o jsonpath='{.status.observedGeneration}/{.metadata.generation}' 2>/dev/null)
    [[ $got == */* && ${got%/*} == "${got#*/}" ]]
  }
  await 120 "the operator reconciling $name as $account" reconciled
  note "the operator, as system:serviceaccount:$ns:$account, reconciled $name"
  # Self-managed webhook certificates: the operator made its Secret and gave its webhooks the CA, as
  # the chart's webhook TLS role lets it.
  secret=$(printf '%s\n' "${env[@]}" | sed -n 's/^WEBHOOK_SECRET=//p')
  configuration=$(printf '%s\n' "${env[@]}" | sed -n 's/^WEBHOOK_\(VALIDATING\|MUTATING\)_CONFIGURATION=//p' | head -n 1)
  if [[ -n $secret ]]; then
    has_secret() { "$k" get secret "$secret" -n "$ns" >/dev/null 2>&1; }
    await 60 "the webhook certificate Secret $secret" has_secret
    has_ca() {
      [[ -n $("$k" get validatingwebhookconfiguration,mutatingwebhookconfiguration -o json \
        | jq -r --arg n "$configuration" '.items[] | select(.metadata.name == $n) | .webhooks[0].clientConfig.caBundle // empty') ]]
    }
    [[ -z $configuration ]] || await 60 "the CA in $configuration" has_ca
    note "the operator made its webhook certificate ($secret) and put its CA into ${configuration:-no configuration}"
  fi
  kill "$operator_pid"; wait "$operator_pid" 2>/dev/null || true; operator_pid=""

  # An upgrade with another value rolls the Deployment out.
  before=$("$k" get deployment "$project-controller-manager" -n "$ns" -o jsonpath='{.metadata.generation}')
  "$helm" upgrade "$project" "$dir/dist/chart" -n "$ns" --set replicas=2 --set image.tag=v2 >/dev/null \
    || fail "helm upgrade failed"
  got=$("$k" get deployment "$project-controller-manager" -n "$ns" \
    -o jsonpath='{.metadata.generation} {.spec.replicas} {.spec.template.spec.containers[0].image}')
  [[ $got == "$((before + 1)) 2 $project:v2" ]] || fail "after helm upgrade: generation, replicas, image are $got"
  note "helm upgrade --set replicas=2 --set image.tag=v2: Deployment generation $before -> $got"

  # Uninstalling keeps the CRDs, and so the custom resources.
  "$helm" uninstall "$project" -n "$ns" >/dev/null || fail "helm uninstall failed"
  "$k" get deployment "$project-controller-manager" -n "$ns" >/dev/null 2>&1 && fail "the Deployment outlived helm uninstall"
  for crd in $crds; do
    "$k" get crd "$crd" >/dev/null 2>&1 || fail "helm uninstall deleted the CRD $crd"
  done
  "$k" get -f "$sample" ${sns:+-n "$sns"} >/dev/null || fail "helm uninstall deleted $name"
  note "helm uninstall kept the CRDs and $name"
  "$k" delete -f "$sample" ${sns:+-n "$sns"} --wait=false >/dev/null 2>&1 || true
done
echo "helm-check: passed"
