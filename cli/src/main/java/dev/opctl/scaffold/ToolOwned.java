package dev.opctl.scaffold;

import dev.opctl.crd.CrdGenerator;
import dev.opctl.engine.FileErrors;
import dev.opctl.engine.FileSet;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.rbac.RbacGenerator;
import dev.opctl.scaffold.project.ReconcilerRegistryJava;
import dev.opctl.scaffold.webhook.WebhookManifests;
import dev.opctl.scaffold.webhook.WebhookMarker;
import dev.opctl.scaffold.webhook.WebhookRuntime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The files opctl regenerates whole from a project's sources and {@code PROJECT} file: the CRDs,
 * the ClusterRole, the reconciler registry, and the webhook server, registry and manifests. {@code opctl generate} writes them; the {@code add}
 * commands write them too, computed over the sources they are about to add.
 */
public final class ToolOwned {
    /** Where a project's Java sources are. */
    public static final String SOURCES = "src/main/java";
    /** Where a project's CRDs go. */
    public static final String CRD_DIR = "config/crd";
    /** The content, in an overlay, of a source about to be deleted: it declares nothing. */
    public static final String DELETED = "";

    private ToolOwned() {
    }

    /**
     * Every tool-owned file of the project in {@code projectDir}.
     *
     * @param overlay Java files about to be written (absolute path to content), read instead of the disk;
     *     {@link #DELETED} for a file about to be deleted
     */
    public static FileSet render(Path projectDir, ProjectModel model, Map<Path, String> overlay,
            CrdGenerator.Options options) {
        Path sources = projectDir.resolve(SOURCES).normalize();
        FileSet.Builder files = FileSet.builder();
        CrdGenerator.Options withConversions = options.withConversions(WebhookRuntime.conversions(model));
        for (GeneratedFile crd : CrdGenerator.generate(List.of(sources), overlay, CRD_DIR, withConversions).files()) {
            files.add(crd);
        }
        // Read once: the role and the webhooks both come from the sources.
        Map<Path, String> java = RbacGenerator.sources(sources, overlay);
        files.add(RbacGenerator.role(model.project(), java));
        if (!model.project().namespaces().isEmpty()) {
            files.add(RbacGenerator.namespaceBindings(model.project()));
        }
        files.add(new ReconcilerRegistryJava().render(model));
        if (WebhookRuntime.enabled(model)) {
            WebhookRuntime.render(model, WebhookMarker.scan(java)).forEach(files::add);
        }
        return files.build();
    }

    /** How the project's CRDs are written, as PROJECT says ({@code opctl edit --max-description-length}). */
    public static CrdGenerator.Options crdOptions(ProjectModel model) {
        Integer length = model.project().maxDescriptionLength();
        return length == null ? CrdGenerator.Options.DEFAULT : new CrdGenerator.Options(length);
    }

    /** {@link #render(Path, ProjectModel, Map, CrdGenerator.Options)} with the project's CRD options. */
    public static FileSet render(Path projectDir, ProjectModel model, Map<Path, String> overlay) {
        return render(projectDir, model, overlay, crdOptions(model));
    }

    /**
     * The files opctl generated earlier that {@code files} no longer has, to delete: CRDs of removed
     * kinds, the namespace RoleBindings of an operator that watches all namespaces again, and the
     * webhook configurations once no class has a {@code +opctl:webhook} marker, and the certificate
     * files of the webhook TLS mode the project left ({@code opctl edit --webhook-tls}).
     */
    public static List<String> obsolete(Path projectDir, FileSet files) {
        List<String> obsolete = new ArrayList<>(CrdGenerator.obsoleteFiles(projectDir, CRD_DIR, files));
        for (String path : List.of(RbacGenerator.NAMESPACE_BINDINGS, WebhookManifests.PATH,
                WebhookRuntime.CERTIFICATE, WebhookRuntime.TLS_ROLE)) {
            Path file = projectDir.resolve(path);
            if (files.files().stream().noneMatch(f -> f.path().equals(path)) && Files.isRegularFile(file)
                    && generatedByOpctl(file)) {
                obsolete.add(path);
            }
        }
        return obsolete;
    }

    private static boolean generatedByOpctl(Path file) {
        try {
            // Bytes that are not UTF-8 only mean that the file is not opctl's.
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).startsWith(CrdGenerator.HEADER);
        } catch (IOException e) {
            throw FileErrors.of(e);
        }
    }
}
