package dev.opctl.rbac;

import dev.opctl.crd.SourceModel;
import dev.opctl.crd.model.FieldDeclaration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The informers the code makes, which list and watch their kind: JOSDK's
 * ({@code InformerEventSourceConfiguration.from(Deployment.class, ...)}, or of a kind given at run time,
 * {@code from(new GroupVersionKind("cert-manager.io", "v1", "Certificate"), ...)}) and the client's
 * ({@code client.informers().sharedIndexInformerFor(Pod.class, 0)}).
 */
final class Informers {
    private static final String INFORMER_CONFIGURATION =
            "io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration";

    private Informers() {
    }

    /**
     * Grants list and watch of the kind of the informer that {@code calls.get(i)} makes, if it makes one;
     * says where opctl cannot tell its kind.
     */
    static void grant(SourceModel model, String type, List<SourceModel.Call> calls, int i, Kinds kinds, Grants grants,
            Consumer<String> warnings) {
        SourceModel.Call call = calls.get(i);
        boolean josdks = call.method().equals("from") && (INFORMER_CONFIGURATION.equals(call.target())
                || "InformerEventSourceConfiguration".equals(call.target()));
        if (!josdks && !(call.method().equals("sharedIndexInformerFor") && ClientCalls.informers(call))) {
            return;
        }
        if (call.classArgument(0).isPresent()) {
            call.classArgument(0).flatMap(k -> kinds.of(k, call.location()))
                    .ifPresent(k -> k.grant(grants, "", RbacGenerator.WATCH_VERBS));
            return;
        }
        // from(new GroupVersionKind(...), ...): the calls in its arguments follow it; or from(CONSTANT, ...).
        String named = !josdks || call.arguments().isEmpty() ? null : i + 1 < calls.size()
                && groupAndKind(calls.get(i + 1)) != null ? groupAndKind(calls.get(i + 1))
                : constant(model, type, call.arguments().get(0));
        if (named != null) {
            kinds.ofClient(call.location(), named).grant(grants, "", RbacGenerator.WATCH_VERBS);
            return;
        }
        warnings.accept(String.format("%s: the kind of %s(...) is not a class literal%s, and opctl grants nothing "
                + "for it; write the class (%s(Deployment.class, ...))%s, or grant it by a marker, "
                + "// +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=list;watch", call.location(),
                josdks ? "InformerEventSourceConfiguration.from" : call.method(),
                josdks ? " nor a new GroupVersionKind(...) of strings" : "", call.method(),
                josdks ? " or its group, version and kind (from(new GroupVersionKind(\"g\", \"v1\", \"Kind\"), ...))"
                        : ""));
    }

    /**
     * The group and kind's name ({@link #groupAndKind}) of the {@code GroupVersionKind} constant that {@code argument}
     * names alone, a field of {@code type} or of a type enclosing it made of strings where it is declared
     * ({@code static final GroupVersionKind CERTS = new GroupVersionKind("cert-manager.io", "v1", "Certificate")});
     * else null.
     */
    static String constant(SourceModel model, String type, SourceModel.Argument argument) {
        if (argument.names().size() != 1 || !argument.strings().isEmpty() || argument.names().get(0).contains(".")) {
            return null;
        }
        for (String t = type; t.lastIndexOf('.') > 0; t = t.substring(0, t.lastIndexOf('.'))) {
            Optional<FieldDeclaration> field = model.type(t).stream().flatMap(d -> d.fields().stream())
                    .filter(f -> f.name().equals(argument.names().get(0))).findFirst();
            if (field.isPresent() && field.get().doc().where() != null) {
                // Its initializer's new GroupVersionKind(...), on the field's line or the next two.
                String where = field.get().doc().where();
                String file = where.substring(0, where.lastIndexOf(':') + 1);
                int line = Integer.parseInt(where.substring(file.length()));
                return model.calls(t).stream().filter(c -> c.location().startsWith(file) && groupAndKind(c) != null)
                        .filter(c -> Integer.parseInt(c.location().substring(file.length())) - line <= 2
                                && Integer.parseInt(c.location().substring(file.length())) >= line)
                        .map(Informers::groupAndKind).findFirst().orElse(null);
            }
        }
        return null;
    }

    /**
     * The group and kind's name ({@code velero.io/Backup}, which {@link Kinds#ofClient(String, String)} takes) of
     * {@code call} when it is {@code new GroupVersionKind(...)} of string literals or String constants of the
     * sources, {@code ("velero.io", "v1", "Backup")} or {@code ("velero.io/v1", "Backup")}; else null.
     */
    static String groupAndKind(SourceModel.Call call) {
        if (!call.method().equals("new") || call.target() == null
                || !(call.target().equals("GroupVersionKind") || call.target().endsWith(".GroupVersionKind"))) {
            return null;
        }
        List<String> a = call.arguments().stream().map(x -> x.strings().size() == 1 ? x.strings().get(0) : null)
                .toList();
        if (a.size() != 2 && a.size() != 3 || a.contains(null) || a.get(a.size() - 1).isEmpty()
                || !Character.isUpperCase(a.get(a.size() - 1).charAt(0))) {
            return null;
        }
        String group = a.size() == 3 ? a.get(0) : a.get(0).contains("/") ? a.get(0).substring(0, a.get(0).indexOf('/'))
                : "";
        return group + "/" + a.get(a.size() - 1);
    }
}
