package gadgets.shared;

/** Group, versions and limits, shared by the resource classes: compile-time constants from another file. */
public final class ApiConstants {
    public static final String GROUP = "gadgets." + ApiConstants.DOMAIN;
    public static final String V1 = "v1";
    public static final String V1BETA1 = "v1" + "beta" + 1;
    public static final int MAX_REPLICAS = 10;
    static final String DOMAIN = "example.com";

    private ApiConstants() {
    }
}
