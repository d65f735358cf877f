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
#   - with ENVTEST_KUBECONFIG set (a real API server, ../shared/envtest): helm install; the operator's
#     jar, run as the chart's ServiceAccount (envtest has no kubelet), reconciles a sample; helm
#     upgrade with another value changes the Deployment; helm uninstall keeps the CRDs and the sample.
#   [HELM=helm] [KUBECTL=kubectl] [ENVTEST_KUBECTL=...] generated-samples/helm-check.sh [PROJECT...]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
helm=${HELM:-helm}
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
  "$helm" lint "$dir/dist/chart" >"$work/lint.log" || { cat "$work/lint.log" >&2; fail "helm lint failed"; }

  # The same objects three ways.
  "$kubectl" kustomize "$dir/config" >"$work/kustomize.yaml" 2>/dev/null || fail "kubectl kustomize config failed"
  for f in "$dir"/config/rbac/namespaced/*.yaml; do
    [[ -f $f ]] && { echo "---"; cat "$f"; } >>"$work/kustomize.yaml"
  done
  "$helm" template "$project" "$dir/dist/chart" -n "$ns" >"$work/helm.yaml" || fail "helm template failed"
  "$here/manifests-diff.py" "$work/kustomize.yaml" "$work/helm.yaml" --drop Namespace \
    --ignore-annotation helm.sh/resource-policy || fail "helm template differs from kubectl kustomize config"
  "$here/manifests-diff.py" "$work/kustomize.yaml" "$dir/dist/install.yaml" \
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
  echo "helm lint, helm template = kubectl kustomize config = dist/install.yaml, schema: passed"
done

[[ -n ${ENVTEST_KUBECONFIG:-} ]] || { echo "helm-check: no ENVTEST_KUBECONFIG: install, upgrade and uninstall not tried"; exit 0; }
