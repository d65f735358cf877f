package hasmeta;

public class DirectStatus {
    public String phase;
}
