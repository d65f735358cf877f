package dev.opctl.scaffold.webhook;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.Ownership;
import dev.opctl.scaffold.JavaSources;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.project.ProjectFile;
import dev.opctl.project.ProjectFile.Resource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code WebhookRegistry.java}: the tool-owned class that registers every webhook class, one per
 * {@code +opctl:webhook} marker, with the webhook server at the marker's path.
 */
public final class WebhookRegistryJava {
    /** The registry's simple class name. */
    public static final String CLASS_NAME = "WebhookRegistry";

    private static final ClassName KUBERNETES_CLIENT = ClassName.get("io.fabric8.kubernetes.client",
            "KubernetesClient");

    private WebhookRegistryJava() {
    }

    /**
     * The converter classes of the project: for each kind with a conversion webhook, one per version
     * other than the hub, {@code <Kind>Converter} in the version's webhook package.
     */
    static List<ClassName> converters(ProjectModel model) {
        List<ClassName> converters = new ArrayList<>();
        ProjectFile project = model.project();
        for (Resource resource : project.resources()) {
            boolean converted = resource.api() && project.hasConversion(resource.group(), resource.kind());
            if (converted && !(resource.webhooks() != null && resource.webhooks().conversion())) {
                converters.add(ClassName.get(WebhookKind.of(model, resource).webhookPackage(),
                        resource.kind() + "Converter"));
            }
        }
        converters.sort(Comparator.comparing(ClassName::canonicalName));
        return converters;
    }

    /** The registry of the webhooks {@code markers} declare, in path order. */
    public static GeneratedFile render(ProjectModel model, List<WebhookMarker> markers) {
        MethodSpec.Builder registerAll = MethodSpec.methodBuilder("registerAll")
                .addJavadoc("Registers every webhook of this project with {@code server}; those with a constructor "
                        + "taking a\n{@code KubernetesClient} get {@code client}.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(ClassName.get(model.javaPackage(), WebhookRuntime.SERVER), "server")
                .addParameter(KUBERNETES_CLIENT, "client");
        if (markers.isEmpty() && converters(model).isEmpty()) {
            registerAll.addComment("No class has a +opctl:webhook marker, and no kind a conversion webhook.");
        }
        for (ClassName converter : converters(model)) {
            registerAll.addStatement("server.register(new $T())", converter);
        }
        for (WebhookMarker marker : markers.stream().sorted(Comparator.comparing(WebhookMarker::path)).toList()) {
            ClassName type = ClassName.get(marker.javaPackage(), marker.className());
            registerAll.addStatement(marker.takesClient() ? "server.register($S, new $T(client))"
                    : "server.register($S, new $T())", marker.path(), type);
        }
        TypeSpec type = TypeSpec.classBuilder(CLASS_NAME)
                .addJavadoc("Registers the webhooks of this project with the {@link $L}: each class with a\n"
                        + "{@code +opctl:webhook} marker answers at the marker's path, and the converters of the kinds\n"
                        + "with a conversion webhook (one per version besides the storage version) at {@code /convert}.\n\n",
                        WebhookRuntime.SERVER)
                .addJavadoc("<p>opctl rewrites this class from those markers and the PROJECT file ({@code opctl generate}).\n")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(registerAll.build())
                .build();
        return JavaSources.main(model, type, Ownership.TOOL);
    }
}
