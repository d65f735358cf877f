#!/usr/bin/env bash
# A controller of a version that the API server serves only through the conversion webhook, as a
# user gets it when a kind's later version becomes the storage version (a new user's trial): a new
# project's Guestbook v1beta1 with its controller, then v1 added as the storage version, a conversion
# webhook and a validating webhook on v1, the controller left on v1beta1. The project's own
# OperatorE2ETest, as generated, against the API server of KUBECONFIG, must pass: it serves the
# webhooks itself (LocalWebhooks), so both samples are stored and the controller reconciles them;
# afterwards the CRD calls the operator's Service again and the webhook configuration is gone.
# CI runs this with the end-to-end tests.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
opctl=$here/../opctl
kubectl=${KUBECTL:-kubectl}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "conversion check: $*" >&2; exit 1; }

"$opctl" new conversion-check --domain conversion.example.com >/dev/null
cd conversion-check
"$opctl" add api --group webapp --version v1beta1 --kind Guestbook --controller >/dev/null
"$opctl" add api --group webapp --version v1 --kind Guestbook --storage >/dev/null
"$opctl" add webhook --group webapp --version v1 --kind Guestbook --conversion --validation >/dev/null
grep -q 'LocalWebhooks.serve(admin, extension.getKubernetesClient());' \
  src/test/java/com/example/conversion/conversioncheck/OperatorServiceAccount.java \
  || fail "the end-to-end test does not serve the webhooks"
mvn -B -q test -De2e -Dtest=OperatorE2ETest -Dsurefire.failIfNoSpecifiedTests=false \
  || fail "OperatorE2ETest failed: the controller of v1beta1 did not reconcile through the conversion webhook"
grep -q 'Tests run: 1, Failures: 0, Errors: 0, Skipped: 0' target/surefire-reports/*OperatorE2ETest.txt \
  || fail "OperatorE2ETest did not run"
service=$("$kubectl" get crd guestbooks.webapp.conversion.example.com \
  -o jsonpath='{.spec.conversion.webhook.clientConfig.service.name}')
[[ $service == conversion-check-webhook-service ]] \
  || fail "after the test, the CRD's conversion does not call the operator's Service again: '$service'"
if "$kubectl" get validatingwebhookconfiguration conversion-check-validating-webhook-configuration >/dev/null 2>&1; then
  fail "after the test, the validating webhook configuration is still there"
fi
echo "conversion check: the controller of a converted version reconciles in the generated end-to-end test"
