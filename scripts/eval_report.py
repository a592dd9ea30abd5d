#!/usr/bin/env python3
"""Scores per group and the errors behind them, on top of the eval set's own scorer.

Usage: eval_report.py SCORER GOLD_DIR RECORDS.jsonl [--errors] [--passes] [--meta] [--check TARGETS.json] [--only PREFIXES]

Groups are the eval set's name prefixes (dE, dF, dG, dH; every other name is the diplomatic group "d").
--errors lists, per article, the gold statements and agreements nobody matched (misses), the statements
whose text matched but whose speaker did not (wrong speaker), and the predictions matching nothing (extras).
--passes counts, per `via` of the records' statements (the attribution shape and the rule that resolved the
speaker), how many statements it decided and how many of them had the right speaker, a wrong one, or matched nothing
(statements matching only an optional gold item are not judged).
--meta lists, per article, each metadata field (date, dateline, agency) the record gets wrong: gold vs predicted
(a gold null is not scored; a prediction there is shown as "(unscored)").
--check fails (exit 1) when an overall or per-group F1, or a metadata accuracy, is under its target.
--only scores just the articles whose names start with one of the comma-separated prefixes (a held-out part).
"""
import importlib.util
import json
import sys


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


GROUPS = ("dE", "dF", "dG", "dH")
KINDS = ("statements", "agreements", "participants")


def group_of(name):
    for g in GROUPS:
        if name.startswith(g):
            return g
    return "d"


def read_records(sc, path):
    recs = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("{"):
                try:
                    r = json.loads(line)
                except ValueError:
                    continue
                recs[sc.source_name(r)] = r
    return recs


def read_golds(gold_dir, only):
    import os
    golds = {}
    for fn in sorted(os.listdir(gold_dir)):
        if fn.endswith(".gold.json"):
            name = fn[: -len(".gold.json")]
            if only and not any(name.startswith(p) for p in only):
                continue
            with open(os.path.join(gold_dir, fn), encoding="utf-8") as f:
                golds[name] = json.load(f)
    return golds


def f1_of(t):
    tp, np_, ng = t
    p = tp / np_ if np_ else (1.0 if ng == 0 else 0.0)
    r = tp / ng if ng else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def speakers_by_name(gold):
    """The gold's people and organisations by name, as the scorer matches speakers against them."""
    import re
    parts = gold.get("participants", [])
    by_name = {p["name"]: p for p in parts + list(gold.get("optional_participants", []))}
    for o in gold.get("org_speakers", []):
        bare = [re.sub(r"^(the|a|an) ", "", a, flags=re.I) for a in o.get("aliases", [])]
        by_name.setdefault(o["name"], {"name": o["name"], "aliases": bare})
    return by_name


def errors(sc, name, gold, rec):
    """What the scorer's matching leaves over, said in words a developer can act on."""
    parts = gold.get("participants", [])
    by_name = speakers_by_name(gold)
    ps, gs = rec.get("statements") or [], gold.get("statements", [])

    def full(p, g):
        c = sc.f1(p.get("text", ""), g["content"])
        return c if c >= 0.5 and sc.speaker_matches(p.get("speaker", "") or "", g["speaker"], by_name) else None

    def text_only(p, g):
        c = sc.f1(p.get("text", ""), g["content"])
        return c if c >= 0.5 else None

    out = []
    matched = sc.greedy(ps, gs, full)
    used_p, used_g = {i for i, _, _ in matched}, {j for _, j, _ in matched}
    rest_p = [i for i in range(len(ps)) if i not in used_p]
    rest_g = [j for j in range(len(gs)) if j not in used_g]
    by_text = sc.greedy([ps[i] for i in rest_p], [gs[j] for j in rest_g], text_only)
    wrong_p, wrong_g = set(), set()
    for a, b, _ in by_text:
        p, g = ps[rest_p[a]], gs[rest_g[b]]
        wrong_p.add(rest_p[a]); wrong_g.add(rest_g[b])
        out.append(f"  WRONG SPEAKER  {p.get('speaker')!r} for gold {g['speaker']!r}: {g['content'][:90]!r}"
                   + (f"  [via {p.get('via')}]" if p.get("via") else ""))
    for j in rest_g:
        if j not in wrong_g:
            g = gs[j]
            out.append(f"  MISSED         {g['speaker']!r} {g.get('cue', '')!r}: {g['content'][:100]!r}")
    optional = gold.get("optional_statements", [])
    for i in rest_p:
        if i in wrong_p:
            continue
        p = ps[i]
        if optional and sc.greedy([p], optional, lambda a, b: text_only(a, {"content": b.get("content", "")})):
            continue
        out.append(f"  EXTRA          {p.get('speaker')!r} {p.get('cue', '')!r}: {p.get('text', '')[:100]!r}"
                   + (f"  [via {p.get('via')}]" if p.get("via") else ""))
    pp = rec.get("participants") or []

    def pa_score(p, g):
        n = p.get("name", "") if isinstance(p, dict) else str(p)
        return 1.0 if n and sc.names(n, g["name"], g.get("aliases")) else None

    pm = sc.greedy(pp, parts, pa_score)
    up, ug = {i for i, _, _ in pm}, {j for _, j, _ in pm}
    opt_pa = gold.get("optional_participants", [])
    for j, g in enumerate(parts):
        if j not in ug:
            out.append(f"  MISSED PARTICIPANT {g['name']!r}")
    for i, p in enumerate(pp):
        if i not in up and not (opt_pa and sc.greedy([p], opt_pa, pa_score)):
            out.append(f"  EXTRA PARTICIPANT  {(p.get('name') if isinstance(p, dict) else p)!r}")
    pa, ga = rec.get("agreements") or [], gold.get("agreements", [])

    def ag(p, g):
        c = sc.f1(p.get("text", ""), g["content"])
        return c if c >= 0.5 else None

    m = sc.greedy(pa, ga, ag)
    up, ug = {i for i, _, _ in m}, {j for _, j, _ in m}
    for j, g in enumerate(ga):
        if j not in ug:
            out.append(f"  MISSED AGREEMENT {g.get('parties')} {g.get('kind')}: {g['content'][:100]!r}")
    opt_ag = gold.get("optional_agreements", [])
    for i, p in enumerate(pa):
        if i not in up and not (opt_ag and sc.greedy([p], opt_ag, ag)):
            out.append(f"  EXTRA AGREEMENT  {p.get('parties')} {p.get('kind')}: {p.get('text', '')[:100]!r}")
    return out


