package dev.opctl.crd;

/** Type names as the code of a type of the sources writes them, resolved as javac resolves them. */
public final class SourceNames {
    private SourceNames() {
    }

    /**
     * The qualified name that {@code name}, a simple or qualified type name as written in the code of the type
     * {@code qualifiedName}, stands for: a type of the sources, one an import names, or one of {@code java.lang};
     * {@code name} itself where opctl cannot tell.
     */
    public static String resolve(SourceModel model, String qualifiedName, String name) {
        return model.index().type(qualifiedName).map(type -> model.index().resolve(name, type)).orElse(name);
    }
}
