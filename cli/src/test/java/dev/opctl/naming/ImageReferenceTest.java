package dev.opctl.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opctl.engine.ExitCode;
import dev.opctl.engine.OpctlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** References from distribution/reference's own tests (reference_test.go), valid and not. */
class ImageReferenceTest {
    private static final String HEX = "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff";

    @ParameterizedTest
    @ValueSource(strings = {"reg:65535/nginx", "reg:1/nginx", "test_com", "test.com:tag", "test.com:5000", "test.com/repo:tag", "test:5000/repo",
        "test:5000/repo:tag", "test:5000/repo@sha256:" + HEX, "test:5000/repo:tag@sha256:" + HEX, "lowercase:Uppercase",
        "sub-dom1.foo.com/bar/baz/quux", "sub-dom1.foo.com/bar/baz/quux:some-long-tag",
        "b.gcr.io/test.example.com/my-app:test.example.com", "xn--n3h.com/myimage:xn--n3h.com",
        "foo_bar.com:8080", "foo/foo_bar.com:8080", "192.168.1.1", "192.168.1.1:tag", "192.168.1.1:5000",
        "192.168.1.1/repo", "192.168.1.1:5000/repo", "[2001:db8::1]/repo", "[2001:db8::1]:5000/repo:tag",
        "Docker.io/library/nginx", "a__b/c--d", "a-----b", "nginx", "nginx:1.27", "memcached:1.6",
        "localhost:5000/team/app:v1.0.0_rc-1", "a/b/c/d/e/f", "app@sha512:" + HEX + HEX, "app@sha384:" + HEX + "ffffffffffffffffffffffffffffffff"})
    void acceptsValidReferences(String reference) {
        assertTrue(ImageReference.isValid(reference), reference);
        assertEquals(reference, ImageReference.require("--image", reference));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ":justtag", "@sha256:" + HEX, "repo@sha256:ffffffffffffffffffffffffffffffff0",
        "validname@invaliddigest:" + HEX, "Uppercase:tag", "test:5000/Uppercase/lowercase:tag",
        "aa/asdf$$^/aa", "a___b", "a_.b", "a-.b", "a..b", "-a", "a-", "a/", "/a", "a//b", "nginx:", "nginx:-tag",
        "nginx:.tag", "nginx: 1", "nginx:1 ", " nginx", "ex ample/app", "app\"s", "app'", "app\\x", "app\nx",
        "[2001:db8::1]", "[fe80::1%eth0]:5000/repo", "repo@sha256:fffffffffffffffffffffffffffffff",
        "repo@1sha:" + HEX, "repo@sha256:" + HEX + "g", "r\u00e9po", "docker://nginx", "reg:99999/nginx",
        "reg:0/nginx", "reg:123456/nginx"})
    void refusesInvalidReferences(String reference) {
        assertFalse(ImageReference.isValid(reference), reference);
        OpctlException e = assertThrows(OpctlException.class, () -> ImageReference.require("--image", reference));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertTrue(e.getMessage().startsWith("invalid --image '"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    void limitsTagAndNameLength() {
        assertTrue(ImageReference.isValid("a:" + "t".repeat(128)));
        assertFalse(ImageReference.isValid("a:" + "t".repeat(129)));
        assertTrue(ImageReference.isValid("a/" + "b".repeat(253)));
        assertFalse(ImageReference.isValid("a/" + "b".repeat(254)));
        // the tag does not count towards the name's 255 characters
        assertTrue(ImageReference.isValid("a/" + "b".repeat(253) + ":" + "t".repeat(128)));
    }
}
