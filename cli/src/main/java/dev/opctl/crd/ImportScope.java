package dev.opctl.crd;

import java.util.List;

/**
 * Where a simple name a source file does not resolve may come from, in javac's order.
 *
 * @param imported the types the file imports statically by name ({@code import static a.Outer.Inner}),
 *     or maybe fields or methods of that name
 * @param packages the file's own package first ("" for none), then its on-demand imports, of packages
 *     and of classes' member types (static ones too)
 */
record ImportScope(List<String> imported, List<String> packages) {
}