def pass_tally(sc, gold, rec, tally):
    """Per `via` (the rule that decided a statement's speaker): how many it decided, right speaker, wrong speaker, extra."""
    by_name = speakers_by_name(gold)
    ps, gs = rec.get("statements") or [], gold.get("statements", [])
    text_only = lambda p, g: (lambda c: c if c >= 0.5 else None)(sc.f1(p.get("text", ""), g["content"]))
    full = lambda p, g: text_only(p, g) if text_only(p, g) and sc.speaker_matches(p.get("speaker", "") or "", g["speaker"], by_name) else None
    right = {i for i, _, _ in sc.greedy(ps, gs, full)}
    texted = {i for i, _, _ in sc.greedy(ps, gs, text_only)}
    optional = gold.get("optional_statements", [])
    for i, p in enumerate(ps):
        t = tally.setdefault(p.get("via") or "?", [0, 0, 0, 0])
        t[0] += 1
        if i in right:
            t[1] += 1
        elif i in texted:
            t[2] += 1
        elif not (optional and sc.greedy([p], optional, text_only)):
            t[3] += 1


def main(argv):
    if len(argv) < 4:
        print(__doc__)
        return 2
    sc = load_scorer(argv[1])
    gold_dir, recs_path = argv[2], argv[3]
    only = None
    if "--only" in argv:
        only = [p for p in argv[argv.index("--only") + 1].split(",") if p]
    golds = read_golds(gold_dir, only)
    recs = read_records(sc, recs_path)
    groups, meta = {}, {}
    for name, gold in golds.items():
        rec = recs.get(name, {})
        s = sc.score_article(gold, rec)
        for key in ("all", group_of(name)):
            g = groups.setdefault(key, {k: [0, 0, 0] for k in KINDS})
            for k in KINDS:
                for i in range(3):
                    g[k][i] += s[k][i]
            for k, v in s["meta"].items():
                meta.setdefault(key, {}).setdefault(k, []).append(v)
    order = ["all"] + [g for g in ("d",) + GROUPS if g in groups]
    report = {}
    print(f"{'group':6} {'n':>3}  {'statements':>10} {'agreements':>10} {'participants':>12}  date  dateline agency")
    for key in order:
        n = len(golds) if key == "all" else sum(1 for x in golds if group_of(x) == key)
        f = {k: f1_of(groups[key][k]) for k in KINDS}
        m = {k: sum(v) / len(v) for k, v in meta.get(key, {}).items() if v}
        report[key] = {"f1": f, "meta": m}
        cell = lambda k: f"{m[k]:.2f}" if k in m else "  - "
        print(f"{key:6} {n:>3}  {f['statements']:>10.3f} {f['agreements']:>10.3f} {f['participants']:>12.3f}  "
              f"{cell('publishedDate'):>4}  {cell('dateline'):>8} {cell('agency'):>6}")
    if "--passes" in argv:
        tally = {}
        for name, gold in golds.items():
            pass_tally(sc, gold, recs.get(name, {}), tally)
        print(f"\n{'via (shape/resolution rule)':34} {'decided':>7} {'right':>6} {'wrong':>6} {'extra':>6} {'precision':>9}")
        for via, (n, ok, wrong, extra) in sorted(tally.items(), key=lambda x: -x[1][0]):
            judged = ok + wrong + extra
            print(f"{via:34} {n:>7} {ok:>6} {wrong:>6} {extra:>6} {ok / judged if judged else 0:>9.2f}")
    if "--errors" in argv:
        for name in sorted(golds):
            lines = errors(sc, name, golds[name], recs.get(name, {}))
            if lines:
                print(f"\n{name}")
                print("\n".join(lines))
    if "--meta" in argv:
        print()
        for name in sorted(golds):
            gold, rec = golds[name], recs.get(name, {})
            lines = []
            for key, gkey in (("publishedDate", "date"), ("dateline", "dateline"), ("agency", "agency")):
                g, p = gold.get(gkey), rec.get(key)
                if g is None:
                    if p:
                        lines.append(f"{gkey}: gold null, predicted {p!r} (unscored)")
                elif not (p and sc.norm(str(p)).strip() == sc.norm(str(g)).strip()):
                    lines.append(f"{gkey}: gold {g!r}, predicted {p!r}")
            if lines:
                print(f"{name:55} " + " | ".join(lines))
    if "--check" in argv:
        targets = json.load(open(argv[argv.index("--check") + 1]))
        bad = []
        for key, want in targets.items():
            if key.startswith("_") or key not in report:
                continue
            for k, t in want.items():
                got = report[key]["f1"].get(k, report[key]["meta"].get(k))
                if got is not None and got < t:
                    bad.append(f"{key} {k} {got:.3f} < {t}")
        if bad:
            print("eval: under target: " + "; ".join(bad))
            return 1
        print("eval: all targets met")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
