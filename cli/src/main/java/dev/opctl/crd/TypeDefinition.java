package dev.opctl.crd;

import dev.opctl.crd.model.Annotated;
import dev.opctl.crd.model.TypeDeclaration;
import java.util.List;

/**
 * The first pass of a schema: the definition of an object type used with its type arguments, as
 * controller-tools builds one per type. Its properties' schemas leave the object types they hold
 * as references ({@link JsonSchema#reference}), for {@link SchemaExpansion} to inline with the
 * swaps and cycle checks of each path. A function of the declarations alone, built once per type
 * use in a resource's schema ({@link ModelSchemas#definition}; {@link SchemaExpansion} keeps them)
 * and shared between its paths; used by one thread.
 *
 * <p>A property's schema is resolved when a path needs it: a swap may replace or drop a field
 * whose own type has no schema at all. Where a type is used only names it in errors (a type
 * of a class file has no place of its own), so what is kept does not depend on it.
 */
final class TypeDefinition {
    private final ModelSchemas schemas;
    private final TypeDeclaration type;
    /** The type and its superclasses, the type first, whose annotations count for its schema. */
    private final List<Annotated> hierarchy;
    private final List<PropertySchemas.Member> members;
    private JsonSchema object;

    TypeDefinition(ModelSchemas schemas, TypeDeclaration type, List<TypeDeclaration> hierarchy,
            List<PropertySchemas.Member> members) {
        this.schemas = schemas;
        this.type = type;
        this.hierarchy = List.copyOf(hierarchy);
        this.members = List.copyOf(members);
    }

    TypeDeclaration type() {
        return type;
    }

    /** The properties Jackson does not ignore, by JSON name. */
    List<PropertySchemas.Member> members() {
        return members;
    }

    /**
     * The schema of {@code member}'s type, with references: a fresh one, which the caller may change
     * (resolving again costs less than keeping one to copy). {@code at} names the property in errors;
     * {@code member} must have a type.
     */
    ModelSchemas.Resolved resolved(PropertySchemas.Member member, String at) {
        return schemas.resolve(member.type(), at, true);
    }

    /**
     * What the type and its superclasses give its object schema, without properties; not to be
     * changed. {@code where} is where it is used, which names a type of a class file in errors.
     */
    JsonSchema object(String where) {
        JsonSchema schema = object;
        if (schema == null) {
            String at = type.doc().where() != null ? type.doc().where() : where;
            schema = JsonSchema.ofType("object");
            ModelRules.apply(ModelRules.HIERARCHY, new SchemaTarget(type.simpleName(), "object", hierarchy, at),
                    schema);
            ModelRules.apply(ModelRules.TYPE, new SchemaTarget(type.simpleName(), "object", List.of(type),
                    at + ": field '" + type.simpleName() + "'"), schema);
            object = schema;
        }
        return schema;
    }
}
