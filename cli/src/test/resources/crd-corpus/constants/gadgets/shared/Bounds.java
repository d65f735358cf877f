package gadgets.shared;

/** Constants a spec inherits by implementing the interface. */
public interface Bounds {
    int PORTS = 8;
    double SHARE = 0.25;
}
