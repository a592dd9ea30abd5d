#!/usr/bin/env python3
"""Scores Readout's records against gold annotations (the format of eval/public/*.gold.json).

Usage: score.py GOLD_DIR RECORDS.jsonl [--json] [--per-article]

RECORDS.jsonl is what `java -jar target/readout.jar summarize GOLD_DIR` prints: one record per line. A record
belongs to the gold file NAME.gold.json whose NAME is the base name, without extension, of the record's `source`.

What counts, per article, then summed over the set (precision, recall, F1):
  statements      a prediction matches a gold statement when its text has a token F1 of at least 0.5 with the
                  gold content and its speaker names the gold speaker (every one of a joint "A; B")
  statement text  the same without the speaker
  agreements      text token F1 >= 0.5 (the parties are not compared)
  participants    the predicted name names the gold participant
Matching is one to one, greedy, best score first. A prediction that matches no required gold item but matches an
`optional_*` one is not counted at all. Metadata (publishedDate, dateline, agency): accuracy over the articles whose
gold value is not null. Summary: ROUGE-1 and ROUGE-2 F against `summary_reference`.

"Names" is lenient about titles and forms of a name but never about role nouns or pronouns: a predicted speaker names
a gold person when all tokens of one of the person's name-like forms are in it; or when its tokens are all in the
canonical name; or when its tokens, titles aside, are all in one form and share a token with the canonical name
("Joseph R. Biden" for "Joe Biden", whose form is "President Joseph R. Biden, Jr."); or when both are one state
written two ways ("UK", "United Kingdom"). An organisation speaker's forms count without a leading article.

This scorer is Readout's own, so that a clone can measure itself; it is written to the rules of the eval set's
scorer (../shared/eval/score.py) and gives the same figures (.ci/run compares the two when that one is present).
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

# Words that may surround a name without being it ("President", "the", "of"): ignored when a shorter form is
# compared with a longer one. The same list as the eval set's scorer, for the same figures.
TITLES = frozenset("""
    mr mrs ms dr sir president vice prime minister ministers foreign deputy secretary general party chairman
    chairwoman chair first state senior leader leaders chief ambassador his her excellency h e he king queen prince
    princess sheikh premier chancellor counsellor councillor spokesperson spokesman spokeswoman the of and central
    committee national assembly politburo member permanent standing comrade lieutenant colonel commander director
    head governor mayor secretarygeneral cabinet
""".split())
NAME_SUFFIXES = frozenset({"jr", "sr"})

# A form starting so is a role noun, a group or a pronoun, never a name. These are string prefixes, so (as in the
# eval set's scorer, kept for the same figures) a name beginning with "He" or "Her" is not name-like either.
NOT_A_NAME_PREFIXES = ("the ", "he", "she", "they", "his", "her", "both", "two ", "its ")

# States and unions that news writes in several ways; two forms in one group are the same speaker.
SAME_STATE = [frozenset(group) for group in (
    {"uk", "united kingdom", "britain", "great britain", "the uk", "the united kingdom"},
    {"us", "u s", "usa", "united states", "united states of america", "america", "the us", "the united states"},
    {"eu", "european union", "the eu", "the european union"},
    {"un", "united nations", "the un", "the united nations"},
    {"dprk", "north korea", "democratic people s republic of korea"},
    {"rok", "south korea", "republic of korea"},
    {"prc", "china", "people s republic of china", "the people s republic of china"},
    {"uae", "united arab emirates", "the uae"},
    {"russia", "russian federation", "the russian federation"},
)]

META_FIELDS = (("publishedDate", "date"), ("dateline", "dateline"), ("agency", "agency"))
COUNTED = ("statements", "statement_content", "agreements", "participants")


def norm(text):
    """Lower case without diacritics ("Trọng" -> "trong", "Đà" -> "da"), for comparing forms of a name."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.replace("đ", "d").replace("Đ", "D").lower()


def toks(text):
    return re.findall(r"[a-z0-9]+", norm(text))


def f1(a, b):
    """Token F1 of two texts (bags of words), 0 when either is empty."""
    ta, tb = Counter(toks(a)), Counter(toks(b))
    if not ta or not tb:
        return 0.0
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    precision, recall = common / sum(ta.values()), common / sum(tb.values())
    return 2 * precision * recall / (precision + recall)


