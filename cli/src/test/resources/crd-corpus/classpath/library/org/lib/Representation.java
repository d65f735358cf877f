package org.lib;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.LinkedHashMap;
import java.util.Map;

/** Keycloak's representations' shape: extra fields through an any-getter whose own name is ignored. */
public class Representation {
    @JsonIgnore
    protected Map<String, Object> additionalFields = new LinkedHashMap<>();
    private Auth auth;
    private String id;

    @JsonAnyGetter
    public Map<String, Object> getAdditionalFields() {
        return additionalFields;
    }

    @JsonAnySetter
    public void setAdditionalField(String name, Object value) {
        additionalFields.put(name, value);
    }

    public Auth getAuth() {
        return auth;
    }

    public String getId() {
        return id;
    }

    public static class Auth {
        private String secret;

        public String getSecret() {
            return secret;
        }
    }
}
