package dev.opctl.scaffold.project;

import com.squareup.javapoet.ClassName;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.Template;

/**
 * {@code OperatorMainTest.java}: runs the operator's wiring on fabric8's mock API server, from the
 * template {@code templates/project/src/test/java/OperatorMainTest.java.mustache}.
 */
public final class OperatorMainTestJava implements Template {
    /** JUnit's {@code @Test}, for the test scaffolds that use it too. */
    static final ClassName TEST = ClassName.get("org.junit.jupiter.api", "Test");
    /** JUnit's {@code Assertions}, for the test scaffolds that use it too. */
    static final ClassName ASSERTIONS = ClassName.get("org.junit.jupiter.api", "Assertions");

    private static final Template FILE = ProjectJavaFile.test("OperatorMainTest");

    @Override
    public GeneratedFile render(ProjectModel model) {
        return FILE.render(model);
    }
}
