package dev.opctl.scaffold.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.opctl.engine.OpctlException;
import dev.opctl.scaffold.ProjectModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code config/kustomization.yaml} says beyond its list of files: the namespace of every
 * object and the images of the containers, as kustomize's namespace and image transformers apply them.
 *
 * @param namespace the namespace of every namespaced object
 * @param images the image replacements, in order
 */
record Kustomization(String namespace, List<Image> images) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * An {@code images} entry.
     *
     * @param name the image name it matches (without tag or digest)
     * @param newName the name it becomes, or null to keep it
     * @param newTag the tag it becomes, or null to keep it
     * @param digest the digest it becomes, or null
     */
    record Image(String name, String newName, String newTag, String digest) {
        /** {@code image} as this entry makes it, or {@code image} itself when the entry names another. */
        String replace(String image) {
            int at = image.indexOf('@');
            String withoutDigest = at < 0 ? image : image.substring(0, at);
            int colon = withoutDigest.lastIndexOf(':');
            boolean tagged = colon > withoutDigest.lastIndexOf('/');
            String repository = tagged ? withoutDigest.substring(0, colon) : withoutDigest;
            if (!repository.equals(name)) {
                return image;
            }
            String result = newName != null ? newName : repository;
            if (digest != null) {
                return result + "@" + digest;
            }
            String tag = newTag != null ? newTag : tagged ? withoutDigest.substring(colon + 1) : null;
            return tag == null ? result : result + ":" + tag;
        }
    }

    /** The kustomization of {@code text}; the project's namespace and no images where it says none. */
    static Kustomization read(String text, ProjectModel model) {
        JsonNode root;
        try {
            root = text.isBlank() ? null : YAML.readTree(text);
        } catch (IOException e) {
            throw OpctlException.invalidInput("config/kustomization.yaml is not valid YAML, so opctl cannot render "
                    + InstallYaml.PATH + " and the Helm chart from it: fix it (kubectl kustomize config shows the "
                    + "error too)");
        }
        if (root == null || !root.isObject()) {
            return new Kustomization(model.namespace(), List.of());
        }
        List<Image> images = new ArrayList<>();
        for (JsonNode image : root.path("images")) {
            images.add(new Image(image.path("name").asText(), text(image, "newName"), text(image, "newTag"),
                    text(image, "digest")));
        }
        String namespace = text(root, "namespace");
        return new Kustomization(namespace == null ? model.namespace() : namespace, images);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The image of the operator's container: {@code controller:latest} as the images entries make it. */
    String controllerImage() {
        String image = "controller:latest";
        for (Image entry : images) {
            image = entry.replace(image);
        }
        return image;
    }

    /** Sets the namespace and images of {@code object}, a namespaced one unless {@code clusterScoped}. */
    void applyTo(ObjectNode object, boolean clusterScoped) {
        if (!clusterScoped && object.path("metadata") instanceof ObjectNode metadata) {
            metadata.put("namespace", namespace);
        }
        for (JsonNode subject : object.path("subjects")) {
            if (subject instanceof ObjectNode s && "ServiceAccount".equals(s.path("kind").asText())) {
                s.put("namespace", namespace);
            }
        }
        for (JsonNode webhook : object.path("webhooks")) {
            if (webhook.path("clientConfig").path("service") instanceof ObjectNode service) {
                service.put("namespace", namespace);
            }
        }
        JsonNode pod = object.path("spec").path("template").path("spec");
        for (String list : List.of("initContainers", "containers")) {
            for (JsonNode container : pod.path(list)) {
                if (container instanceof ObjectNode c && c.has("image")) {
                    String image = c.get("image").asText();
                    for (Image entry : images) {
                        image = entry.replace(image);
                    }
                    c.put("image", image);
                }
            }
        }
    }
}
