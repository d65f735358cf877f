package made;

public class OrderSpec {
    public Immutable immutable;
    public Factory factory;
    public Pair pair;
    public Implicit implicit;
    public Preferred preferred;
    public Disabled disabled;
    public FirstWins firstWins;
    public Renamed renamed;
    public Unnamed unnamed;
}
