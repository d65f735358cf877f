package shop;

public class OrderStatus {
    public boolean shipped;
    public Long total;
}
