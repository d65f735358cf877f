package dev.opctl.rbac;

import dev.opctl.crd.SourceModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code +opctl:rbac} markers of the sources by where they are written, to tell whether one
 * answers what opctl would say of a call: a marker on the line of the call or the line before,
 * naming the call's kind where opctl knows it
 * ({@code // +opctl:rbac:groups=core,resources=pods/portforward,verbs=get;create} above a pod's
 * {@code portForward}; one of deployments there answers nothing).
 */
final class MarkedCalls {
    private static final String MARKER = "opctl:rbac:";

    /** The text of each marker ({@code groups=apps,resources=deployments,verbs=get}) by its {@code File.java:12}. */
    private final Map<String, List<String>> markers = new HashMap<>();

    MarkedCalls(SourceModel model) {
        for (SourceModel.Marker m : model.markers()) {
            String name = m.marker().name();
            if (name.startsWith(MARKER)) {
                String value = m.marker().value();
                markers.computeIfAbsent(m.location(), l -> new ArrayList<>())
                        .add(name.substring(MARKER.length()) + (value == null ? "" : "=" + value));
            }
        }
    }

    /** Whether a marker by {@code call} grants on {@code kind} (null: any kind, which opctl cannot tell). */
    boolean marked(SourceModel.Call call, Kinds.Kind kind) {
        int colon = call.location().lastIndexOf(':');
        String file = call.location().substring(0, colon + 1);
        int line = Integer.parseInt(call.location().substring(colon + 1));
        List<String> near = new ArrayList<>(markers.getOrDefault(file + line, List.of()));
        near.addAll(markers.getOrDefault(file + (line - 1), List.of()));
        return near.stream().anyMatch(text -> kind == null || names(text, kind));
    }

    /** Whether the marker {@code text} names {@code kind}: its group and its resource or one of its subresources. */
    private static boolean names(String text, Kinds.Kind kind) {
        boolean group = false;
        boolean resource = false;
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair.strip() : pair.substring(0, eq).strip();
            for (String item : pair.substring(eq + 1).replace("\"", "").split(";")) {
                String value = item.strip();
                group |= key.equals("groups") && (value.equals(kind.group())
                        || value.equals("core") && kind.group().isEmpty());
                resource |= key.equals("resources") && (value.equals(kind.plural())
                        || value.startsWith(kind.plural() + "/"));
            }
        }
        return group && resource;
    }
}
