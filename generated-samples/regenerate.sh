#!/usr/bin/env bash
# Regenerates every project under generated-samples/ from opctl commands alone, through ./opctl as a
# user runs it. CI runs this and fails when it changes any file; review such a diff like code.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
opctl=$here/../opctl
cd "$here"

# Scenarios of ../shared/SCENARIOS.md. Where a scenario needs what opctl does not generate (spec
# fields, reconcile logic), the user's edits are copied from edits/<project>/, kept apart so that
# they read as a user's changes, and `opctl generate` then updates what depends on them.
edit() {  # PROJECT: apply edits/PROJECT over the project, then regenerate
  cp -R "edits/$1/." "$1/"
  (cd "$1" && "$opctl" generate >/dev/null)
}

# The README's quickstart, word for word.
rm -rf demo-operator
"$opctl" new demo-operator --domain example.com

# The Helm chart and installer ('opctl edit --helm', checked by helm-check.sh) are made in four samples:
# self-managed webhook certificates here, a conversion webhook (crontab), namespaced RBAC (etcd) and
# cert-manager's certificates (sidecarset).
#
# Kinds and controllers: APIs in three groups (namespaced and cluster-scoped), a second version of a
# kind, workload controllers (Deployment and StatefulSet), a plain controller added on its own, one
# for a built-in kind, and a validating webhook whose certificate the operator makes itself
# (self-managed, no cert-manager). CI builds and tests this project too. The edits are an
# end-to-end test of the Deployment workload, and the validator with its end-to-end test.
rm -rf memcached-operator
"$opctl" new memcached-operator --domain example.com
(
  cd memcached-operator
  "$opctl" add api --group cache --version v1alpha1 --kind Memcached --short-names mc \
    --workload deployment --image memcached:1.6 --port 11211
  "$opctl" add api --group cache --version v1beta1 --kind Memcached
  "$opctl" add api --group policy --version v1 --kind ClusterPolicy --namespaced=false --categories all
  "$opctl" add controller --kind ClusterPolicy
  "$opctl" add api --group data --version v1 --kind Cassandra --workload statefulset \
    --image cassandra:4.1 --port 9042
  "$opctl" add controller --group core --version v1 --kind Service --watch Pod
  "$opctl" edit --webhook-tls self-managed
  "$opctl" add webhook --group cache --version v1alpha1 --kind Memcached --validation
  "$opctl" edit --helm
  "$opctl" generate --check
)
edit memcached-operator

# Scenario 2: CronTab, an API with no controller; then a v2 that renames spec.cronSpec to
# spec.schedule, stored as v2, with a conversion webhook between the two. The edits: both versions'
# specs, the converter, samples, and the conversion's end-to-end test.
rm -rf crontab-operator
"$opctl" new crontab-operator --domain example.com
(
  cd crontab-operator
  "$opctl" add api --group stable --version v1 --kind CronTab --short-names ct
  "$opctl" add api --group stable --version v2 --kind CronTab --storage
  "$opctl" add webhook --group stable --kind CronTab --conversion
  "$opctl" edit --helm
)
edit crontab-operator

# Scenario 5: the etcd cluster operator, which (as CoreOS's) manages the clusters of one namespace:
# its role is bound there only. The edit is its end-to-end test: the downward API in the operator's
# Deployment, and a role that covers what the controller touches, where it does, and nothing more.
rm -rf etcd-operator
"$opctl" new etcd-operator --domain database.coreos.com
(
  cd etcd-operator
  "$opctl" add api --group etcd --version v1beta2 --kind EtcdCluster --short-names etcd
  "$opctl" add controller --kind EtcdCluster
  "$opctl" edit --namespaces etcd
  "$opctl" edit --helm
)
edit etcd-operator

# Scenario 1: the Cassandra operator. opctl's workload controller is the StatefulSet, headless
# Service, size and status the scenario describes; the edit is the sample resource.
rm -rf cassandra-operator
"$opctl" new cassandra-operator --domain zhangaoo.com
(
  cd cassandra-operator
  "$opctl" add api --group cassandra --version v1alpha1 --kind CassandraService \
    --workload statefulset --image gcr.io/google-samples/cassandra:v13 --port 9042
)
edit cassandra-operator

# Scenario 3: Foo, Kubernetes' sample-controller. The edits: the spec and status, and a reconciler
# whose Deployment is named by spec.deploymentName.
rm -rf sample-controller
"$opctl" new sample-controller --domain k8s.io
(
  cd sample-controller
  "$opctl" add api --group samplecontroller --version v1alpha1 --kind Foo
  "$opctl" add controller --kind Foo
)
edit sample-controller

# Scenario 6: a controller for a built-in kind, Service, watching Pods; the edit keeps the Pod ->
# Service mapping and exposes it.
rm -rf service-mapper
"$opctl" new service-mapper --domain example.com
(cd service-mapper && "$opctl" add controller --group core --version v1 --kind Service --watch Pod)
edit service-mapper

# Scenario 4: SidecarSet, cluster-scoped, whose controller counts the Pods its selector matches, with
# its three webhooks (certificates from cert-manager): SidecarSet defaults and validation, and a Pod
# defaulter that injects the sidecars of the SidecarSets that select a Pod. The edits: spec, status
# with the MATCHED printer column, the reconciler, the webhooks and their end-to-end test.
rm -rf sidecarset-operator
"$opctl" new sidecarset-operator --domain kruise.io
(
  cd sidecarset-operator
  "$opctl" add api --group apps --version v1alpha1 --kind SidecarSet --namespaced=false
  "$opctl" add controller --kind SidecarSet
  "$opctl" add webhook --group apps --kind SidecarSet --defaulting --validation
  "$opctl" add webhook --group core --version v1 --kind Pod --defaulting
  "$opctl" edit --helm
)
edit sidecarset-operator
