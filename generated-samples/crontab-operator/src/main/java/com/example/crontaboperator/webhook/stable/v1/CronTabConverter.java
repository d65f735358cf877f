package com.example.crontaboperator.webhook.stable.v1;

import com.example.crontaboperator.api.stable.v1.CronTab;
import com.example.crontaboperator.webhook.Converter;

/**
 * Converts CronTab objects between stable.example.com/v1 (this version) and stable.example.com/v2, the storage
 * version and hub, for the API server's conversion webhook: v1's {@code spec.cronSpec} is v2's
 * {@code spec.schedule}; everything else is the same in both.
 */
public class CronTabConverter
        implements Converter<com.example.crontaboperator.api.stable.v2.CronTab, CronTab> {
    @Override
    public com.example.crontaboperator.api.stable.v2.CronTab toHub(CronTab cronTab) {
        var hub = Converter.copy(cronTab, com.example.crontaboperator.api.stable.v2.CronTab.class);
        if (cronTab.getSpec() != null) {
            hub.getSpec().setSchedule(cronTab.getSpec().getCronSpec());
        }
        return hub;
    }

    @Override
    public CronTab fromHub(com.example.crontaboperator.api.stable.v2.CronTab hub) {
        CronTab cronTab = Converter.copy(hub, CronTab.class);
        if (hub.getSpec() != null) {
            cronTab.getSpec().setCronSpec(hub.getSpec().getSchedule());
        }
        return cronTab;
    }
}
