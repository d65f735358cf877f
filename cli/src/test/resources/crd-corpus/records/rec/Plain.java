package rec;

/** The same kind of interface on a class with getters, as a neighbour. */
public class Plain implements Getters {
    public int level;
    public String secret;

    @Override
    public int getLevel() {
        return level;
    }

    @Override
    public String getSecret() {
        return secret;
    }
}