def is_name_like(form):
    n = norm(form).strip()
    return bool(n) and not n.startswith(NOT_A_NAME_PREFIXES) and form[:1].isupper()


def same_state(a, b):
    a, b = " ".join(toks(a)), " ".join(toks(b))
    return any(a in group and b in group for group in SAME_STATE)


def names(predicted, gold_name, gold_aliases):
    """Whether the predicted speaker or participant string names the gold person (or organisation)."""
    pred = set(toks(predicted))
    if not pred:
        return False
    forms = [gold_name] + list(gold_aliases or [])
    if any(same_state(predicted, f) for f in forms):
        return True
    canonical = set(toks(gold_name))
    core = pred - TITLES - NAME_SUFFIXES
    for form in forms:
        if not is_name_like(form):
            continue
        form_tokens = set(toks(form))
        if form_tokens and form_tokens <= pred:
            return True
        if core and core <= form_tokens and core & (canonical - TITLES):
            return True
    return bool(core) and pred <= canonical


def speaker_matches(predicted, gold_speaker, people):
    """A gold speaker, joint ones as "A; B", is matched when some part of the prediction names each of them."""
    if isinstance(predicted, list):
        parts = [str(p) for p in predicted]
    else:
        parts = [p for p in re.split(r";|,| and | & ", str(predicted)) if p.strip()]
    for one in (g.strip() for g in str(gold_speaker).split(";")):
        if not one:
            continue
        person = people.get(one, {"name": one, "aliases": []})
        if not any(names(p, person["name"], person.get("aliases")) for p in parts):
            return False
    return True


def greedy(preds, golds, score):
    """One-to-one matches (pred index, gold index, score), best score first; `score` answers None for no match.
    Ties go to the later prediction and gold item, as in the eval set's scorer."""
    candidates = sorted(((s, i, j) for i, p in enumerate(preds) for j, g in enumerate(golds)
                         if (s := score(p, g)) is not None), reverse=True)
    taken_p, taken_g, matches = set(), set(), []
    for s, i, j in candidates:
        if i not in taken_p and j not in taken_g:
            taken_p.add(i)
            taken_g.add(j)
            matches.append((i, j, s))
    return matches


def counted(preds, golds, optional, score):
    """(true positives, predictions that count, gold items); a prediction excused by an optional item does not count."""
    matched = greedy(preds, golds, score)
    used = {i for i, _, _ in matched}
    rest = [p for i, p in enumerate(preds) if i not in used]
    excused = len(greedy(rest, optional, score)) if optional else 0
    return len(matched), len(preds) - excused, len(golds)


def prf(tp, predicted, gold):
    precision = tp / predicted if predicted else (1.0 if gold == 0 else 0.0)
    recall = tp / gold if gold else 1.0
    f = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f


def source_name(record):
    src = record.get("source")
    if isinstance(src, dict):
        src = src.get("uri") or src.get("key") or src.get("path") or ""
    base = os.path.basename(str(src or ""))
    return base.rsplit(".", 1)[0] if "." in base else base


def summary_text(record):
    s = record.get("summary")
    if isinstance(s, list):
        return " ".join(x if isinstance(x, str) else x.get("text", "") for x in s)
    if isinstance(s, dict):
        return s.get("text", "")
    return s or ""


def rouge_n(predicted, reference, n):
    def grams(tokens):
        return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
    a, b = grams(toks(predicted)), grams(toks(reference))
    if not a or not b:
        return 0.0
    common = sum((a & b).values())
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def people_of(gold):
    """Everyone a gold speaker may be: participants, optional ones, and organisations (forms without their article)."""
    people = {p["name"]: p for p in gold.get("participants", []) + list(gold.get("optional_participants", []))}
    for org in gold.get("org_speakers", []):
        bare = [re.sub(r"^(the|a|an) ", "", a, flags=re.I) for a in org.get("aliases", [])]
        people.setdefault(org["name"], {"name": org["name"], "aliases": bare})
    return people


def text_score(pred, gold):
    c = f1(pred.get("text", ""), gold["content"])
    return c if c >= 0.5 else None


