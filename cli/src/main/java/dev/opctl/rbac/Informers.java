package dev.opctl.rbac;

import dev.opctl.crd.SourceModel;
import dev.opctl.crd.SourceNames;
import dev.opctl.crd.model.FieldDeclaration;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The informers the code makes, which list and watch their kind: JOSDK's
 * ({@code InformerEventSourceConfiguration.from(Deployment.class, ...)}, or of a kind given at run time,
 * {@code from(new GroupVersionKind("cert-manager.io", "v1", "Certificate"), ...)}) and the client's
 * ({@code client.informers().sharedIndexInformerFor(Pod.class, 0)}); of a class a local variable gives, those
 * of the class literals its initializer writes; of one a parameter gives, those of the class literals its
 * method's calls give ({@link ClassParameters}).
 */
final class Informers {
    private static final String INFORMER_CONFIGURATION =
            "io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration";
    /** JOSDK 4's, whose {@code from(K.class, context)} JOSDK 5 replaced with {@link #INFORMER_CONFIGURATION}'s. */
    private static final String JOSDK4_CONFIGURATION =
            "io.javaoperatorsdk.operator.api.config.informer.InformerConfiguration";

    private Informers() {
    }

    /**
     * Grants list and watch of the kind of the informer that {@code calls.get(i)} makes, if it makes one;
     * says where opctl cannot tell its kind.
     */
    static void grant(SourceModel model, String type, List<SourceModel.Call> calls, int i, Kinds kinds, Grants grants,
            Consumer<String> warnings, ClassParameters given) {
        SourceModel.Call call = calls.get(i);
        boolean josdks = call.method().equals("from") && (INFORMER_CONFIGURATION.equals(call.target())
                || "InformerEventSourceConfiguration".equals(call.target()));
        if (call.method().equals("from") && (JOSDK4_CONFIGURATION.equals(call.target())
                || "InformerConfiguration".equals(call.target()))) { // trial48: its informers of Secrets, silently
            warnings.accept(call.location() + ": InformerConfiguration.from(...) is JOSDK 4's, which JOSDK 5.2.3 does "
                    + "not have (the build fails on it): write InformerEventSourceConfiguration.from(K.class, P.class); "
                    + "opctl grants the informer's list and watch either way");
            josdks = true;
        }
        if (!josdks && !(call.method().equals("sharedIndexInformerFor") && ClientCalls.informers(call))) {
            return;
        }
        if (call.classArgument(0).isPresent()) {
            call.classArgument(0).flatMap(k -> kinds.of(k, call.location()))
                    .ifPresent(k -> k.grant(grants, "", RbacGenerator.WATCH_VERBS));
            return;
        }
        // from(CONSTANT, ...), a variable: a field made of strings where it is declared; from(new GroupVersionKind(
        // ...), ...): the calls in its arguments follow it.
        SourceModel.Argument kind = josdks && !call.arguments().isEmpty() ? call.arguments().get(0) : null;
        String named = kind == null ? null : !kind.initializerNames().isEmpty() ? constant(model, type, kind)
                : i + 1 < calls.size() ? groupAndKind(calls.get(i + 1)) : null;
        if (named != null) {
            kinds.ofClient(call.location(), named).grant(grants, "", RbacGenerator.WATCH_VERBS);
            return;
        }
        // A variable made of class literals (var c = v1 ? Ingress.class : v1beta1.Ingress.class, in Apache Flink's
        // operator): each one's (trial39 L2).
        List<Kinds.Kind> literals = call.arguments().isEmpty() ? List.of() : literals(model, type, call, kinds);
        literals.forEach(k -> k.grant(grants, "", RbacGenerator.WATCH_VERBS));
        if (!literals.isEmpty()) {
            return;
        }
        // A parameter of the method: the class literals its calls give it (a generic event source's configuration).
        List<Kinds.Kind> parameter = given.firstArgument(type, call);
        parameter.forEach(k -> k.grant(grants, "", RbacGenerator.WATCH_VERBS));
        if (!parameter.isEmpty()) {
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
     * The kinds of the class literals written in the initializer of the variable that the first argument of
     * {@code call}, in the code of {@code type}, names alone; none where there is none, or one is of no kind opctl knows.
     */
    private static List<Kinds.Kind> literals(SourceModel model, String type, SourceModel.Call call, Kinds kinds) {
        SourceModel.Argument argument = call.arguments().get(0);
        List<String> classes = argument.names().size() != 1 ? List.of() : argument.initializerNames().stream()
                .filter(n -> n.endsWith(".class")).map(n -> n.substring(0, n.length() - ".class".length())).toList();
        List<Kinds.Kind> found = new ArrayList<>();
        for (String name : classes) {
            Optional<Kinds.Kind> kind = kinds.of(TypeUse.Named.of(SourceNames.resolve(model, type, name)));
            if (kind.isEmpty()) {
                return List.of();
            }
            found.add(kind.get());
        }
        return found;
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
            List<FieldDeclaration> fields = model.type(t).map(TypeDeclaration::fields).orElse(List.of());
            Optional<FieldDeclaration> field = fields.stream().filter(f -> f.name().equals(argument.names().get(0)))
                    .findFirst();
            if (field.isEmpty()) {
                continue;
            }
            if (!(field.get().type() instanceof TypeUse.Named named && named.name().endsWith("GroupVersionKind"))
                    || field.get().doc().where() == null) {
                return null;
            }
            // Its initializer's new GroupVersionKind(...): from the field's line, before the next field's.
            int line = line(field.get().doc().where());
            int next = fields.stream().map(f -> f.doc().where()).filter(Objects::nonNull).mapToInt(Informers::line)
                    .filter(l -> l > line).min().orElse(Integer.MAX_VALUE);
            String file = field.get().doc().where().substring(0, field.get().doc().where().lastIndexOf(':') + 1);
            return model.calls(t).stream().filter(c -> c.location().startsWith(file) && groupAndKind(c) != null
                    && line(c.location()) >= line && line(c.location()) < Math.min(next, line + 3))
                    .map(Informers::groupAndKind).findFirst().orElse(null);
        }
        return null;
    }

    /** The line of {@code where}, {@code File.java:12}. */
    private static int line(String where) {
        return Integer.parseInt(where.substring(where.lastIndexOf(':') + 1));
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
        return a.size() != 2 && a.size() != 3 || a.contains(null) ? null
                : Kinds.named(a.get(0), a.size() == 2, a.get(a.size() - 1));
    }
}
