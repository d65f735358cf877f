package probe;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** An enum with Lombok's getter carrying @JsonValue. */
@RequiredArgsConstructor
public enum UpgradeMode {
    SAVEPOINT("savepoint"),
    LAST_STATE("last-state"),
    STATELESS("stateless");

    @JsonValue
    @Getter
    private final String value;
}
