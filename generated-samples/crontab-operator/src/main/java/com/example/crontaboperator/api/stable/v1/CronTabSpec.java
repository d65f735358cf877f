package com.example.crontaboperator.api.stable.v1;

import io.fabric8.generator.annotation.Pattern;

/**
 * The desired state of a CronTab: what to run, and when.
 */
public class CronTabSpec {
    /**
     * When to run, in the five fields of cron: minute, hour, day of month, month, day of week.
     */
    @Pattern("^(\\d+|\\*)(/\\d+)?(\\s+(\\d+|\\*)(/\\d+)?){4}$")
    private String cronSpec;

    /**
     * The container image to run.
     */
    private String image;

    /**
     * How many copies to run each time.
     */
    private Integer replicas;

    public String getCronSpec() {
        return cronSpec;
    }

    public void setCronSpec(String cronSpec) {
        this.cronSpec = cronSpec;
    }

    public String getImage() {
        return image;
    }

    public void setImage(String image) {
        this.image = image;
    }

    public Integer getReplicas() {
        return replicas;
    }

    public void setReplicas(Integer replicas) {
        this.replicas = replicas;
    }
}
