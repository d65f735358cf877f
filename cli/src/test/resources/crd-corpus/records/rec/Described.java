package rec;

public record Described(long id, String name, String maybe, String dflt) implements Rules {
}
