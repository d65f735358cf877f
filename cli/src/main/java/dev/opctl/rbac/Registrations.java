package dev.opctl.rbac;

import dev.opctl.crd.SourceModel;
import dev.opctl.crd.model.TypeUse;
import java.util.List;
import java.util.Locale;

/**
 * Where the reconcilers an operator registers by hand watch their primaries, said where an operator limited to
 * namespaces ({@code opctl edit --namespaces}) cannot: JOSDK's default is every namespace, or those of the
 * reconciler's {@code @ControllerConfiguration(informer = @Informer(namespaces = ...))}; an overrider given to
 * {@code operator.register(reconciler, overrider)} sets others ({@code watchingOnlyCurrentNamespace},
 * {@code watchingAllNamespaces}, {@code settingNamespace(s)(...)}).
 */
final class Registrations {
    static final String CONTROLLER_CONFIGURATION =
            "io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration";
    private static final String OPERATOR = "io.javaoperatorsdk.operator.Operator";
    private static final String WHAT = "the reconciler registered here";
    private static final String HOW = "register it with config -> config.settingNamespaces(ReconcilerRegistry.NAMESPACES)";

    private Registrations() {
    }

    /**
     * Says where {@code call}, of the code of {@code type}, registers a reconciler or sets where it watches; not in
     * opctl's {@code ReconcilerRegistry}, which registers as PROJECT says (a command that changes the namespaces
     * reads it as it was).
     */
    static void check(SourceModel model, String type, SourceModel.Call call, Namespaces namespaces) {
        if (type.endsWith(".ReconcilerRegistry")) {
            return;
        }
        List<SourceModel.Argument> arguments = call.arguments();
        String overrides = switch (call.method()) {
            case "watchingOnlyCurrentNamespace" -> Namespaces.WATCH_CURRENT_NAMESPACE;
            case "watchingAllNamespaces" -> Namespaces.WATCH_ALL_NAMESPACES;
            default -> null;
        };
        if (overrides != null && arguments.isEmpty()) {
            namespaces.watches(call.location(), List.of(overrides), WHAT, HOW);
        } else if (call.method().equals("settingNamespace") || call.method().equals("settingNamespaces")) {
            namespaces.watches(call.location(), namespaces.of(type, arguments), WHAT, HOW);
        } else if (call.method().equals("register") && onOperator(call) && arguments.size() == 2) {
            // register(r, ControllerConfigurationOverrider::watchingOnlyCurrentNamespace); a lambda's calls are read above
            String reference = arguments.get(1).reference();
            String method = reference == null ? "" : reference.substring(reference.indexOf("::") + 2);
            if (method.equals("watchingOnlyCurrentNamespace") || method.equals("watchingAllNamespaces")) {
                namespaces.watches(call.location(), List.of(method.equals("watchingAllNamespaces")
                        ? Namespaces.WATCH_ALL_NAMESPACES : Namespaces.WATCH_CURRENT_NAMESPACE), WHAT, HOW);
            }
        } else if (call.method().equals("register") && onOperator(call) && arguments.size() == 1
                && arguments.get(0).type() instanceof TypeUse.Named reconciler) {
            List<String> configured = model.type(reconciler.name()).flatMap(t -> t.find(CONTROLLER_CONFIGURATION))
                    .map(c -> c.annotations("informer").stream().flatMap(i -> Namespaces.of(i).stream())
                            .toList()).orElse(List.of());
            namespaces.watches(call.location(), configured.isEmpty() ? List.of(Namespaces.WATCH_ALL_NAMESPACES)
                    : configured, WHAT, HOW);
        }
    }

    /** Whether {@code call} is made on JOSDK's {@code Operator}: a variable of its type, or named like one. */
    private static boolean onOperator(SourceModel.Call call) {
        return call.receiver() == null && (call.targetType() instanceof TypeUse.Named type
                ? type.name().equals(OPERATOR) : call.target() != null
                        && call.target().toLowerCase(Locale.ROOT).endsWith("operator"));
    }
}
