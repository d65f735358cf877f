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
    /** The markers by their {@code File.java:12}. */
    private final Map<String, List<RbacMarker>> markers = new HashMap<>();

    MarkedCalls(List<RbacMarker> markers) {
        for (RbacMarker marker : markers) {
            this.markers.computeIfAbsent(marker.location(), l -> new ArrayList<>()).add(marker);
        }
    }

    /** Whether a marker is written in the file whose locations start with {@code file} ({@code File.java:}). */
    boolean markedIn(String file) {
        return markers.keySet().stream().anyMatch(location -> location.startsWith(file));
    }

    /** Whether a marker by {@code call} grants on {@code kind} (null: any kind, which opctl cannot tell). */
    boolean marked(SourceModel.Call call, Kinds.Kind kind) {
        int colon = call.location().lastIndexOf(':');
        String file = call.location().substring(0, colon + 1);
        int line = Integer.parseInt(call.location().substring(colon + 1));
        List<RbacMarker> near = new ArrayList<>(markers.getOrDefault(file + line, List.of()));
        near.addAll(markers.getOrDefault(file + (line - 1), List.of()));
        return near.stream().anyMatch(marker -> kind == null || marker.names(kind));
    }
}
