package fidelity;

import io.fabric8.generator.annotation.Default;
import java.util.List;
import java.util.Map;

/**
 * Defaults read as fabric8 reads them, by YAML 1.2's JSON schema: words YAML 1.1 took for booleans,
 * octal and hex numbers stay text as written.
 */
public class Yaml12Defaults {
    @Default("off")
    public String tls;
    @Default("yes")
    public String confirm;
    @Default("True")
    public String cased;
    @Default("0644")
    public String mode;
    @Default("0x1F")
    public String hex;
    @Default("1_000")
    public String underscored;
    @Default("~")
    public String tilde;
    @Default("'quoted'")
    public String quoted;
    @Default("12")
    public String number;
    @Default("-1.5e3")
    public Double scientific;
    @Default("true")
    public boolean flag;
    @Default("[\"on\", \"0644\", 7]")
    public List<String> words;
    @Default("a: off\nb: 010")
    public Map<String, String> settings;
}
