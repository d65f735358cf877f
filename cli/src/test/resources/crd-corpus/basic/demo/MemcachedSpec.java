package demo;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import java.util.List;
import java.util.Map;

public class MemcachedSpec {
    @Required
    @Min(1)
    @Max(10)
    @JsonPropertyDescription("How many pods")
    private int size;
    private Integer boxed;
    private long big;
    private double ratio;
    private float f;
    private boolean on;
    @Pattern("^[a-z]+$")
    private String image;
    private List<String> args;
    private Map<String, String> labels;
    private Mode mode;
    private Inner inner;
    public String publicField;
    private String hidden;

    public enum Mode { FAST, SLOW }
    public static class Inner { private String a; public String getA() { return a; } public void setA(String a) { this.a = a; } }

    public int getSize() { return size; } public void setSize(int s) { size = s; }
    public Integer getBoxed() { return boxed; } public void setBoxed(Integer b) { boxed = b; }
    public long getBig() { return big; } public void setBig(long b) { big = b; }
    public double getRatio() { return ratio; } public void setRatio(double r) { ratio = r; }
    public float getF() { return f; } public void setF(float v) { f = v; }
    public boolean isOn() { return on; } public void setOn(boolean o) { on = o; }
    public String getImage() { return image; } public void setImage(String i) { image = i; }
    public List<String> getArgs() { return args; } public void setArgs(List<String> a) { args = a; }
    public Map<String, String> getLabels() { return labels; } public void setLabels(Map<String, String> l) { labels = l; }
    public Mode getMode() { return mode; } public void setMode(Mode m) { mode = m; }
    public Inner getInner() { return inner; } public void setInner(Inner i) { inner = i; }
}
