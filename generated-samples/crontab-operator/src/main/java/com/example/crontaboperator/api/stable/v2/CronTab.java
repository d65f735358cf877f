package com.example.crontaboperator.api.stable.v2;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * CronTab is the Schema for the crontabs API (stable.example.com/v2).
 *
 * TODO(user): say what a CronTab is for: 'kubectl explain crontab' shows the text above. Its
 * schema comes from {@link CronTabSpec} and {@link CronTabStatus}; run 'opctl generate' after
 * editing them to update the CRD in config/crd.
 */
@Group("stable.example.com")
@Version("v2")
@Plural("crontabs")
@ShortNames("ct")
public class CronTab extends CustomResource<CronTabSpec, CronTabStatus> implements Namespaced {
    private static final long serialVersionUID = 1L;
}
