#!/usr/bin/env python3
"""Moves the seed's block texts to block-level variance (Umbraco 15+ storage format).

The element types contactPoint (label, note), openingHours (note) and serviceLocation (name, accessibility) vary by
culture. Their values in the seed were written invariant ("culture": null); this script makes each of them the sl-SI
value, and exposes every block in sl-SI and, where the document is published in en-US, in en-US too (English values
are added by editors later; until then the English site shows the Slovenian text marked lang="sl").

Idempotent: values and expose entries that already have a culture are left as they are.
Usage: python3 uSync/tools/convert-block-variance.py [uSync/v17/Content]
"""
import json
import pathlib
import re
import sys

VARIANT = {
    "dec69e45-3994-5528-ac57-af48142959c2": {"label", "note"},  # contactPoint
    "feef1840-bc90-5267-b45e-1a8aab4d456c": {"note"},  # openingHours
    "af590d1b-6715-58c4-af97-f479e101d0b4": {"name", "accessibility"},  # serviceLocation
}
BLOCK_PROPERTIES = ("contacts", "openingHours", "locations")


def convert(value, cultures):
    for item in value.get("contentData", []) + value.get("settingsData", []):
        variant = VARIANT.get(item.get("contentTypeKey"), set())
        for v in item.get("values", []):
            if isinstance(v.get("value"), dict) and "contentData" in v["value"]:
                convert(v["value"], cultures)
            elif v.get("culture") is None and v.get("alias") in variant:
                v["culture"] = "sl-SI"
    expose = []
    for entry in value.get("expose", []):
        if entry.get("culture") is None and value_type(value, entry["contentKey"]) in VARIANT:
            expose.extend({"contentKey": entry["contentKey"], "culture": c, "segment": None} for c in cultures)
        else:
            expose.append(entry)
    seen = set()
    value["expose"] = [e for e in expose if (e["contentKey"], e["culture"]) not in seen and not seen.add((e["contentKey"], e["culture"]))]


def value_type(value, key):
    return next((c.get("contentTypeKey") for c in value.get("contentData", []) if c.get("key") == key), None)


def main(folder):
    changed = 0
    for path in sorted(pathlib.Path(folder).glob("*.config")):
        text = path.read_text(encoding="utf-8")
        cultures = ["sl-SI"] + (["en-US"] if '<Published Culture="en-US">true</Published>' in text else [])

        def rewrite(match):
            value = json.loads(match.group(2))
            convert(value, cultures)
            return match.group(1) + json.dumps(value, ensure_ascii=False) + match.group(3)

        new = text
        for alias in BLOCK_PROPERTIES:
            pattern = re.compile(r"(<%s>\s*<Value><!\[CDATA\[)(.*?)(\]\]></Value>)" % alias, re.S)
            new = pattern.sub(rewrite, new)
        if new != text:
            path.write_text(new, encoding="utf-8")
            changed += 1
    print(f"{changed} files changed")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "uSync/v17/Content")
