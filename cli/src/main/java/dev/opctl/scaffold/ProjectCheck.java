package dev.opctl.scaffold;

import dev.opctl.engine.FileSet;
import dev.opctl.engine.OpctlException;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.scaffold.controller.Controllers;
import dev.opctl.scaffold.webhook.WebhookKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a project that {@code PROJECT}, its sources and {@code config/kustomization.yaml} no longer
 * describe alike, typically after a kind or controller was removed by hand: {@code opctl generate}
 * would then write files that do not build or deploy while saying they are up to date.
 */
public final class ProjectCheck {
    /** The kustomization that lists what {@code kubectl apply -k config} applies. */
    public static final String KUSTOMIZATION = "config/kustomization.yaml";

    private ProjectCheck() {
    }

    /**
     * Refuses a project whose {@code PROJECT} names a kind whose class is missing, or a controller
     * whose reconciler is missing: the sources the tool-owned files are generated from.
     *
     * @throws OpctlException (invalid input) with one line naming each problem and the command that fixes it
     */
    public static void requireSources(ProjectFiles project, ProjectModel model) {
        List<String> problems = new ArrayList<>();
        for (Resource r : model.project().resources()) {
            String group = r.group().isEmpty() ? "core" : r.group();
            String kindClass = JavaSources.mainPath(r.javaPackage(), r.kind());
            if (r.api() && !project.exists(kindClass)) {
                problems.add(String.format("PROJECT names kind %s (%s) but %s is missing: restore it, or remove "
                        + "the kind with 'opctl delete api --group %s --version %s --kind %s'", r.kind(),
                        r.apiVersion(), kindClass, group, r.version(), r.kind()));
            }
            for (String webhookClass : WebhookKind.classes(model, r)) {
                if (!project.exists(webhookClass)) {
                    problems.add(String.format("PROJECT records webhooks of %s (%s) but %s is missing: restore it, "
                            + "or remove its webhook with 'opctl delete webhook --kind %s --group %s --version %s' and "
                            + "--defaulting, --validation or --conversion", r.kind(), r.apiVersion(), webhookClass,
                            r.kind(), group, r.version()));
                }
            }
            String reconciler = Controllers.reconcilerPath(model, r);
            if (r.controller() && !project.exists(reconciler)) {
                problems.add(String.format("PROJECT names a controller of %s (%s) but %s is missing: restore it, "
                        + "or remove the controller with 'opctl delete controller --kind %s --group %s --version %s'",
                        r.kind(), r.apiVersion(), reconciler, r.kind(), group, r.version()));
            }
        }
        fail(problems);
    }

    /**
     * Refuses a kustomization that lists a file that is missing and that {@code generated} does not
     * make, or one that {@code obsolete} deletes: {@code kubectl apply -k config} would fail.
     *
     * @param generated the tool-owned files about to be written
     * @param obsolete the tool-owned files about to be deleted
     */
    public static void requireKustomization(ProjectFiles project, FileSet generated, List<String> obsolete) {
        Optional<String> kustomization = project.lenientText(KUSTOMIZATION);
        if (kustomization.isEmpty()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (String entry : resources(kustomization.get())) {
            String path = "config/" + entry;
            boolean missing = !project.exists(path) && generated.get(path) == null;
            if (missing || obsolete.contains(path)) {
                problems.add(String.format("%s lists %s, which %s: %s, or remove the line", KUSTOMIZATION, entry,
                        missing ? "is missing" : "no kind's classes generate any more ('opctl generate' would delete "
                                + "it)", entry.startsWith("crd/") ? "add its kind again with 'opctl add api'"
                                : entry.startsWith("webhook/") ? "restore the webhook classes, or remove their "
                                + "webhooks with 'opctl delete webhook'" : "restore it"));
            }
        }
        fail(problems);
    }

    /** The entries of the top-level {@code resources:} list of a kustomization. */
    static List<String> resources(String kustomization) {
        List<String> entries = new ArrayList<>();
        boolean inResources = false;
        for (String line : kustomization.split("\n")) {
            if (!line.isEmpty() && !line.startsWith(" ") && !line.startsWith("-") && !line.startsWith("#")) {
                inResources = line.strip().equals("resources:");
            } else if (inResources && line.startsWith("- ")) {
                String entry = line.substring(2).strip();
                int comment = entry.indexOf(" #");
                entries.add(comment < 0 ? entry : entry.substring(0, comment).strip());
            }
        }
        return entries;
    }

    private static void fail(List<String> problems) {
        if (!problems.isEmpty()) {
            throw OpctlException.invalidInput(String.join("; ", problems));
        }
    }
}
