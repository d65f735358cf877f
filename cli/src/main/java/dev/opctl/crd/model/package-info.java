/**
 * opctl's own model of Java declarations, as the CRD engine needs them: types, fields, accessors,
 * annotations with their constant values, Javadoc and marker comments. The class-file reader fills
 * it from compiled classes on the class path; schema rules read only the model.
 */
package dev.opctl.crd.model;
