package gadgets.shared;

public interface Names {
    String KIND = "Gadget";
    String SHORT = "gdg";
    boolean BETA_DEPRECATED = true;
}
