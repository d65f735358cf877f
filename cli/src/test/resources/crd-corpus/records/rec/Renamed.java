package rec;

public record Renamed(String name, long id, int level) implements Renames, Bounded.Levelled {
}
