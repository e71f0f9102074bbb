#!/usr/bin/env python3
"""Sanity checks for the held-out gold files (no project code involved).

For every gold/<name>.gold.json: valid JSON, required keys, the source
corpus/<name>.txt exists, every target/deadline `text`, task title, section
heading and unit `raw` is an exact substring of the source, section headings
occur in document order, enumerations are legal. Prints per-document counts.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
COMP = {"eq", "gt", "gte", "lt", "lte", "approx", "range"}
ROLE = {"lead", "co", "responsible"}
KIND = {"party", "government", "lower-government", "enterprise", "other"}
DKIND = {"by", "recurring", "period"}
REC = {None, "daily", "weekly", "monthly", "quarterly", "half-yearly", "yearly"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check(path):
    errs = []
    g = json.load(open(path, encoding="utf-8"))
    for k in ("file", "metadata", "sections", "tasks", "targets", "deadlines"):
        if k not in g:
            errs.append(f"missing key {k}")
    src = os.path.join(ROOT, "corpus", g["file"])
    raw = open(src, "rb").read()
    text = raw.decode("utf-8")
    if raw.startswith(b"\xef\xbb\xbf"):
        text = text[1:]
    n = len(text)
    # Batches 1-4 are TXT only and short; batch 5 on is TXT exported from a DOCX that
    # also exists as a PDF, at the length of a real plan.
    stem = os.path.splitext(g["file"])[0]
    siblings = [os.path.exists(os.path.join(ROOT, "corpus", stem + ext)) for ext in (".docx", ".pdf")]
    lo, hi = (5000, 16000) if any(siblings) else (1500, 4000)
    if not (lo <= n <= hi):
        errs.append(f"length {n} outside {lo}-{hi}")
    if any(siblings) and not all(siblings):
        errs.append("a DOCX needs its PDF beside it, and a PDF its DOCX")
    md = g["metadata"]
    for k in ("title", "docType", "issuers", "docNumber", "issueDate", "region", "period", "draft"):
        if k not in md:
            errs.append(f"metadata.{k} missing")
    if md.get("issueDate") and not ISO.match(md["issueDate"]):
        errs.append("issueDate not ISO")
    if md.get("title") and md["title"] not in text:
        errs.append(f"title not in text: {md['title']}")
    pos = 0
    for s in g["sections"]:
        h = s["heading"]
        i = text.find(h, pos)
        if i < 0:
            errs.append(f"section heading not found in order: {s}")
        else:
            pos = i + len(h)
        if not isinstance(s["level"], int) or s["level"] < 1:
            errs.append(f"bad level {s}")
    headings = {s["heading"] for s in g["sections"]}

    def chk_target(t, where):
        if t["text"] not in text:
            errs.append(f"{where}: target text not in source: {t['text']!r}")
        if t["comparator"] not in COMP:
            errs.append(f"{where}: bad comparator {t}")
        if t["comparator"] == "range" and t.get("valueMax") is None:
            errs.append(f"{where}: range without valueMax {t['text']}")
        if t.get("relative") is None and t.get("value") is None:
            errs.append(f"{where}: value null without relative {t['text']}")
        if not isinstance(t.get("year"), int):
            errs.append(f"{where}: year missing {t['text']}")
        if t.get("recurrence") not in REC:
            errs.append(f"{where}: bad recurrence {t['text']}")

    def chk_deadline(d, where):
        if d["text"] not in text:
            errs.append(f"{where}: deadline text not in source: {d['text']!r}")
        if d["kind"] not in DKIND:
            errs.append(f"{where}: bad kind {d}")
        if d["kind"] in ("by", "period") and not (d.get("date") and ISO.match(d["date"])):
            errs.append(f"{where}: by/period needs ISO date {d}")
        if d["kind"] == "recurring" and d.get("recurrence") not in REC - {None}:
            errs.append(f"{where}: recurring needs recurrence {d}")

    for i, t in enumerate(g["tasks"]):
        w = f"task[{i}] {t['title']}"
        if t["title"] not in text:
            errs.append(f"{w}: title not in source")
        if t["section"] is not None and t["section"] not in headings:
            errs.append(f"{w}: section {t['section']!r} is not a section heading")
        for u in t["units"]:
            if u["raw"] not in text:
                errs.append(f"{w}: unit raw not in source {u['raw']}")
            if u["role"] not in ROLE or u["kind"] not in KIND:
                errs.append(f"{w}: bad role/kind {u}")
        for x in t["targets"]:
            chk_target(x, w)
        for x in t["deadlines"]:
            chk_deadline(x, w)
    for x in g["targets"]:
        chk_target(x, "doc")
    for x in g["deadlines"]:
        chk_deadline(x, "doc")
    counts = dict(
        chars=n,
        sections=len(g["sections"]),
        tasks=len(g["tasks"]),
        units=sum(len(t["units"]) for t in g["tasks"]),
        targets=sum(len(t["targets"]) for t in g["tasks"]) + len(g["targets"]),
        deadlines=sum(len(t["deadlines"]) for t in g["tasks"]) + len(g["deadlines"]),
    )
    return errs, counts


def main():
    gold_dir = os.path.join(ROOT, "gold")
    bad = 0
    for f in sorted(os.listdir(gold_dir)):
        if not f.endswith(".gold.json"):
            continue
        errs, c = check(os.path.join(gold_dir, f))
        print(f"{f}: " + ", ".join(f"{k}={v}" for k, v in c.items()))
        for e in errs:
            print("   ERROR", e)
        bad += len(errs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
