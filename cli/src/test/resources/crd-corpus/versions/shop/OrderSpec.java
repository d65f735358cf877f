package shop;

import java.util.Map;

public class OrderSpec {
    public String customer;
    public Map<String, Integer> items;
    public Priority priority;

    public enum Priority { LOW, NORMAL, HIGH }
}
