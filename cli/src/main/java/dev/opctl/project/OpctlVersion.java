package dev.opctl.project;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * opctl's versions as {@code PROJECT} records them ({@code 1.2.3}, {@code 0.1.0-SNAPSHOT}), compared by
 * their numbers: {@code 0.10.0} is newer than {@code 0.9.1}, and a qualifier such as
 * {@code -SNAPSHOT} or {@code -rc1} does not make a version newer or older than its release.
 */
final class OpctlVersion {
    private static final Pattern VERSION = Pattern.compile("([0-9]{1,9}(?:\\.[0-9]{1,9}){0,3})([-+][A-Za-z0-9.+-]*)?");

    private OpctlVersion() {
    }

    /** Whether {@code value} is a version this class can compare. */
    static boolean isValid(String value) {
        return VERSION.matcher(value).matches();
    }

    /** Whether {@code written} is a newer version than {@code running}; both must be valid. */
    static boolean isNewer(String written, String running) {
        List<Integer> a = numbers(written);
        List<Integer> b = numbers(running);
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int x = i < a.size() ? a.get(i) : 0;
            int y = i < b.size() ? b.get(i) : 0;
            if (x != y) {
                return x > y;
            }
        }
        return false;
    }

    private static List<Integer> numbers(String version) {
        Matcher m = VERSION.matcher(version);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a version: " + version);
        }
        List<Integer> numbers = new ArrayList<>();
        for (String part : m.group(1).split("\\.")) {
            numbers.add(Integer.parseInt(part));
        }
        return numbers;
    }
}
