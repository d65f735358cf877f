package nodes;

/** An ObjectNode through a class of the sources. */
public class Labels extends Extra {
    public String owner;
}
