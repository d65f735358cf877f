package rec;

public record Generic(Integer level, Integer hidden, String other) implements Of<Integer> {
}
