package dev.opctl.scaffold.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The {@code {{#wrap}}} lambda breaks lines as JavaPoet did, so templates render what it wrote. */
class ControllersTest {
    @Test
    void aLineThatFitsIsLeftAlone() {
        String line = "    public UpdateControl<Memcached> reconcile(Memcached resource, Context<Memcached> context) {\n";
        assertEquals(line, Controllers.WRAP.apply(line));
    }

    @Test
    void aDeclarationBreaksAfterItsParenthesisWhenItsFirstParameterDoesNotFit() {
        String kind = "Ehovcjqxelszgnubipwdkryfmta";
        assertEquals("    public UpdateControl<" + kind + "> reconcile(\n"
                + "            " + kind + " resource, Context<" + kind + "> context) {\n",
                Controllers.WRAP.apply("    public UpdateControl<" + kind + "> reconcile(" + kind + " resource, Context<"
                        + kind + "> context) {\n"));
    }

    @Test
    void parametersBreakAtTheCommasOfTheListNotOfTheirTypes() {
        assertEquals("    private static void recordTransitions(Memcached resource, Map<String, String> previous,\n"
                + "            List<Condition> conditions, Context<Memcached> context) {",
                Controllers.WRAP.apply("    private static void recordTransitions(Memcached resource, "
                        + "Map<String, String> previous, List<Condition> conditions, Context<Memcached> context) {"));
    }

    @Test
    void aCallBreaksOnlyAtItsCommas() {
        assertEquals("        log.info(\"Reconciling PostgresDatabaseClusterBackupSchedule {}/{}\",\n"
                + "                resource.getMetadata().getNamespace(), resource.getMetadata().getName());",
                Controllers.WRAP.apply("        log.info(\"Reconciling PostgresDatabaseClusterBackupSchedule {}/{}\", "
                        + "resource.getMetadata().getNamespace(), resource.getMetadata().getName());"));
    }

    @Test
    void literalsAreEscapedAsJavaPoetEscapedThem() {
        assertEquals("\"a\\\\b\\\"c'\\u0001ü\"", Controllers.literal("a\\b\"c'\u0001ü"));
    }
}
