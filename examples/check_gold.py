#!/usr/bin/env python3
"""Checks examples/gold.json against examples/articles (stdlib only).

Errors (exit 1): a gold name that occurs in none of its entity's listed documents,
a listed document that contains none of the entity's names, a fact or event that
points at an unknown entity or document, a fact whose subject or object is not
named in one of the fact's documents, an event place not found in its documents.
Warnings: an entity name found in a document the entity does not list (expected
for the deliberate traps, e.g. the two men called Tamimi).

Document text is what ingestion should keep: the <article> of an HTML page, the
title and description of each RSS item, the whole of a Markdown or text file.
"""
import html
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# The corpus folder (holding articles/ and gold.json): the first argument, or the folder of this script.
HERE = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parent


def strip_tags(text):
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


def load_documents(folder):
    docs = {}
    for path in sorted(folder.iterdir()):
        raw = path.read_text(encoding="utf-8")
        if path.suffix == ".html":
            # A page without og:title or <article> falls back to its <title> and <body> (or the whole page).
            title = re.search(r'property="og:title" content="([^"]*)"', raw) or re.search(r"<title>(.*?)</title>", raw, re.S)
            body = (re.search(r"<article[^>]*>(.*?)</article>", raw, re.S)
                    or re.search(r"<body[^>]*>(.*?)</body>", raw, re.S))
            docs[path.stem] = (html.unescape(title.group(1)) if title else "") + "\n" + strip_tags(body.group(1) if body else raw)
        elif path.suffix == ".xml":
            items = ET.parse(path).getroot().findall("./channel/item")
            for n, item in enumerate(items, start=1):
                text = item.findtext("title") + "\n" + strip_tags(item.findtext("description"))
                docs[f"{path.stem}#{n}"] = text
        else:
            docs[path.stem] = raw
    return docs


def occurs(name, text):
    return re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text) is not None


def main():
    docs = load_documents(HERE / "articles")
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    errors, warnings = [], []
    entities = {e["id"]: e for e in gold["entities"]}
    for e in gold["entities"]:
        for d in e["docs"]:
            if d not in docs:
                errors.append(f"entity {e['id']}: unknown doc {d}")
            elif not any(occurs(n, docs[d]) for n in e["names"]):
                errors.append(f"entity {e['id']}: no name occurs in {d}")
        for n in e["names"]:
            if not any(d in docs and occurs(n, docs[d]) for d in e["docs"]):
                errors.append(f"entity {e['id']}: name '{n}' occurs in none of {e['docs']}")
        for d, text in docs.items():
            if d not in e["docs"]:
                hits = [n for n in e["names"] if occurs(n, text)]
                if hits:
                    warnings.append(f"entity {e['id']}: {hits} also in {d}")

    def named_in(eid, d):
        return any(occurs(n, docs[d]) for n in entities[eid]["names"])

    for f in gold["facts"]:
        for key in ("s", "o"):
            if f[key] not in entities:
                errors.append(f"fact {f}: unknown entity {f[key]}")
        for d in f["docs"]:
            if d not in docs:
                errors.append(f"fact {f['s']} {f['rel']} {f['o']}: unknown doc {d}")
            elif f["s"] in entities and f["o"] in entities:
                for key in ("s", "o"):
                    if not named_in(f[key], d):
                        errors.append(f"fact {f['s']} {f['rel']} {f['o']}: {f[key]} not named in {d}")
    for ev in gold["events"]:
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", ev["date"]):
            errors.append(f"event {ev['id']}: bad date {ev['date']}")
        for a in ev["involved"]:
            if a not in entities:
                errors.append(f"event {ev['id']}: unknown entity {a}")
        for d in ev["docs"]:
            if d not in docs:
                errors.append(f"event {ev['id']}: unknown doc {d}")
        if "place" in ev and not any(ev["place"] in docs.get(d, "") for d in ev["docs"]):
            errors.append(f"event {ev['id']}: place {ev['place']} not in its docs")
        if not any(any(named_in(a, d) for a in ev["involved"] if a in entities) for d in ev["docs"] if d in docs):
            errors.append(f"event {ev['id']}: no involved actor named in its docs")

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    words = {d: len(t.split()) for d, t in docs.items()}
    print(f"{len(docs)} documents, words {words}")
    print(f"{len(gold['entities'])} entities, {len(gold['facts'])} facts, {len(gold['events'])} events, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
