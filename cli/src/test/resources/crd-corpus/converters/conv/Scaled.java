package conv;

public class Scaled extends Ratio {
    public int scale;
}
