package dev.opctl.crd;

import dev.opctl.engine.OpctlException;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Jackson's property naming strategies ({@code @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)}):
 * how each turns an implicit property name ({@code maxRetryCount}) into the JSON name
 * ({@code max_retry_count}), by Jackson's own algorithms.
 */
final class JacksonNaming {
    private JacksonNaming() {
    }

    /**
     * The strategy a {@code @JsonNaming} names by its class.
     *
     * @param strategy the class's qualified name, e.g. {@code com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy}
     * @param where where the annotation is, for the error
     * @throws OpctlException (invalid input) for a strategy that is not one of Jackson's
     */
    static UnaryOperator<String> strategy(String strategy, String where) {
        String simple = strategy.substring(strategy.lastIndexOf('.') + 1);
        return switch (simple) {
            case "SnakeCaseStrategy" -> JacksonNaming::snake;
            case "UpperSnakeCaseStrategy" -> name -> snake(name).toUpperCase(Locale.ROOT);
            case "KebabCaseStrategy" -> name -> lowerWithSeparator(name, '-');
            case "LowerDotCaseStrategy" -> name -> lowerWithSeparator(name, '.');
            case "LowerCaseStrategy" -> name -> name.toLowerCase(Locale.ROOT);
            case "UpperCamelCaseStrategy" -> name -> name.isEmpty() ? name
                    : Character.toUpperCase(name.charAt(0)) + name.substring(1);
            case "LowerCamelCaseStrategy" -> UnaryOperator.identity();
            default -> throw OpctlException.invalidInput(String.format("%s: @JsonNaming(%s.class): opctl knows "
                    + "Jackson's own naming strategies only (PropertyNamingStrategies.SnakeCaseStrategy, ...); name "
                    + "the properties with @JsonProperty instead", where, simple));
        };
    }

    /** {@code maxRetryCount} to {@code max_retry_count}, a run of capitals kept as one word ({@code URLPath} to {@code urlpath}). */
    static String snake(String input) {
        StringBuilder result = new StringBuilder(input.length() * 2);
        boolean previousUpper = false;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (i == 0 && c == '_') {
                continue; // a leading underscore goes
            }
            if (Character.isUpperCase(c)) {
                if (!previousUpper && result.length() > 0 && result.charAt(result.length() - 1) != '_') {
                    result.append('_');
                }
                c = Character.toLowerCase(c);
                previousUpper = true;
            } else {
                previousUpper = false;
            }
            result.append(c);
        }
        return result.length() > 0 ? result.toString() : input;
    }

    /** {@code maxRetryCount} to {@code max-retry-count}; a run of capitals is a word ({@code URLPath} to {@code url-path}). */
    static String lowerWithSeparator(String input, char separator) {
        StringBuilder result = new StringBuilder(input.length() + (input.length() >> 1));
        int upperCount = 0;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            char lower = Character.toLowerCase(c);
            if (lower == c) {
                if (upperCount > 1) {
                    result.insert(result.length() - 1, separator);
                }
                upperCount = 0;
            } else {
                if (upperCount == 0 && i > 0) {
                    result.append(separator);
                }
                upperCount++;
            }
            result.append(lower);
        }
        return result.toString();
    }
}
