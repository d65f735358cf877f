package dev.opctl.crd;

import dev.opctl.engine.ExitCode;
import dev.opctl.engine.OpctlException;

/**
 * A simple name that two on-demand imports both offer, which javac rejects. Where a declaration's
 * type writes it, the source reader keeps it in the model ({@code TypeUse.Named#problem}): an error
 * of that declaration alone, said with the others of its class.
 */
final class AmbiguousName extends OpctlException {
    private static final long serialVersionUID = 1L;
    private final String problem;

    /** {@code simpleName}, written at {@code where}, offered as {@code one} and as {@code other}. */
    AmbiguousName(String where, String simpleName, String one, String other) {
        this(where, String.format("%s is ambiguous: both %s and %s are imported on demand (javac rejects it too); "
                + "import the one you mean by name", simpleName, one, other));
    }

    private AmbiguousName(String where, String problem) {
        super(ExitCode.INVALID_INPUT, where + ": " + problem);
        this.problem = problem;
    }

    /** What is wrong, without where. */
    String problem() {
        return problem;
    }
}
