package fidelity;

public class Person implements Named {
    private String name;
    private String secret;
    public int age;

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getSecret() {
        return secret;
    }
}
