package dev.opctl.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScaffoldMarkerTest {
    private static final String KUSTOMIZATION = """
            resources:
            - rbac/role.yaml
            - rbac/leader_election_role.yaml
            # +opctl:scaffold:resources
            """;

    @Test
    void insertAfterPutsTheLineBelowItsNeighbourOnceOrElseAtTheMarker() {
        String after = ScaffoldMarker.insertAfter(KUSTOMIZATION, "k.yaml", "resources", "- rbac/role_binding.yaml",
                "- rbac/role.yaml");
        assertEquals("""
                resources:
                - rbac/role.yaml
                - rbac/role_binding.yaml
                - rbac/leader_election_role.yaml
                # +opctl:scaffold:resources
                """, after);
        assertEquals(after, ScaffoldMarker.insertAfter(after, "k.yaml", "resources", "- rbac/role_binding.yaml",
                "- rbac/role.yaml"), "a second run changes nothing");
        // The user removed the neighbour: at the marker, as any inserted line.
        assertEquals("""
                resources:
                - rbac/leader_election_role.yaml
                - rbac/role_binding.yaml
                # +opctl:scaffold:resources
                """, ScaffoldMarker.insertAfter(KUSTOMIZATION.replace("- rbac/role.yaml\n", ""), "k.yaml",
                "resources", "- rbac/role_binding.yaml", "- rbac/role.yaml"));
        // Indented, and as the file's last line without a line break.
        assertEquals("  - a\n  - b\n", ScaffoldMarker.insertAfter("  - a", "k.yaml", "resources", "- b", "- a"));
    }
}