def score_article(gold, record):
    """Counts per kind (tp, predicted, gold), metadata hits and summary ROUGE for one article."""
    people = people_of(gold)

    def statement_score(p, g):
        c = text_score(p, g)
        return c if c is not None and speaker_matches(p.get("speaker", "") or "", g["speaker"], people) else None

    def participant_score(p, g):
        name = p.get("name", "") if isinstance(p, dict) else str(p)
        return 1.0 if name and names(name, g["name"], g.get("aliases")) else None

    statements, optional_statements = record.get("statements") or [], gold.get("optional_statements", [])
    out = {
        "statements": counted(statements, gold.get("statements", []), optional_statements, statement_score),
        "statement_content": counted(statements, gold.get("statements", []), optional_statements, text_score),
        "agreements": counted(record.get("agreements") or [], gold.get("agreements", []),
                              gold.get("optional_agreements", []), text_score),
        "participants": counted(record.get("participants") or [], gold.get("participants", []),
                                gold.get("optional_participants", []), participant_score),
    }
    meta = {}
    for field, gold_field in META_FIELDS:
        want = gold.get(gold_field)
        if want is not None:
            got = record.get(field)
            meta[field] = int(bool(got) and norm(str(got)).strip() == norm(str(want)).strip())
    out["meta"] = meta
    reference = gold.get("summary_reference") or ""
    if reference:
        out["rouge1"] = rouge_n(summary_text(record), reference, 1)
        out["rouge2"] = rouge_n(summary_text(record), reference, 2)
    return out


def read_golds(gold_dir):
    golds = {}
    for fn in sorted(os.listdir(gold_dir)):
        if fn.endswith(".gold.json"):
            with open(os.path.join(gold_dir, fn), encoding="utf-8") as f:
                golds[fn[:-len(".gold.json")]] = json.load(f)
    return golds


def read_records(path):
    """Records by source name; lines that are not JSON objects (a log line, a stray message) are passed over."""
    records = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("{"):
                try:
                    record = json.loads(line)
                except ValueError:
                    continue
                records[source_name(record)] = record
    return records


def score_set(golds, records):
    totals = {k: [0, 0, 0] for k in COUNTED}
    per_article, meta, rouges, missing = {}, {}, [], []
    for name, gold in golds.items():
        record = records.get(name)
        if record is None:
            missing.append(name)
            record = {}
        s = per_article[name] = score_article(gold, record)
        for k in COUNTED:
            totals[k] = [a + b for a, b in zip(totals[k], s[k])]
        for k, v in s["meta"].items():
            meta.setdefault(k, []).append(v)
        if "rouge1" in s:
            rouges.append((s["rouge1"], s["rouge2"]))
    result = {"articles": len(golds), "missing": missing}
    for k, (tp, predicted, gold) in totals.items():
        p, r, f = prf(tp, predicted, gold)
        result[k] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                     "tp": tp, "predicted": predicted, "gold": gold}
    result["meta_accuracy"] = {k: round(sum(v) / len(v), 3) for k, v in meta.items() if v}
    if rouges:
        result["summary_rouge1_f"] = round(sum(r[0] for r in rouges) / len(rouges), 3)
        result["summary_rouge2_f"] = round(sum(r[1] for r in rouges) / len(rouges), 3)
    return result, per_article


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    result, per_article = score_set(read_golds(argv[1]), read_records(argv[2]))
    if "--per-article" in argv:
        result["per_article"] = per_article
    if "--json" in argv:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    for k in COUNTED:
        v = result[k]
        print(f"{k:18} P={v['precision']:.3f} R={v['recall']:.3f} F1={v['f1']:.3f}  "
              f"(tp {v['tp']}, predicted {v['predicted']}, gold {v['gold']})")
    print("metadata accuracy ", json.dumps(result["meta_accuracy"]))
    if "summary_rouge1_f" in result:
        print(f"summary ROUGE-1 F={result['summary_rouge1_f']:.3f} ROUGE-2 F={result['summary_rouge2_f']:.3f}")
    if result["missing"]:
        print(f"no record for {len(result['missing'])} article(s): {', '.join(result['missing'][:10])}")
    print(f"statements F1={result['statements']['f1']:.3f} agreements F1={result['agreements']['f1']:.3f} "
          f"participants F1={result['participants']['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
