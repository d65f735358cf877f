#!/usr/bin/env python3
"""Compares the Kubernetes objects of two multi-document YAML streams, ignoring document order, key
order and comments: each object is keyed by apiVersion, kind, namespace and name.
  manifests-diff.py A.yaml B.yaml [--drop KIND ...] [--ignore-annotation KEY ...]
Objects of a --drop kind are left out of both sides, a --ignore-annotation key out of every object.
Prints each difference and exits 1 when there is any."""
import difflib
import json
import sys

import yaml


def load(path, drop, ignored):
    objects = {}
    with open(path) as f:
        for doc in yaml.safe_load_all(f):
            if not doc or doc.get("kind") in drop:
                continue
            annotations = doc.get("metadata", {}).get("annotations")
            if annotations is not None:
                for key in ignored:
                    annotations.pop(key, None)
                if not annotations:
                    del doc["metadata"]["annotations"]
            meta = doc.get("metadata", {})
            key = "%s %s %s/%s" % (doc.get("apiVersion"), doc.get("kind"), meta.get("namespace", ""), meta.get("name"))
            if key in objects:
                sys.exit("%s: %s twice" % (path, key))
            objects[key] = doc
    return objects


def main(argv):
    files, drop, ignored, target = [], set(), [], None
    for arg in argv:
        if arg == "--drop":
            target = drop
        elif arg == "--ignore-annotation":
            target = ignored
        elif target is drop:
            drop.add(arg)
        elif target is ignored:
            ignored.append(arg)
        else:
            files.append(arg)
    a, b = (load(f, drop, ignored) for f in files)
    differences = 0
    for key in sorted(set(a) | set(b)):
        if key not in b:
            print("only in %s: %s" % (files[0], key))
        elif key not in a:
            print("only in %s: %s" % (files[1], key))
        elif a[key] != b[key]:
            print("differs: %s" % key)
            sys.stdout.writelines(difflib.unified_diff(
                json.dumps(a[key], indent=1, sort_keys=True).splitlines(True),
                json.dumps(b[key], indent=1, sort_keys=True).splitlines(True), files[0], files[1]))
        else:
            continue
        differences += 1
    print("%d objects, %d differences" % (len(set(a) | set(b)), differences))
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
