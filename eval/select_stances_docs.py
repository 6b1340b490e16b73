"""Seeded choice of documents for the extension of eval/stances-gold.jsonl.

Candidates are the articles whose text mentions a term of an issue in eval/stances-issues.json
(a case-insensitive pattern of a few surface forms per issue, not Parley's lemma matching; the two issues
added with the extension, territorial-concessions and peace-talks, have none) and that are not among the
53 legacy judgements. News candidates must also name Russia, Ukraine or NATO, except for Keystone.
The candidate ids of each pool are sorted, shuffled with random.Random(15) and read in that order;
a document is used when a holder takes a stance in it that a reader can decide from the text.
Prints the shuffled order of each pool. Run from the repository root (corpora in ../shared/corpora).
"""
import json, os, random, re, sys

CORPORA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "..", "shared", "corpora") + os.sep
PATTERNS = {
    "ukraine-nato-membership": r"join(ing|ed|s)? (NATO|the Alliance)|NATO membership|member(ship)? (of|in) (NATO|the Alliance)|accession to NATO|Euro-Atlantic (aspirations|integration|course)|path to (NATO|membership)",
    "nato-expansion": r"(NATO|Alliance)('s)? (eastward )?(expansion|enlargement)|(expansion|enlargement) of NATO|eastward (expansion|advance)|expand NATO|enlarge NATO|open doors? policy|non-expansion",
    "neutrality": r"neutral status|neutrality|neutral country|non-aligned",
    "security-guarantees": r"security guarantee|guarantees of security",
    "military-aid": r"military (aid|assistance|support)|supply of (heavy )?weapons|weapons to Ukraine|military aircraft|air defen[cs]e systems|lethal (aid|weapons)",
    "sanctions-on-russia": r"sanction",
    "keystone-pipeline": r"Keystone",
}
RX = {k: re.compile(v, re.I) for k, v in PATTERNS.items()}
NEWS_CONTEXT = re.compile(r"\b(Russia|Ukraine|NATO|Kremlin|Putin)", re.I)


def load(name):
    return [json.loads(l) for l in open(CORPORA + name, encoding="utf-8")]


def candidates(records, news):
    out = []
    for r in records:
        text = r["title"] + "\n" + r["text"]
        hits = [k for k, rx in RX.items() if rx.search(text)]
        if news:
            hits = [k for k in hits if k == "keystone-pipeline" or NEWS_CONTEXT.search(text)]
            if "sanctions-on-russia" in hits and not re.search(r"sanction\w* (on|against) (Russia|Moscow)|Russia\w* sanction|sanction\w*[^.]{0,80}Russia", text, re.I):
                hits.remove("sanctions-on-russia")
        if hits:
            out.append((r["id"], hits))
    return out


def main():
    # the legacy judgements: the first 53 lines of the gold file (the pools were drawn before the extension)
    with open("eval/stances-gold.jsonl", encoding="utf-8") as f:
        gold = {json.loads(l)["article"] for _, l in zip(range(53), f)}
    pools = {
        "primary": candidates(load("ukraine_nato_talks_press_2021_2022.jsonl"), False),
        "allsides": candidates(load("allsides_news.jsonl"), True),
        "bbc": candidates(load("bbc_news_2225.jsonl"), True),
    }
    for name, cands in pools.items():
        ids = sorted(i for i, _ in cands if i not in gold)
        issues = dict(cands)
        rnd = random.Random(15)
        rnd.shuffle(ids)
        print(f"## {name}: {len(ids)} candidates")
        for i in ids:
            print(i, ",".join(issues[i]))


if __name__ == "__main__":
    main()
