package gear;

import lombok.Data;

/**
 * Lombok makes no accessor where the class has a method of its name in any case, with as many
 * parameters: getURL() stands for getUrl(), getname() for getName(); and with getID() protected,
 * Jackson sees no getter of "id" at all.
 */
@Data
public class Existing {
    private String url;
    private String name;
    private String id;

    public String getURL() {
        return url;
    }

    public String getname() {
        return name;
    }

    protected String getID() {
        return id;
    }
}
