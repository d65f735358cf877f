package dev.opctl.cli;

import dev.opctl.crd.CrdGenerator;
import dev.opctl.engine.OpctlException;
import picocli.CommandLine.Option;

/** The options of CRD generation, shared by {@code opctl generate} and {@code opctl generate crds}. */
final class CrdOptions {
    @Option(names = "--max-description-length", paramLabel = "N",
            description = "Cut schema descriptions longer than N characters at a word and end them with '...'; 0 "
                    + "drops them. Large CRDs can exceed what 'kubectl apply' stores in its annotation. In a project, "
                    + "'opctl edit --max-description-length' records it for every command and CI; this option "
                    + "overrides it for one run. Default: as PROJECT says, else keep them whole.")
    Integer maxDescriptionLength;

    /** The options for {@code --max-description-length N}, or the defaults for {@code null}. */
    static CrdGenerator.Options options(Integer maxDescriptionLength) {
        if (maxDescriptionLength == null) {
            return CrdGenerator.Options.DEFAULT;
        }
        if (maxDescriptionLength < 0) {
            throw OpctlException.invalidInput("--max-description-length must be 0 or more, not "
                    + maxDescriptionLength + "; 0 drops descriptions");
        }
        return new CrdGenerator.Options(maxDescriptionLength);
    }
}
