package com.example.crontaboperator.api.stable.v2;

/**
 * The observed state of a CronTab in v2: the same as in v1, whose class this extends, so
 * the API server serves every CronTab in either version as it is.
 *
 * TODO(user): to change the schema in v2, declare its fields here instead of extending
 * v1's; the API server then needs a conversion webhook to serve an object stored in one
 * version in the other, which opctl does not generate yet.
 */
public class CronTabStatus extends com.example.crontaboperator.api.stable.v1.CronTabStatus {
}
