package rec;

public class AccountSpec {
    public Limits limits;
    public Renamed renamed;
    public Described described;
    public Generic generic;
    public Hidden hidden;
    public Named named;
    public Plain plain;
}
