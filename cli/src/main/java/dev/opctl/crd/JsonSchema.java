package dev.opctl.crd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An OpenAPI v3 schema as a Kubernetes CRD holds it, with the keywords of structural schemas that
 * opctl writes or fabric8's Kubernetes model uses: apiextensions' {@code JSONSchemaProps} in Java,
 * as controller-tools and fabric8 build schemas. Mutable, like theirs; a property that is not set
 * is null and is left out of the JSON. Defaults and enum values are JSON, as in apiextensions.
 * {@link #toJson()} writes it once, keywords in name order as CRDs list them ({@link SchemaJson}).
 * Like JSONSchemaProps' {@code $ref}, a schema may stand for the definition of an object type
 * ({@link #reference(Reference)}), which {@link SchemaExpansion} inlines before anything writes it.
 */
final class JsonSchema {
    /** One rule of {@code x-kubernetes-validations}; null attributes are left out. */
    record ValidationRule(String rule, String message, String messageExpression, String reason, String fieldPath,
            Boolean optionalOldSelf) {
    }

    /** The definition of an object type used with its type arguments ({@link TypeDefinition}). */
    record Reference(TypeDeclaration type, TypeUse.Named use) {
    }

    private String type;
    private String format;
    private String description;
    private Map<String, JsonSchema> properties;
    private List<String> required;
    private JsonSchema items;
    private JsonSchema additionalProperties;
    private List<JsonSchema> anyOf;
    private List<JsonSchema> oneOf;
    private List<JsonSchema> allOf;
    private JsonSchema not;
    private List<JsonNode> enumValues;
    private JsonNode defaultValue;
    private Number minimum;
    private Number maximum;
    private Boolean exclusiveMinimum;
    private Boolean exclusiveMaximum;
    private Long minLength;
    private Long maxLength;
    private Long minItems;
    private Long maxItems;
    private Long minProperties;
    private Long maxProperties;
    private String pattern;
    private Boolean nullable;
    private Boolean preserveUnknownFields;
    private Boolean intOrString;
    private Boolean embeddedResource;
    private String listType;
    private List<String> listMapKeys;
    private String mapType;
    private List<ValidationRule> validations;
    private Reference reference;

    /** A schema of one JSON type, e.g. {@code {"type": "string"}}. */
    static JsonSchema ofType(String type) {
        return new JsonSchema().setType(type);
    }

    /** An object schema that stands for the definition {@code reference}, to be inlined. */
    static JsonSchema reference(Reference reference) {
        JsonSchema schema = ofType("object");
        schema.reference = reference;
        return schema;
    }

    /** The schema {@code json}, a JSON object of keywords this class knows; any other keyword is an error. */
    static JsonSchema fromJson(JsonNode json) {
        return SchemaJson.read(json, "");
    }

    /** This schema as JSON: keywords, property names and the keys of defaults in name order. */
    ObjectNode toJson() {
        return SchemaJson.write(this);
    }

    /** The compact JSON text of {@link #toJson()}. */
    @Override
    public String toString() {
        return toJson().toString();
    }

    /** A deep copy: changing it leaves this schema as it is. */
    JsonSchema copy() {
        JsonSchema c = new JsonSchema();
        c.type = type;
        c.format = format;
        c.description = description;
        if (properties != null) {
            c.properties = new LinkedHashMap<>();
            properties.forEach((name, schema) -> c.properties.put(name, schema.copy()));
        }
        c.required = required == null ? null : new ArrayList<>(required);
        c.items = items == null ? null : items.copy();
        c.additionalProperties = additionalProperties == null ? null : additionalProperties.copy();
        c.anyOf = copies(anyOf);
        c.oneOf = copies(oneOf);
        c.allOf = copies(allOf);
        c.not = not == null ? null : not.copy();
        if (enumValues != null) {
            c.enumValues = new ArrayList<>();
            enumValues.forEach(v -> c.enumValues.add(v.deepCopy()));
        }
        c.defaultValue = defaultValue == null ? null : defaultValue.deepCopy();
        c.minimum = minimum;
        c.maximum = maximum;
        c.exclusiveMinimum = exclusiveMinimum;
        c.exclusiveMaximum = exclusiveMaximum;
        c.minLength = minLength;
        c.maxLength = maxLength;
        c.minItems = minItems;
        c.maxItems = maxItems;
        c.minProperties = minProperties;
        c.maxProperties = maxProperties;
        c.pattern = pattern;
        c.nullable = nullable;
        c.preserveUnknownFields = preserveUnknownFields;
        c.intOrString = intOrString;
        c.embeddedResource = embeddedResource;
        c.listType = listType;
        c.listMapKeys = listMapKeys == null ? null : new ArrayList<>(listMapKeys);
        c.mapType = mapType;
        c.validations = validations == null ? null : new ArrayList<>(validations);
        c.reference = reference;
        return c;
    }

    private static List<JsonSchema> copies(List<JsonSchema> schemas) {
        if (schemas == null) {
            return null;
        }
        List<JsonSchema> copies = new ArrayList<>(schemas.size());
        schemas.forEach(s -> copies.add(s.copy()));
        return copies;
    }

    // The keywords, each with a getter and a setter that returns this schema.

    String getType() { return type; }
    JsonSchema setType(String v) { type = v; return this; }

    String getFormat() { return format; }
    JsonSchema setFormat(String v) { format = v; return this; }

    String getDescription() { return description; }
    JsonSchema setDescription(String v) { description = v; return this; }

    /** The properties by name, in the order they were added; null when there are none. */
    Map<String, JsonSchema> getProperties() { return properties; }
    JsonSchema setProperties(Map<String, JsonSchema> v) { properties = v; return this; }

    List<String> getRequired() { return required; }
    JsonSchema setRequired(List<String> v) { required = v; return this; }

    JsonSchema getItems() { return items; }
    JsonSchema setItems(JsonSchema v) { items = v; return this; }

    /** The schema of a map's values; never the boolean form, which neither opctl nor fabric8's catalog writes. */
    JsonSchema getAdditionalProperties() { return additionalProperties; }
    JsonSchema setAdditionalProperties(JsonSchema v) { additionalProperties = v; return this; }

    List<JsonSchema> getAnyOf() { return anyOf; }
    JsonSchema setAnyOf(List<JsonSchema> v) { anyOf = v; return this; }

    List<JsonSchema> getOneOf() { return oneOf; }
    JsonSchema setOneOf(List<JsonSchema> v) { oneOf = v; return this; }

    List<JsonSchema> getAllOf() { return allOf; }
    JsonSchema setAllOf(List<JsonSchema> v) { allOf = v; return this; }

    JsonSchema getNot() { return not; }
    JsonSchema setNot(JsonSchema v) { not = v; return this; }

    /** {@code enum}: the allowed values, as JSON. */
    List<JsonNode> getEnum() { return enumValues; }
    JsonSchema setEnum(List<JsonNode> v) { enumValues = v; return this; }

    /** {@code default}, as JSON; a JSON null is a {@code NullNode}, no default is null. */
    JsonNode getDefault() { return defaultValue; }
    JsonSchema setDefault(JsonNode v) { defaultValue = v; return this; }

    /** {@code minimum}: written as it is held, an integer ({@code Long}, {@code Integer}) without a fraction. */
    Number getMinimum() { return minimum; }
    JsonSchema setMinimum(Number v) { minimum = v; return this; }

    Number getMaximum() { return maximum; }
    JsonSchema setMaximum(Number v) { maximum = v; return this; }

    Boolean getExclusiveMinimum() { return exclusiveMinimum; }
    JsonSchema setExclusiveMinimum(Boolean v) { exclusiveMinimum = v; return this; }

    Boolean getExclusiveMaximum() { return exclusiveMaximum; }
    JsonSchema setExclusiveMaximum(Boolean v) { exclusiveMaximum = v; return this; }

    Long getMinLength() { return minLength; }
    JsonSchema setMinLength(Long v) { minLength = v; return this; }

    Long getMaxLength() { return maxLength; }
    JsonSchema setMaxLength(Long v) { maxLength = v; return this; }

    Long getMinItems() { return minItems; }
    JsonSchema setMinItems(Long v) { minItems = v; return this; }

    Long getMaxItems() { return maxItems; }
    JsonSchema setMaxItems(Long v) { maxItems = v; return this; }

    Long getMinProperties() { return minProperties; }
    JsonSchema setMinProperties(Long v) { minProperties = v; return this; }

    Long getMaxProperties() { return maxProperties; }
    JsonSchema setMaxProperties(Long v) { maxProperties = v; return this; }

    String getPattern() { return pattern; }
    JsonSchema setPattern(String v) { pattern = v; return this; }

    Boolean getNullable() { return nullable; }
    JsonSchema setNullable(Boolean v) { nullable = v; return this; }

    /** {@code x-kubernetes-preserve-unknown-fields}. */
    Boolean getPreserveUnknownFields() { return preserveUnknownFields; }
    JsonSchema setPreserveUnknownFields(Boolean v) { preserveUnknownFields = v; return this; }

    /** {@code x-kubernetes-int-or-string}. */
    Boolean getIntOrString() { return intOrString; }
    JsonSchema setIntOrString(Boolean v) { intOrString = v; return this; }

    /** {@code x-kubernetes-embedded-resource}. */
    Boolean getEmbeddedResource() { return embeddedResource; }
    JsonSchema setEmbeddedResource(Boolean v) { embeddedResource = v; return this; }

    /** {@code x-kubernetes-list-type}. */
    String getListType() { return listType; }
    JsonSchema setListType(String v) { listType = v; return this; }

    /** {@code x-kubernetes-list-map-keys}. */
    List<String> getListMapKeys() { return listMapKeys; }
    JsonSchema setListMapKeys(List<String> v) { listMapKeys = v; return this; }

    /** {@code x-kubernetes-map-type}. */
    String getMapType() { return mapType; }
    JsonSchema setMapType(String v) { mapType = v; return this; }

    /** {@code x-kubernetes-validations}, in order. */
    List<ValidationRule> getValidations() { return validations; }
    JsonSchema setValidations(List<ValidationRule> v) { validations = v; return this; }

    /** The definition this schema stands for; null for a schema of its own. */
    Reference getReference() { return reference; }
}
