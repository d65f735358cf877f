package com.example.crontaboperator.api.stable.v2;

/**
 * The observed state of a CronTab, as its controller last saw it.
 *
 * TODO(user): v2 has the schema of v1, whose class this extends, so the API server serves
 * every CronTab in either version as it is. To change the schema in v2, declare its fields
 * here instead, and convert between the versions with a conversion webhook:
 * 'opctl add webhook --kind CronTab --version v2 --conversion' (on the storage version).
 */
public class CronTabStatus extends com.example.crontaboperator.api.stable.v1.CronTabStatus {
}
