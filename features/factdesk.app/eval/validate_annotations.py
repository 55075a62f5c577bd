#!/usr/bin/env python3
"""Checks the Factdesk evaluation fixtures (see README.md in this folder).

Usage:
    python3 validate_annotations.py                    # seed, dev, heldout and heldout2
    python3 validate_annotations.py ANNOTATIONS BASE   # one set: the JSONL file and the folder its doc paths are relative to

Checks that every line parses as JSON; that coverage lines and flag lines have the expected fields; that every flag's
doc has a coverage line covering its type; that every flag `text` occurs in the raw document at least `occurrence`
times (and, for HTML, the same number of times in the visible text, so that `occurrence` means the same thing in
both); that no text spans a line break; that a text listed more than once for a doc and type carries `occurrence`;
and, for the dev and heldout folders, that every document in the folder has a coverage line. Prints counts of
annotations per type. Exits 1 on any error.
"""
import collections
import json
import os
import re
import sys
from html.parser import HTMLParser

TYPES = ("phone", "statistic", "citation")

# Mirrors org.factdesk.parser.html.internal.BlockExtractor: these elements and their content are not visible text.
DROPPED = {"script", "style", "noscript", "template", "nav", "iframe", "object", "embed", "svg", "math", "canvas",
           "select", "option", "button", "input", "textarea", "head"}
BLOCK = set("h1 h2 h3 h4 h5 h6 p div section article main header footer aside form address figcaption caption "
            "summary details body center fieldset legend label figure td th pre blockquote dd dt tr table li ul ol "
            "dl hr".split())
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            if tag in ("br", "hr") and not self.skip:
                self.out.append("\n")
            return
        a = dict(attrs)
        if self.skip or tag in DROPPED or "hidden" in a or a.get("aria-hidden") == "true":
            self.skip += 1
        elif tag in BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if self.skip:
            self.skip -= 1
        elif tag in BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def visible_text(html):
    """The page's readable text, one block per line, white space collapsed (as Factdesk's HTML parser reads it)."""
    parser = _Visible()
    parser.feed(html)
    parser.close()
    blocks = (re.sub(r"[\s\u00a0\u2007\u202f\u200b]+", " ", b).strip() for b in "".join(parser.out).split("\n"))
    return "\n".join(b for b in blocks if b)


def count(haystack, needle):
    """Occurrences of needle in haystack, counting every starting position (overlaps included)."""
    n, i = 0, haystack.find(needle)
    while i >= 0:
        n += 1
        i = haystack.find(needle, i + 1)
    return n


