package org.joda.time;

/**
 * A class of Joda-Time's package (a stand-in: the corpus needs no joda-time jar). Jackson refuses
 * to write org.joda.time's classes without its Joda module, and fabric8 makes them any JSON.
 */
public class Stamp {
    public long getMillis() {
        return 0;
    }
}
