#!/usr/bin/env python3
"""Validate eval/stances-gold.jsonl against its issues file and the corpora, and print its counts.

    python3 eval/check_stances_gold.py [--gold eval/stances-gold.jsonl] [--issues eval/stances-issues.json]
                                       [--corpora ../shared/corpora] [--write-split dev /tmp/stances-dev.jsonl]

Checks, for every line: the fields and their values; the issue exists; the article is a record of one of the
corpora; the evidence is an exact substring of the article's text (the 5 legacy lines written with " ... "
between two quoted pieces are accepted when every piece occurs, in order, and are reported); the condition is
null or {"type": conditional|demand|red-line, "text": exact substring of the article}; the split is dev or
test, the same for every line of one article, and dev for every article of the legacy 53 lines; no two lines
share article, holder and issue. Then the minimums of the brief: at least 160 judgements, at least half from
primary sources, at least a third from news. Exits 1 on any error.
"""
import argparse
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS_FILES = {
    "ukraine_nato_talks_press_2021_2022.jsonl": "primary",
    "allsides_news.jsonl": "news",
    "bbc_news_2225.jsonl": "news",
}
FIELDS = ["article", "holder", "issue", "stance", "evidence", "condition", "split"]
STANCES = {"support", "oppose", "mixed", "neutral"}
CONDITION_TYPES = {"conditional", "demand", "red-line"}
SPLITS = {"dev", "test"}
LEGACY = 53  # the first 53 lines are the gold written before this extension; they are all dev


def source_kind(article_id):
    """Finer kind for the counts: Kremlin, president.gov.ua, AllSides, BBC."""
    for prefix, kind in (("kremlin-", "primary: Kremlin"), ("president-gov-ua-", "primary: President of Ukraine"),
                         ("allsides-", "news: AllSides"), ("bbc-", "news: BBC")):
        if article_id.startswith(prefix):
            return kind
    return "other"


def load_corpora(directory, needed):
    texts, kinds = {}, {}
    for name, kind in CORPUS_FILES.items():
        path = os.path.join(directory, name)
        with open(path, encoding="utf-8") as f:
            for line in f:
                # cheap prefilter: only parse the records the gold uses
                head = line[:80]
                if not any(a in head for a in needed):
                    continue
                r = json.loads(line)
                if r["id"] in needed:
                    texts[r["id"]] = r["text"]
                    kinds[r["id"]] = kind
    return texts, kinds


