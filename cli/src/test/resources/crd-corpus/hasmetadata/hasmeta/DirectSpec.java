package hasmeta;

public class DirectSpec {
    public String image;
    public int replicas;
}
