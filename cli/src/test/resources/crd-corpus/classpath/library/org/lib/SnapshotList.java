package org.lib;

import io.fabric8.kubernetes.api.model.DefaultKubernetesResourceList;

/** A library's list of its resource (Strimzi's KafkaTopicList, say). */
public class SnapshotList extends DefaultKubernetesResourceList<Snapshot> {
}
