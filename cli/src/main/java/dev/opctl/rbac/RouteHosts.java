package dev.opctl.rbac;

import dev.opctl.crd.SourceModel;
import dev.opctl.crd.model.TypeUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * OpenShift's Routes whose spec the code gives a host, or a TLS certificate or key: the API server takes
 * such a Route only from one that may {@code create} {@code routes/custom-host} (and {@code update} it, to
 * change them), a check at admission that no call of the client names (Microcks sets its Routes' hosts:
 * trial43 H1). Where the role writes routes and the code sets one of those fields on fabric8's Route model
 * (a {@code RouteBuilder}'s, {@code RouteSpecBuilder}'s or {@code TLSConfigBuilder}'s chain, kept in a variable
 * or not, or a variable of one of those classes, a {@code Route}, {@code RouteSpec} or {@code TLSConfig}), the
 * operator is granted it.
 */
final class RouteHosts {
    private static final String GROUP = "route.openshift.io";
    private static final String MODEL = "io.fabric8.openshift.api.model.";
    /** The classes of the Route model whose host, certificates and key are set. */
    private static final Set<String> CLASSES = Set.of("Route", "RouteSpec", "TLSConfig", "RouteBuilder",
            "RouteSpecBuilder", "TLSConfigBuilder");
    /** The fields of a Route's spec and TLS configuration that OpenShift checks. */
    private static final Set<String> FIELDS = Set.of("Host", "Certificate", "Key", "CaCertificate",
            "DestinationCACertificate", "ExternalCertificate", "NewExternalCertificate");

    private RouteHosts() {
    }

    /** Grants {@code routes/custom-host} where {@code grants} write routes and the code sets their hosts. */
    static void grant(Grants grants, SourceModel sources, Function<String, List<SourceModel.Call>> calls) {
        Set<String> writes = new TreeSet<>(grants.verbs(GROUP, "routes"));
        writes.retainAll(Set.of("create", "update", "patch"));
        if (writes.isEmpty() || sources == null || sources.types().keySet().stream()
                .flatMap(type -> calls.apply(type).stream()).noneMatch(RouteHosts::setsHost)) {
            return;
        }
        List<String> verbs = new ArrayList<>();
        if (writes.contains("create") || writes.contains("patch")) { // a patch applied may create it
            verbs.add("create");
        }
        if (writes.contains("update") || writes.contains("patch")) {
            verbs.add("update");
        }
        grants.add(GROUP, "routes/custom-host", verbs);
    }

    /** Whether {@code call} sets a field OpenShift checks on an object of the Route model. */
    private static boolean setsHost(SourceModel.Call call) {
        String method = call.method();
        int verb = method.startsWith("with") ? 4 : method.startsWith("set") ? 3 : -1;
        if (verb < 0 || !FIELDS.contains(method.substring(verb)) || call.arguments().size() > 1) {
            return false;
        }
        SourceModel.Call first = call; // through a variable that keeps a builder: var b = new RouteBuilder()...
        while (first.receiver() != null || first.kept() != null) {
            first = first.receiver() != null ? first.receiver() : first.kept();
        }
        String type = first.method().equals("new") ? first.target()
                : first.targetType() instanceof TypeUse.Named named ? named.name() : null;
        return type != null && type.startsWith(MODEL) && CLASSES.contains(type.substring(MODEL.length()));
    }
}