def validate(ann_path, base, require_all_files):
    errors, warnings = [], []
    covers, flags = {}, []
    with open(ann_path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{ann_path}:{lineno}: not JSON: {e}")
                continue
            where = f"{os.path.basename(ann_path)}:{lineno}"
            if not isinstance(rec, dict) or not isinstance(rec.get("doc"), str):
                errors.append(f"{where}: not an object with a 'doc'")
            elif "covers" in rec:
                if set(rec) != {"doc", "covers"} or not set(rec["covers"]) <= set(TYPES):
                    errors.append(f"{where}: bad coverage line {rec}")
                elif rec["doc"] in covers:
                    errors.append(f"{where}: second coverage line for {rec['doc']}")
                else:
                    covers[rec["doc"]] = set(rec["covers"])
            else:
                extra = set(rec) - {"doc", "type", "text", "normalized", "occurrence"}
                if extra or rec.get("type") not in TYPES or not isinstance(rec.get("text"), str) or not rec["text"]:
                    errors.append(f"{where}: bad flag line {rec}")
                    continue
                if "normalized" in rec and not isinstance(rec["normalized"], str):
                    errors.append(f"{where}: normalized must be a string")
                occ = rec.get("occurrence", 1)
                if not isinstance(occ, int) or occ < 1:
                    errors.append(f"{where}: occurrence must be an integer >= 1")
                    continue
                flags.append((where, rec, occ))

    texts = {}
    for where, rec, occ in flags:
        doc = rec["doc"]
        if rec["type"] not in covers.get(doc, ()):
            errors.append(f"{where}: {doc} has no coverage line covering {rec['type']}")
        path = os.path.join(base, doc)
        if not os.path.isfile(path):
            errors.append(f"{where}: no such document {path}")
            continue
        if doc not in texts:
            raw = open(path, encoding="utf-8").read()
            texts[doc] = (raw, visible_text(raw) if doc.endswith((".html", ".htm")) else None)
        raw, vis = texts[doc]
        t = rec["text"]
        if "\n" in t or "\r" in t:
            errors.append(f"{where}: text spans a line break: {t!r}")
        n_raw = count(raw, t)
        if n_raw < occ:
            errors.append(f"{where}: {t!r} occurs {n_raw} times in {doc}, occurrence is {occ}")
        if vis is not None:
            n_vis = count(vis, t)
            if n_vis < occ:
                errors.append(f"{where}: {t!r} occurs {n_vis} times in the visible text of {doc}, occurrence is {occ}")
            elif n_vis != n_raw:
                errors.append(f"{where}: {t!r} occurs {n_raw} times in the markup but {n_vis} times in the visible "
                              f"text of {doc}; occurrence would be ambiguous")
        if n_raw > 1 and "occurrence" not in rec:
            warnings.append(f"{where}: {t!r} occurs {n_raw} times in {doc}; the first is meant")

    keys = collections.Counter((r["doc"], r["type"], r["text"], occ) for _, r, occ in flags)
    for k, n in keys.items():
        if n > 1:
            errors.append(f"{k}: listed {n} times")
    per_text = collections.Counter((r["doc"], r["type"], r["text"]) for _, r, _ in flags)
    for where, rec, _ in flags:
        if per_text[(rec["doc"], rec["type"], rec["text"])] > 1 and "occurrence" not in rec:
            errors.append(f"{where}: {rec['text']!r} is listed several times for {rec['doc']}; each needs occurrence")

    if require_all_files:
        for name in sorted(os.listdir(base)):
            if name.endswith((".txt", ".html", ".htm")) and name not in covers:
                errors.append(f"{base}/{name}: no coverage line")
            if name.endswith((".txt", ".html", ".htm")):
                raw = open(os.path.join(base, name), encoding="utf-8").read()
                words = len((visible_text(raw) if name.endswith((".html", ".htm")) else raw).split())
                if not 300 <= words <= 1500:
                    warnings.append(f"{name}: {words} words (expected 300-1500)")
    for doc in covers:
        if not os.path.isfile(os.path.join(base, doc)):
            errors.append(f"coverage line for missing document {doc}")

    by_type = collections.Counter(r["type"] for _, r, _ in flags)
    normalized = sum(1 for _, r, _ in flags if "normalized" in r)
    return errors, warnings, len(covers), by_type, normalized


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    if len(argv) == 3:
        sets = [(os.path.basename(argv[1]), argv[1], argv[2], False)]
    elif len(argv) == 1:
        corpus = os.path.normpath(os.path.join(here, "..", "..", "..", "corpus"))
        sets = [("seed", os.path.join(corpus, "annotations", "seed.jsonl"), corpus, False),
                ("dev", os.path.join(here, "dev", "annotations.jsonl"), os.path.join(here, "dev"), True),
                ("heldout", os.path.join(here, "heldout", "annotations.jsonl"), os.path.join(here, "heldout"), True),
                ("heldout2", os.path.join(here, "heldout2", "annotations.jsonl"), os.path.join(here, "heldout2"), True)]
    else:
        print(__doc__)
        return 2
    failed = False
    for name, ann, base, require_all in sets:
        errors, warnings, docs, by_type, normalized = validate(ann, base, require_all)
        total = sum(by_type.values())
        print(f"{name}: {docs} docs, {total} annotations "
              f"(phone {by_type['phone']}, statistic {by_type['statistic']}, citation {by_type['citation']}; "
              f"{normalized} with normalized)")
        for w in warnings:
            print(f"  warning: {w}")
        for e in errors:
            print(f"  ERROR: {e}")
        failed |= bool(errors)
    print("FAILED" if failed else "OK")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
