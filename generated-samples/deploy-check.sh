#!/usr/bin/env bash
# Deploys every sample project the way its README says (kubectl apply -k config) to the cluster of
# KUBECONFIG, then checks what the API server made of it:
#   - every CRD is established, every sample of config/samples is accepted, and each short name
#     lists its kind's samples (scenario 2: `kubectl get ct`);
#   - the operator's ServiceAccount, as deployed, holds every rule of config/rbac/role.yaml (in the
#     namespaces of config/rbac/namespaced only, when the project has them) and the leader election
#     Lease in its own namespace, and not Secrets, Namespaces or Leases elsewhere.
# Pods never run here (envtest has no kubelet): the operators themselves run in the *E2ETest tests.
#   [KUBECTL=kubectl] generated-samples/deploy-check.sh [PROJECT...]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
kubectl=${KUBECTL:-kubectl}
projects=("$@")
if [[ ${#projects[@]} -eq 0 ]]; then
  for pom in "$here"/*/pom.xml; do projects+=("$(basename "$(dirname "$pom")")"); done
fi

fail() { echo "deploy-check: $project: $*" >&2; exit 1; }

# can ANSWER VERB RESOURCE [ARGS...]: the operator's ServiceAccount may (yes) or may not (no) do it.
can() {
  local want=$1; shift
  local got
  got=$("$kubectl" auth can-i --as="$as" "$@" 2>/dev/null || true)
  [[ $got == "$want" ]] || fail "kubectl auth can-i $* as $as: expected $want, got ${got:-an error}"
}

# kubectl 1.20 and older embed kustomize 2.0.3, whose image transformer stops at a CRD with a
# `containers` property (kustomize issue 890; scenario 4's SidecarSet has one). With such a kubectl
# (envtest's) the check builds each config without its `images:` block; the image does not matter here.
minor=$("$kubectl" version --client -o json | sed -n 's/.*"minor": *"\([0-9]*\).*/\1/p')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for project in "${projects[@]}"; do
  config=$here/$project/config
  echo "-- $project"
  if [[ ${minor:-99} -le 20 ]]; then
    rm -rf "$work/config" && cp -R "$config" "$work/config"
    sed -i '/^images:/,/^$/d' "$work/config/kustomization.yaml"
    config=$work/config
  fi
  # What kubectl apply -k would apply. The cert-manager kinds of a project with webhooks need
  # cert-manager, which envtest does not have: they are only rendered. Its webhook configurations are
  # checked by the API server (--dry-run=server) but not applied: no operator Pod runs to answer them,
  # and with failurePolicy Fail they would refuse the samples.
  rm -rf "$work/docs" && mkdir "$work/docs"
  "$kubectl" kustomize "$config" >"$work/all.yaml" || fail "kubectl kustomize config failed"
  awk -v dir="$work/docs" 'BEGIN { f = sprintf("%s/%03d.yaml", dir, 0) }
    /^---$/ { n++; f = sprintf("%s/%03d.yaml", dir, n); next } { print > f }' "$work/all.yaml"
  : >"$work/apply.yaml"
  webhooks=()
  certmanager=0
  for doc in "$work"/docs/*.yaml; do
    if grep -q '^apiVersion: cert-manager.io/' "$doc"; then
      certmanager=$((certmanager + 1))
    elif grep -qE '^kind: (Mutating|Validating)WebhookConfiguration$' "$doc"; then
      webhooks+=("$doc")
    else
      { echo "---"; cat "$doc"; } >>"$work/apply.yaml"
    fi
  done
  log=$("$kubectl" apply -f "$work/apply.yaml" 2>&1) || { echo "$log" >&2; fail "kubectl apply -k config failed"; }
  for doc in "${webhooks[@]}"; do
    log=$("$kubectl" apply --dry-run=server -f "$doc" 2>&1) || { echo "$log" >&2; fail "a webhook configuration was refused"; }
    echo "$log"
  done
  if [[ ${#webhooks[@]} -gt 0 ]]; then
    # The certificate: cert-manager's Secret mounted, or (self-managed) made by the operator itself.
    deployment=$("$kubectl" get -f "$work/apply.yaml" -o jsonpath='{range .items[?(@.kind=="Deployment")]}{.spec.template.spec.containers[0].ports[*].name} {.spec.template.spec.volumes[*].secret.secretName}{.spec.template.spec.containers[0].env[?(@.name=="WEBHOOK_TLS")].value}{end}')
    [[ $deployment == *webhook-server*webhook-server-cert* || $deployment == *webhook-server*self-managed ]] ||
      fail "the Deployment lacks the webhook port or certificate: $deployment"
    echo "webhooks: ${#webhooks[@]} configuration(s) accepted (dry run), $certmanager cert-manager object(s) rendered, Deployment: $deployment"
  fi

  # The CRDs and the samples.
  check=deploy-check-$project
  "$kubectl" create namespace "$check" >/dev/null
  crds=$("$kubectl" get -f "$work/apply.yaml" -o jsonpath='{range .items[?(@.kind=="CustomResourceDefinition")]}{.metadata.name} {.spec.scope} {.spec.names.kind} {.spec.names.shortNames[*]}{"\n"}{end}')
  while read -r name scope kind shorts; do
    [[ -n $name ]] || continue
    "$kubectl" wait --for=condition=Established "crd/$name" --timeout=30s >/dev/null || fail "CRD $name not established"
  done <<<"$crds"
  # A sample of a version that its CRD stores only through the operator's conversion webhook (a kind
  # whose versions convert through its storage version) cannot be created without the operator.
  converted=$("$kubectl" get -f "$work/apply.yaml" -o jsonpath='{range .items[?(@.spec.conversion.strategy=="Webhook")]}{.spec.group} {.spec.versions[?(@.storage==false)].name}{"\n"}{end}')
  rm -rf "$work/samples" && mkdir "$work/samples"
  for sample in "$config"/samples/*.yaml; do
    [[ -f $sample ]] || continue
    api=$(sed -n 's/^apiVersion: *//p' "$sample" | head -n 1)
    skip=""
    while read -r group versions; do
      for v in $versions; do [[ $api == "$group/$v" ]] && skip=yes; done
    done <<<"$converted"
    if [[ -n $skip ]]; then
      echo "$(basename "$sample"): $api is stored through the conversion webhook; not applied without the operator"
    else
      cp "$sample" "$work/samples/"
    fi
  done
  if compgen -G "$work/samples/*.yaml" >/dev/null; then
    log=$("$kubectl" apply -n "$check" -f "$work/samples" 2>&1) || { echo "$log" >&2; fail "a sample was refused"; }
  fi
  while read -r name scope kind shorts; do
    [[ -n $name ]] || continue
    expected=$(grep -l "^kind: $kind$" "$work"/samples/*.yaml 2>/dev/null | wc -l)
    scoped=(); [[ $scope == Namespaced ]] && scoped=(-n "$check")
    for short in $shorts; do
      listed=$("$kubectl" get "$short" "${scoped[@]}" -o name | wc -l) || fail "kubectl get $short failed"
      [[ $listed -eq $expected ]] || fail "kubectl get $short listed $listed objects, expected $expected"
      echo "kubectl get $short: $listed $kind"
    done
  done <<<"$crds"

  # RBAC as deployed: the Deployment's ServiceAccount and what the bindings give it.
  sa=$("$kubectl" get -f "$work/apply.yaml" -o jsonpath='{range .items[?(@.kind=="Deployment")]}{.metadata.namespace}:{.spec.template.spec.serviceAccountName}{end}')
  namespace=${sa%%:*}
  as=system:serviceaccount:$namespace:${sa#*:}
  # After 'opctl edit --namespaces', RoleBindings grant the role in those namespaces only.
  bindings=$config/rbac/namespaced/role_bindings.yaml
  scopes=(--all-namespaces)
  if [[ -f $bindings ]]; then
    scopes=()
    for ns in $("$kubectl" create --dry-run=client -f "$bindings" \
        -o jsonpath='{range .items[*]}{.metadata.namespace}{" "}{end}{.metadata.namespace}'); do
      "$kubectl" get namespace "$ns" >/dev/null 2>&1 || "$kubectl" create namespace "$ns" >/dev/null
      scopes+=("-n $ns")
    done
    log=$("$kubectl" apply -f "$bindings" 2>&1) || { echo "$log" >&2; fail "kubectl apply -f $bindings failed"; }
  fi
  rules=$("$kubectl" get -f "$config/rbac/role.yaml" -o jsonpath='{range .rules[*]}{.apiGroups[0]}|{.resources[*]}|{.verbs[*]}{"\n"}{end}')
  granted=0
  while IFS='|' read -r group resources verbs; do
    [[ -n $resources ]] || continue
    for resource in $resources; do
      sub=(); [[ $resource == */* ]] && sub=(--subresource="${resource#*/}")
      for verb in $verbs; do
        for scope in "${scopes[@]}"; do
          # shellcheck disable=SC2086
          can yes "$verb" "${resource%%/*}${group:+.$group}" "${sub[@]}" $scope
          granted=$((granted + 1))
        done
        if [[ ${scopes[0]} != --all-namespaces ]]; then
          can no "$verb" "${resource%%/*}${group:+.$group}" "${sub[@]}" --all-namespaces
          can no "$verb" "${resource%%/*}${group:+.$group}" "${sub[@]}" -n "$check"
        fi
      done
    done
  done <<<"$rules"
  can yes create leases.coordination.k8s.io -n "$namespace"
  can no create leases.coordination.k8s.io -n "$check"
  grep -q '^  - secrets$' "$config/rbac/role.yaml" || can no list secrets --all-namespaces
  can no delete namespaces
  # Self-managed webhook certificates: the operator's own Secret, by name, and no other.
  if [[ -f $config/rbac/webhook_tls_role.yaml ]]; then
    secret=$(sed -n 's/^  - \(.*-webhook-server-cert\)$/\1/p' "$config/rbac/webhook_tls_role.yaml")
    can yes update "secrets/$secret" -n "$namespace"
    can no get secrets/another -n "$namespace"
  fi
  echo "$as: the $granted verbs of its role (${scopes[*]}), its Lease, and nothing else checked"

  # Cluster-scoped samples outlive the namespace.
  compgen -G "$work/samples/*.yaml" >/dev/null && "$kubectl" delete -n "$check" -f "$work/samples" --wait=false >/dev/null 2>&1
  "$kubectl" delete namespace "$check" --wait=false >/dev/null
done
