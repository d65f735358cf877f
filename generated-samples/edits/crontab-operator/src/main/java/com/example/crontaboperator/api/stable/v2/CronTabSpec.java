package com.example.crontaboperator.api.stable.v2;

import io.fabric8.generator.annotation.Pattern;

/**
 * The desired state of a CronTab in v2: what to run, and when. v1's {@code cronSpec} is
 * {@code schedule} here; CronTabConverter converts between the two.
 */
public class CronTabSpec {
    /**
     * When to run, in the five fields of cron: minute, hour, day of month, month, day of week.
     */
    @Pattern("^(\\d+|\\*)(/\\d+)?(\\s+(\\d+|\\*)(/\\d+)?){4}$")
    private String schedule;

    /**
     * The container image to run.
     */
    private String image;

    /**
     * How many copies to run each time.
     */
    private Integer replicas;

    public String getSchedule() {
        return schedule;
    }

    public void setSchedule(String schedule) {
        this.schedule = schedule;
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
