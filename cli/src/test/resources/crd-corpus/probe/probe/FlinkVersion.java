package probe;

public enum FlinkVersion implements Comparable<FlinkVersion> {
    v1_15, v1_16, v1_17, v1_18;

    public boolean isEqualOrNewer(FlinkVersion other) {
        return this.ordinal() >= other.ordinal();
    }
}
