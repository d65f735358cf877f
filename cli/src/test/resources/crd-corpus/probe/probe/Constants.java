package probe;

public interface Constants {
    String DOMAIN = "probe.io";
    int MAX_REPLICAS = 1 << 8;
    long MIN_MEM = 64L * 1024;
    double RATIO = 0.75d;
    String NAME_RE = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";
    /** javac folds == on constant strings (interned) to equality. */
    boolean PROBE_DOMAIN = DOMAIN == "probe.io";
    int LIMIT = PROBE_DOMAIN && DOMAIN != "other.io" ? 7 : 9;
}
