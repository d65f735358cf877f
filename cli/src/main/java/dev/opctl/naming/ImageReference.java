package dev.opctl.naming;

import dev.opctl.engine.OpctlException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Container image references by the grammar of the OCI distribution reference
 * ({@code github.com/distribution/reference}, {@code reference.go}), which Docker, containerd and
 * the kubelet parse:
 *
 * <pre>
 * reference        := name [ ":" tag ] [ "@" digest ]
 * name             := [domain '/'] remote-name
 * domain           := host [':' port-number]
 * host             := domain-name | IPv4address | \[ IPv6address \]
 * domain-name      := domain-component ['.' domain-component]*
 * domain-component := /([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])/
 * port-number      := /[0-9]+/
 * path-component   := alpha-numeric [separator alpha-numeric]*
 * remote-name      := path-component ['/' path-component]*
 * alpha-numeric    := /[a-z0-9]+/
 * separator        := /[_.]|__|[-]+/
 * tag              := /[\w][\w.-]{0,127}/
 * digest           := algorithm ":" hex
 * algorithm        := component [ /[+.-_]/ component ]*, component := /[A-Za-z][A-Za-z0-9]*&#47;
 * hex              := /[0-9a-fA-F]{32,}/
 * </pre>
 *
 * <p>The name is at most 255 characters, a registry port is 1 to 65535, and a digest is one of sha256, sha384 or sha512 with
 * its exact length, as {@code reference.Parse} checks after the grammar. Such a reference is safe to put in a Java string literal
 * and a YAML scalar as it is.
 */
public final class ImageReference {
    private static final int NAME_TOTAL_LENGTH_MAX = 255;

    private static final String ALPHA_NUMERIC = "[a-z0-9]+";
    private static final String SEPARATOR = "(?:[_.]|__|[-]+)";
    private static final String PATH_COMPONENT = ALPHA_NUMERIC + "(?:" + SEPARATOR + ALPHA_NUMERIC + ")*";
    private static final String REMOTE_NAME = PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*";
    private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    private static final String DOMAIN_NAME = DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*";
    private static final String IPV6 = "\\[(?:[a-fA-F0-9:]+)\\]";
    private static final String HOST = "(?:" + DOMAIN_NAME + "|" + IPV6 + ")";
    private static final String DOMAIN = HOST + "(?::(?<port>[0-9]+))?";
    private static final String TAG = "[\\w][\\w.-]{0,127}";
    private static final String DIGEST = "(?<algorithm>[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*)"
            + ":(?<hex>[0-9a-fA-F]{32,})";
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<name>(?:" + DOMAIN + "/)?" + REMOTE_NAME + ")(?::" + TAG + ")?(?:@" + DIGEST + ")?");
    /** The digest algorithms registries use (opencontainers/go-digest), by the length of their hex. */
    private static final Map<String, Integer> DIGEST_LENGTHS = Map.of("sha256", 64, "sha384", 96, "sha512", 128);

    private ImageReference() {
    }

    /** Whether {@code value} is an image reference by the distribution grammar. */
    public static boolean isValid(String value) {
        var m = REFERENCE.matcher(value);
        if (!m.matches() || m.group("name").length() > NAME_TOTAL_LENGTH_MAX) {
            return false;
        }
        // The grammar takes any digits for a port; a registry listens on 1 to 65535.
        if (m.group("port") != null && (m.group("port").length() > 5 || Integer.parseInt(m.group("port")) < 1
                || Integer.parseInt(m.group("port")) > 65535)) {
            return false;
        }
        // As reference.Parse does after the grammar: a digest of a known algorithm and its exact length.
        return m.group("algorithm") == null
                || m.group("hex").length() == DIGEST_LENGTHS.getOrDefault(m.group("algorithm"), -1);
    }

    /**
     * Checks an image reference.
     *
     * @param what how the value is named in the error message, e.g. "--image"
     */
    public static String require(String what, String value) {
        if (!isValid(value)) {
            throw OpctlException.invalidInput(String.format("invalid %s '%s': use an image reference "
                    + "[registry[:port]/]path[:tag][@digest] with a lower-case path, e.g. "
                    + "registry.example.com/team/app:1.0 or memcached:1.6", what, Text.shown(value)));
        }
        return value;
    }
}
