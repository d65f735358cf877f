package dev.opctl.scaffold;

import dev.opctl.crd.CrdGenerator;
import dev.opctl.crd.SourceModel;
import dev.opctl.engine.FileSet;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.project.MavenClasspath;
import dev.opctl.rbac.RbacGenerator;
import dev.opctl.scaffold.helm.Distribution;
import dev.opctl.scaffold.project.ReconcilerRegistryJava;
import dev.opctl.scaffold.project.RegisteredReconcilers;
import dev.opctl.scaffold.webhook.WebhookManifests;
import dev.opctl.scaffold.webhook.WebhookMarker;
import dev.opctl.scaffold.webhook.WebhookRuntime;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The files opctl regenerates whole from a project's sources and {@code PROJECT} file: the CRDs,
 * the ClusterRole, the reconciler registry, the webhook server, registry and manifests, and with
 * {@code opctl edit --helm} the Helm chart and installer under {@code dist/}. {@code opctl generate} writes them; the {@code add}
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
     * Every tool-owned file of {@code project}, generated from its sources with {@code changes} made.
     *
     * @param changes files about to be written (path relative to the project to content);
     *     {@link #DELETED} for a file about to be deleted
     */
    public static FileSet render(ProjectFiles project, ProjectModel model, Map<String, String> changes,
            CrdGenerator.Options options) {
        return render(project, model, changes, options, warning -> { });
    }

    /** {@link #render(ProjectFiles, ProjectModel, Map, CrdGenerator.Options)}, saying which classes got no CRD. */
    public static FileSet render(ProjectFiles project, ProjectModel model, Map<String, String> changes,
            CrdGenerator.Options options, Consumer<String> warnings) {
        Map<Path, String> java = new TreeMap<>(project.javaSources());
        changes.forEach((path, content) -> {
            if (path.startsWith(SOURCES + "/") && path.endsWith(".java")) {
                Path file = project.dir().resolve(path).normalize();
                if (content.equals(DELETED)) {
                    java.remove(file);
                } else {
                    java.put(file, content);
                }
            }
        });
        FileSet.Builder files = FileSet.builder();
        CrdGenerator.Options withConversions = options.withConversions(WebhookRuntime.conversions(model));
        SourceModel sources = SourceModel.read(java); // parsed once, for the CRDs and the role
        CrdGenerator.generate(sources, CRD_DIR, withConversions, warnings).files().forEach(files::add);
        files.add(RbacGenerator.role(model.project(), sources, options.classpath(), warnings));
        if (!model.project().namespaces().isEmpty()) {
            files.add(RbacGenerator.namespaceBindings(model.project()));
        }
        files.add(new ReconcilerRegistryJava().render(model));
        RegisteredReconcilers.check(model, project.dir(), java, warnings);
        List<WebhookMarker> markers = WebhookRuntime.enabled(model) ? WebhookMarker.scan(java) : List.of();
        if (WebhookRuntime.enabled(model)) {
            WebhookRuntime.render(model, markers).forEach(files::add);
            WebhookManifests.warnExactMatches(model, markers, warnings);
        } else {
            // The server comes with a webhook PROJECT records: a marker of the user's own alone has none to serve it.
            WebhookMarker.scan(java).forEach(marker -> warnings.accept(String.format("%s: %s's +opctl:webhook "
                    + "marker is not served: the project has no webhook server, which 'opctl add webhook' adds with "
                    + "the first webhook of a kind", marker.where(), marker.className())));
        }
        if (!Distribution.enabled(model)) {
            return files.build();
        }
        FileSet toolOwned = files.build();
        Distribution.render(project, model, changes, toolOwned, markers).forEach(files::add);
        return files.build();
    }

    /** How the project's CRDs are written, as PROJECT says ({@code opctl edit --max-description-length}). */
    public static CrdGenerator.Options crdOptions(ProjectModel model) {
        Integer length = model.project().maxDescriptionLength();
        return length == null ? CrdGenerator.Options.DEFAULT : new CrdGenerator.Options(length);
    }

    /**
     * {@link #render(ProjectFiles, ProjectModel, Map, CrdGenerator.Options)} with the project's CRD
     * options and its class path, telling the project's {@linkplain ProjectFiles#warnings() warnings}.
     */
    public static FileSet render(ProjectFiles project, ProjectModel model, Map<String, String> changes) {
        return render(project, model, changes, crdOptions(model).withClasspath(project.classpath())
                .withJavaRelease(MavenClasspath.javaRelease(project.dir())),
                project.warnings());
    }

    /** {@link #render(ProjectFiles, ProjectModel, Map)} with {@code changes} as generated files. */
    public static FileSet render(ProjectFiles project, ProjectModel model, List<GeneratedFile> changes) {
        Map<String, String> byPath = new HashMap<>();
        changes.forEach(file -> byPath.put(file.path(), file.content()));
        return render(project, model, byPath);
    }

    /**
     * The files opctl generated earlier that {@code files} no longer has, to delete: CRDs of removed
     * kinds, the namespace RoleBindings of an operator that watches all namespaces again, and the
     * webhook configurations once no class has a {@code +opctl:webhook} marker, the certificate
     * files of the webhook TLS mode the project left ({@code opctl edit --webhook-tls}), and the
     * chart's and installer's files the project no longer has ({@code opctl edit --helm=false}).
     */
    public static List<String> obsolete(ProjectFiles project, FileSet files) {
        List<String> obsolete = new ArrayList<>();
        for (String path : project.list(CRD_DIR)) {
            if (path.endsWith(".yaml") && files.get(path) == null && project.lenientText(path)
                    .filter(text -> text.startsWith(CrdGenerator.HEADER)
                            && text.contains("\nkind: CustomResourceDefinition\n")).isPresent()) {
                obsolete.add(path);
            }
        }
        for (String path : List.of(RbacGenerator.NAMESPACE_BINDINGS, WebhookManifests.PATH,
                WebhookRuntime.CERTIFICATE, WebhookRuntime.TLS_ROLE)) {
            if (files.get(path) == null && project.lenientText(path)
                    .filter(text -> text.startsWith(CrdGenerator.HEADER)).isPresent()) {
                obsolete.add(path);
            }
        }
        obsolete.addAll(Distribution.obsolete(project, files));
        return obsolete;
    }
}
