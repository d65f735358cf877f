package dev.opctl.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.opctl.engine.OpctlException;
import org.junit.jupiter.api.Test;

/** Jackson's naming strategies, by Jackson's own examples (the corpus checks Snake against fabric8). */
class JacksonNamingTest {
    private static String name(String strategy, String implicit) {
        return JacksonNaming.strategy("com.fasterxml.jackson.databind.PropertyNamingStrategies." + strategy, "A.java:1")
                .apply(implicit);
    }

    @Test
    void eachStrategyRenamesAsJacksonDoes() {
        assertEquals("max_retry_count", name("SnakeCaseStrategy", "maxRetryCount"));
        assertEquals("urlpath", name("SnakeCaseStrategy", "URLPath"));
        assertEquals("name", name("SnakeCaseStrategy", "_name"));
        assertEquals("MAX_RETRY_COUNT", name("UpperSnakeCaseStrategy", "maxRetryCount"));
        assertEquals("max-retry-count", name("KebabCaseStrategy", "maxRetryCount"));
        assertEquals("url-path", name("KebabCaseStrategy", "URLPath"));
        assertEquals("max.retry.count", name("LowerDotCaseStrategy", "maxRetryCount"));
        assertEquals("maxretrycount", name("LowerCaseStrategy", "maxRetryCount"));
        assertEquals("MaxRetryCount", name("UpperCamelCaseStrategy", "maxRetryCount"));
        assertEquals("maxRetryCount", name("LowerCamelCaseStrategy", "maxRetryCount"));
    }

    @Test
    void aStrategyOfTheProjectsOwnIsOneLineSayingWhatToDo() {
        OpctlException e = assertThrows(OpctlException.class,
                () -> JacksonNaming.strategy("com.example.MyStrategy", "A.java:3"));
        assertEquals("A.java:3: @JsonNaming(MyStrategy.class): opctl knows Jackson's own naming strategies only "
                + "(PropertyNamingStrategies.SnakeCaseStrategy, ...); name the properties with @JsonProperty instead",
                e.getMessage());
    }
}
