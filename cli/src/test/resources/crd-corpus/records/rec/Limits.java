package rec;

/** An accessor written out keeps the interface's annotations too. */
public record Limits(int level, String name, String code, String secret, String other) implements Bounded {
    @Override
    public String secret() {
        return secret;
    }
}
