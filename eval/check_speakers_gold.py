#!/usr/bin/env python3
"""Validate eval/speakers-gold.jsonl against the corpus it annotates.

Checks, for every line: exactly the seven fields; the article exists; `text` is 6-25 words and occurs
exactly once in the article text; `speaker`/`via` are null or non-empty strings and differ; `kind` is one
of the five kinds; `named_in_sentence` is a boolean; `split` is dev/test and agrees with the
document-level rule (sorted article ids alternate dev, test, dev, ...). Then checks the brief's
minimums and prints counts.

    python3 eval/check_speakers_gold.py [--gold PATH] [--corpus PATH] [--selection]

--selection also prints the rule-based document kinds and the random.seed(13) order from which the
documents were taken (see eval/speakers-gold.md).
"""
import argparse, collections, json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_GOLD = HERE / "speakers-gold.jsonl"
DEFAULT_CORPUS = HERE.parents[1] / "shared" / "corpora" / "ukraine_nato_talks_press_2021_2022.jsonl"
FIELDS = ["article", "text", "speaker", "via", "kind", "named_in_sentence", "split"]
KINDS = {"turn", "speech", "readout", "quote", "reported"}

# Selection rules (as used to pick the documents; see speakers-gold.md).
LABEL = re.compile(r'(?:^|(?<=[.?!…»"”>)] ))(?:Question|Remark|Reply|[A-Z][A-Za-z\.\-]+'
                   r'(?: (?:of|the|and|de|von|[A-Z][A-Za-z\-\.]+)){0,11}'
                   r'(?: \((?:retranslated|via interpreter|in [A-Z][a-z]+)\))?):(?= )', re.M)


def doc_kind(rec):
    title, text = rec["title"].lower(), rec["text"]
    labels = LABEL.findall(text)
    if len([l for l in labels if l in ("Question", "V.Putin") or "Putin" in l or "retranslated" in l]) >= 3:
        return "transcript"
    if re.search(r"\baddress(?! ed)|speech by|speech of|article by|greetings", title):
        return "speech"
    if re.search(r"telephone conversation|phone conversation|met with|meeting with|talks with|discussed|"
                 r"meets with|meeting of|had a meeting|spoke with|receives", title):
        return "readout"
    if re.search(r'[“"«]', text):
        return "news"
    return "other"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(DEFAULT_GOLD))
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--selection", action="store_true")
    a = ap.parse_args()

    corpus = {}
    with open(a.corpus, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            corpus[r["id"]] = r

    errors = []
    rows = []
    with open(a.gold, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"line {n}: blank line")
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: bad JSON ({e})")
                continue
            rows.append((n, r))
            if list(r.keys()) != FIELDS:
                errors.append(f"line {n}: fields {list(r.keys())} != {FIELDS}")
                continue
            art = corpus.get(r["article"])
            if art is None:
                errors.append(f"line {n}: unknown article {r['article']}")
                continue
            t = r["text"]
            if not isinstance(t, str) or not (6 <= len(t.split()) <= 25):
                errors.append(f"line {n}: text is not 6-25 words: {t!r}")
            elif art["text"].count(t) != 1:
                errors.append(f"line {n}: text occurs {art['text'].count(t)} times in {r['article']}: {t!r}")
            for k in ("speaker", "via"):
                if r[k] is not None and (not isinstance(r[k], str) or not r[k].strip()):
                    errors.append(f"line {n}: {k} must be null or a non-empty string")
            if r["via"] is not None and r["via"] == r["speaker"]:
                errors.append(f"line {n}: via equals speaker")
            if r["kind"] not in KINDS:
                errors.append(f"line {n}: kind {r['kind']!r}")
            if not isinstance(r["named_in_sentence"], bool):
                errors.append(f"line {n}: named_in_sentence must be a boolean")
            if r["split"] not in ("dev", "test"):
                errors.append(f"line {n}: split {r['split']!r}")

    good = [r for _, r in rows if list(r.keys()) == FIELDS]
    ids = sorted({r["article"] for r in good})
    want = {i: ("dev" if k % 2 == 0 else "test") for k, i in enumerate(ids)}
    for n, r in rows:
        if list(r.keys()) == FIELDS and r["split"] != want[r["article"]]:
            errors.append(f"line {n}: split {r['split']} but the document rule gives {want[r['article']]}")
    seen = collections.Counter((r["article"], r["text"]) for r in good)
    for key, c in seen.items():
        if c > 1:
            errors.append(f"duplicate statement {key}")

    kinds_of_doc = {i: doc_kind(corpus[i]) for i in ids if i in corpus}
    per_doc_kind = collections.Counter(kinds_of_doc.values())
    named_false = sum(1 for r in good if r["named_in_sentence"] is False)
    checks = [
        ("at least 200 statements", len(good) >= 200),
        ("at least 40 documents", len(ids) >= 40),
        ("at least 12 transcripts", per_doc_kind["transcript"] >= 12),
        ("at least 10 speeches", per_doc_kind["speech"] >= 10),
        ("at least 10 readouts", per_doc_kind["readout"] >= 10),
        ("some news items", per_doc_kind["news"] >= 1),
        ("both sources", len({corpus[i]["source"] for i in ids}) == 2),
        ("at least half named_in_sentence false", named_false * 2 >= len(good)),
    ]
    for name, ok in checks:
        if not ok:
            errors.append(f"minimum not met: {name}")

    print(f"statements: {len(good)}  documents: {len(ids)}")
    print("documents by kind:", dict(sorted(per_doc_kind.items())))
    print("documents by source:", dict(collections.Counter(corpus[i]["source"].split(" (")[0] for i in ids)))
    print("dates:", min(corpus[i]["published"] for i in ids), "to", max(corpus[i]["published"] for i in ids))
    for field in ("kind", "split", "named_in_sentence"):
        print(f"by {field}:", dict(sorted(collections.Counter(str(r[field]) for r in good).items())))
    print("split x named_in_sentence:",
          dict(sorted(collections.Counter(f"{r['split']}/{r['named_in_sentence']}" for r in good).items())))
    print("kind x named_in_sentence:",
          dict(sorted(collections.Counter(f"{r['kind']}/{r['named_in_sentence']}" for r in good).items())))
    print("documents by split:", dict(collections.Counter(want.values())))
    print("speaker null:", sum(r["speaker"] is None for r in good), " via set:", sum(r["via"] is not None for r in good))
    print("speakers:", dict(collections.Counter(str(r["speaker"]) for r in good).most_common()))

    if a.selection:
        random.seed(13)
        allk = {i: doc_kind(r) for i, r in corpus.items()}
        for k in ("transcript", "speech", "readout", "news"):
            order = sorted(i for i in allk if allk[i] == k)
            random.shuffle(order)
            print(f"\n{k} ({len(order)} in corpus), seeded order, * = used:")
            for i in order[:16]:
                print(f"  {'*' if i in ids else ' '} {i} {corpus[i]['published']} {corpus[i]['title'][:80]}")

    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