def ellipsis_match(evidence, text):
    pos = 0
    for piece in (p.strip() for p in evidence.split("...")):
        i = text.find(piece, pos)
        if not piece or i < 0:
            return False
        pos = i + len(piece)
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=os.path.join(HERE, "stances-gold.jsonl"))
    ap.add_argument("--issues", default=os.path.join(HERE, "stances-issues.json"))
    ap.add_argument("--corpora", default=os.path.normpath(os.path.join(ROOT, "..", "shared", "corpora")))
    ap.add_argument("--write-split", nargs=2, metavar=("SPLIT", "FILE"),
                    help="also write the lines of one split (dev or test) to FILE, for parley eval stances --gold FILE")
    args = ap.parse_args()

    errors, notes = [], []
    issues = {i["id"]: i for i in json.load(open(args.issues, encoding="utf-8"))["issues"]}
    for iid, issue in issues.items():
        if not issue.get("name") or not issue.get("terms"):
            errors.append(f"issue {iid}: name and terms are required")

    lines = []
    with open(args.gold, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            if not raw.strip():
                errors.append(f"line {n}: empty line")
                continue
            try:
                lines.append((n, json.loads(raw)))
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: not JSON ({e})")

    texts, kinds = load_corpora(args.corpora, {j.get("article", "") for _, j in lines})
    split_of, seen = {}, set()
    for n, j in lines:
        where = f"line {n} ({j.get('article')}, {j.get('holder')}, {j.get('issue')})"
        missing = [k for k in FIELDS if k not in j]
        extra = [k for k in j if k not in FIELDS]
        if missing or extra:
            errors.append(f"{where}: missing fields {missing}, unknown fields {extra}")
            continue
        for k in ("article", "holder", "evidence"):
            if not isinstance(j[k], str) or not j[k].strip():
                errors.append(f"{where}: {k} must be a non-empty string")
        if j["issue"] not in issues:
            errors.append(f"{where}: unknown issue")
        if j["stance"] not in STANCES:
            errors.append(f"{where}: stance {j['stance']!r}")
        if j["split"] not in SPLITS:
            errors.append(f"{where}: split {j['split']!r}")
        if n <= LEGACY and j["split"] != "dev":
            errors.append(f"{where}: the legacy lines are dev")
        if split_of.setdefault(j["article"], j["split"]) != j["split"]:
            errors.append(f"{where}: article has lines in both splits")
        key = (j["article"], j["holder"].lower(), j["issue"])
        if key in seen:
            errors.append(f"{where}: duplicate article/holder/issue")
        seen.add(key)
        text = texts.get(j["article"])
        if text is None:
            errors.append(f"{where}: article not found in {args.corpora}")
            continue
        if j["evidence"] not in text:
            if n <= LEGACY and " ... " in j["evidence"] and ellipsis_match(j["evidence"], text):
                notes.append(f"{where}: legacy evidence with ' ... ' gaps, pieces found in order")
            else:
                errors.append(f"{where}: evidence is not a substring of the article text")
        c = j["condition"]
        if c is not None:
            if not isinstance(c, dict) or set(c) != {"type", "text"}:
                errors.append(f"{where}: condition must be null or {{type, text}}")
            elif c["type"] not in CONDITION_TYPES:
                errors.append(f"{where}: condition type {c['type']!r}")
            elif not c["text"] or c["text"] not in text:
                errors.append(f"{where}: condition text is not a substring of the article text")
    legacy_docs = {j["article"] for n, j in lines if n <= LEGACY}
    for a in legacy_docs:
        if split_of.get(a) != "dev":
            errors.append(f"{a}: an article of the legacy lines must be dev")

    judgements = [j for _, j in lines if isinstance(j, dict) and "article" in j]
    total = len(judgements)
    kind = collections.Counter(kinds.get(j["article"], "?") for j in judgements)

    def table(title, counter):
        print(f"\n{title}")
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print(f"  {str(k):42s} {v:4d}")

    print(f"{total} judgements in {len({j['article'] for j in judgements})} articles "
          f"({len(legacy_docs)} articles in the {LEGACY} legacy lines)")
    table("by source kind", kind)
    table("by source", collections.Counter(source_kind(j["article"]) for j in judgements))
    table("by issue", collections.Counter(j["issue"] for j in judgements))
    table("by stance", collections.Counter(j["stance"] for j in judgements))
    table("by split (judgements)", collections.Counter(j.get("split") for j in judgements))
    table("by split (articles)", collections.Counter(split_of.values()))
    table("by condition", collections.Counter((j.get("condition") or {}).get("type", "none") for j in judgements))
    table("by issue and stance", collections.Counter(f"{j['issue']} / {j['stance']}" for j in judgements))
    table("by split and source kind", collections.Counter(f"{j.get('split')} / {kinds.get(j['article'], '?')}" for j in judgements))

    if total < 160:
        errors.append(f"{total} judgements, fewer than 160")
    if kind["primary"] * 2 < total:
        errors.append(f"{kind['primary']} primary-source judgements, fewer than half of {total}")
    if kind["news"] * 3 < total:
        errors.append(f"{kind['news']} news judgements, fewer than a third of {total}")

    if args.write_split and not errors:
        which, out = args.write_split
        with open(out, "w", encoding="utf-8") as f:
            for j in judgements:
                if j["split"] == which:
                    f.write(json.dumps(j, ensure_ascii=False) + "\n")
        print(f"\nwrote the {which} lines to {out}")
    for m in notes:
        print("note:", m)
    for m in errors:
        print("ERROR:", m)
    print("\nOK" if not errors else f"\n{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
