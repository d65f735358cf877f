#!/usr/bin/env bash
# Proves a sample's generated role grants no more than its operator uses, from the API server's
# audit log of the operator's end-to-end tests. They run the operator as the ServiceAccount
# 'e2e-operator', bound only to config/rbac/role.yaml, and pass only if that is enough (they also
# probe that it is refused what it must not do, so refusals in the log are expected). Every verb on
# every resource the role grants must have been used, except where the audit log cannot show it
# (listed below, with why).
#   generated-samples/rbac-audit.sh SAMPLE AUDIT_LOG
# AUDIT_LOG holds the JSON lines the kube-apiserver wrote (--audit-log-path) while that sample's
# tests ran, at level Metadata or above. See .ci/run for how CI records it.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
sample=$1
audit=$2
role=$here/$sample/config/rbac/role.yaml
fail() { echo "rbac-audit: $sample: $*" >&2; exit 1; }
[[ -f $role ]] || fail "no $role"
[[ -f $audit ]] || fail "no audit log $audit"

# "group resource[/subresource] verb" for each request of the operator's ServiceAccount that was
# allowed; a core group is written "core".
requests=$(grep -E '"username":"system:serviceaccount:[^"]*:e2e-operator"' "$audit" || true)
if [[ -z $requests ]] && grep -qx 'rules: \[\]' "$role"; then
  # An operator with no controller yet: its role grants nothing, and OperatorE2ETest skips itself,
  # as JOSDK's extension cannot start an operator without a controller.
  echo "rbac-audit: $sample: the role grants nothing and no controller runs yet: nothing to audit"
  exit 0
fi
[[ -n $requests ]] || fail "the audit log has no request of the e2e-operator ServiceAccount: did the e2e tests run?"
used=$(while IFS= read -r line; do
  verb=$(sed -E 's/.*"verb":"([^"]*)".*/\1/' <<<"$line")
  ref=$(grep -oE '"objectRef":\{[^}]*\}' <<<"$line" || true)
  field() { grep -oE "\"$1\":\"[^\"]*\"" <<<"$ref" | sed -E 's/.*:"(.*)"/\1/' || true; }
  resource=$(field resource); group=$(field apiGroup); sub=$(field subresource)
  [[ -n $resource ]] || continue
  echo "${group:-core} $resource${sub:+/$sub} $verb"
done < <(grep -vF '"code":403' <<<"$requests") | sort -u)

# The same triples for each rule of the role.
granted=$(awk '
  function flush() { for (g in groups) for (r in resources) for (v in verbs) print g, r, v; delete groups; delete resources; delete verbs }
  /^- apiGroups:/ { flush(); section = "groups"; next }
  /^  resources:/ { section = "resources"; next }
  /^  verbs:/ { section = "verbs"; next }
  /^  - / { item = $2; gsub(/"/, "", item); if (section == "groups") groups[item == "" ? "core" : item] = 1;
            else if (section == "resources") resources[item] = 1; else verbs[item] = 1 }
  END { flush() }' "$role" | sort -u)

unused=()
while read -r group resource verb; do
  [[ -n $verb ]] || continue
  grep -qxF "$group $resource $verb" <<<"$used" && continue
  case "$resource $verb" in
    # Apply patches that create an object are logged as 'patch'; the API server checks 'create' too.
    *" create") grep -qxF "$group $resource patch" <<<"$used" && continue ;;
    # Checked by the OwnerReferencesPermissionEnforcement admission plugin when the operator sets
    # blockOwnerDeletion on an owner reference; never a request of its own.
    */finalizers" update") continue ;;
    # Dependents deleted when a workflow's condition turns false, or a bulk dependent's objects it
    # no longer wants: not every sample's tests get there.
    *" delete") continue ;;
  esac
  unused+=("$group $resource $verb")
done <<<"$granted"
if (( ${#unused[@]} > 0 )); then
  printf '  %s\n' "${unused[@]}" >&2
  fail "config/rbac/role.yaml grants what the operator never used in its end-to-end tests (above)"
fi
echo "rbac-audit: $sample: $(wc -l <<<"$granted") grants, each used or needed; $(wc -l <<<"$used") distinct requests"
