#!/usr/bin/env python3
"""validate_json.py SCHEMA DOCUMENT: exit 0 when DOCUMENT is valid against the JSON Schema SCHEMA, else print the
first errors and exit 1. SCHEMA may be FILE.tgz:MEMBER to read the schema from an npm pack (as fetched into .cache/).
Uses python3-jsonschema (Debian), picking the validator from the schema's $schema (draft-04 for SARIF 2.1.0)."""
import json
import sys
import tarfile

import jsonschema


def load_schema(spec):
    if ".tgz:" in spec:
        archive, member = spec.split(".tgz:", 1)
        with tarfile.open(archive + ".tgz") as t:
            return json.load(t.extractfile(member))
    with open(spec, encoding="utf-8") as f:
        return json.load(f)


def main():
    schema = load_schema(sys.argv[1])
    with open(sys.argv[2], encoding="utf-8") as f:
        document = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    errors = sorted(cls(schema, format_checker=jsonschema.FormatChecker()).iter_errors(document),
                    key=lambda e: list(e.absolute_path))
    for e in errors[:10]:
        print(f"{'/'.join(map(str, e.absolute_path))}: {e.message[:300]}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
