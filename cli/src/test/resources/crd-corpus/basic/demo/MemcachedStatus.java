package demo;
public class MemcachedStatus { private int ready; public int getReady() { return ready; } public void setReady(int r) { ready = r; } }
