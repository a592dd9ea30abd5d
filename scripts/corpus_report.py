#!/usr/bin/env python3
"""Reads one `summarize --timings` run over the unannotated corpus and prints its warning figures.

    corpus_report.py NEWS_DIR MANIFEST RECORDS STDERR WALL_SECONDS EXIT_CODE [--list N] [--limit-ms MS]

Crashes (FAILED records with EXTRACTION_ERROR, exception lines on stderr, an input without a record, a JVM
exit other than 0/1), hangs (an article over the time limit, or the whole run killed by its timeout),
statements and agreements per article, and the share of articles that plainly quote someone (a double
quotation mark and the word "said") yet yield no statement. No gold: the figures are warnings to read.
Exit status 1 on a crash or a hang, else 0.
"""
import argparse
import csv
import json
import os
import re
import sys
from collections import defaultdict

QUOTE = re.compile('["\u201c\u201d\u201e\u00ab\u00bb]')
SAID = re.compile(r"\bsaid\b", re.IGNORECASE)
TARGET_NO_STATEMENT = 0.05


def part_label(part):
    """The manifest's part without its provenance in brackets: 'BBC News', 'Reuters-21578', ..."""
    return re.sub(r"\s*\(.*$", "", part).split(",")[0].strip() or "?"


def load_manifest(path):
    rows = {}
    if not os.path.exists(path):
        return rows
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            rows[r["file"]] = r
    return rows


def pct(n, d):
    return f"{100.0 * n / d:5.1f} %" if d else "    -  "


def main():
    ap = argparse.ArgumentParser()
    for a in ("news", "manifest", "records", "stderr", "wall", "exit_code"):
        ap.add_argument(a)
    ap.add_argument("--list", type=int, default=0, help="print N quoting articles with no statement")
    ap.add_argument("--limit-ms", type=float, default=5000.0, help="an article slower than this is a hang")
    ap.add_argument("--run-timeout", type=int, default=0, help="the whole run's bound, for the message")
    args = ap.parse_args()
    wall = float(args.wall)
    code = int(args.exit_code)

    inputs = sorted(f for f in os.listdir(args.news) if f.endswith(".txt") and not f.startswith("."))
    manifest = load_manifest(args.manifest)

    records = {}
    bad_lines = 0
    with open(args.records, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except ValueError:
                bad_lines += 1
                continue
            records[os.path.basename(r.get("source", ""))] = r

    timings = {}
    exceptions = []
    with open(args.stderr, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("timing\t"):
                _, ms, src = line.split("\t", 2)
                timings[os.path.basename(src)] = float(ms)
            elif line.startswith("readout: "):
                pass  # the CLI's own note of a FAILED record: counted from the records below
            elif line.strip():
                exceptions.append(line)  # a stack trace, a JVM error: nothing else belongs on stderr

    n = len(inputs)
    print(f"corpus: {n} articles in {args.news}")
    rate = len(records) / wall if wall > 0 else 0.0
    print(f"wall time: {wall:.1f} s for the whole run (JVM start included), {rate:.0f} articles/s")
    if timings:
        t = sorted(timings.values())
        print(f"engine time per article: median {t[len(t) // 2]:.2f} ms, p99 {t[min(len(t) - 1, int(len(t) * 0.99))]:.1f} ms,"
              f" max {t[-1]:.0f} ms, sum {sum(t) / 1000:.1f} s")

    # crashes and hangs
    missing = [f for f in inputs if f not in records]
    failed = {f: r for f, r in records.items() if r.get("status") == "FAILED"}
    crashed = {f: r for f, r in failed.items() if (r.get("error") or {}).get("code") == "EXTRACTION_ERROR"}
    rejected = {f: r for f, r in failed.items() if f not in crashed}
    hung_run = code == 124
    print()
    print("crashes and hangs:")
    print(f"  EXTRACTION_ERROR records: {len(crashed)}")
    for f, r in sorted(crashed.items())[:20]:
        print(f"    {f}: {(r.get('error') or {}).get('message')}")
    print(f"  other FAILED records (input rejected): {len(rejected)}")
    for f, r in sorted(rejected.items())[:10]:
        e = r.get("error") or {}
        print(f"    {f}: {e.get('code')}: {e.get('message')}")
    print(f"  lines on stderr that are not timings or FAILED notes: {len(exceptions)}")
    for line in exceptions[:10]:
        print(f"    {line[:200]}")
    print(f"  inputs without a record: {len(missing)}" + (f" (first: {missing[0]})" if missing else ""))
    if bad_lines:
        print(f"  unreadable record lines: {bad_lines}")
    slow = sorted(((ms, f) for f, ms in timings.items() if ms > args.limit_ms), reverse=True)
    print(f"  articles over the {args.limit_ms:.0f} ms limit: {len(slow)}")
    for ms, f in slow[:10]:
        print(f"    {f}: {ms:.0f} ms")
    if hung_run:
        where = missing[0] if missing else "?"
        print(f"  HANG: the run was killed after {args.run_timeout} s; the article it was on: {where}")
    elif code not in (0, 1):
        print(f"  CRASH: the JVM exited with status {code}")
    print("  slowest: " + ", ".join(f"{f} {ms:.0f} ms" for ms, f in sorted(((ms, f) for f, ms in timings.items()), reverse=True)[:3]))
    problems = len(crashed) + len(exceptions) + len(missing) + bad_lines + len(slow) + (1 if code not in (0, 1) else 0)

    # output per article
    ok = [r for r in records.values() if r.get("status") == "OK"]
    st = [len(r.get("statements") or []) for r in ok]
    ag = [len(r.get("agreements") or []) for r in ok]
    print()
    if ok:
        print(f"per OK article ({len(ok)}): statements mean {sum(st) / len(ok):.2f}, zero in {pct(st.count(0), len(ok)).strip()};"
              f" agreements mean {sum(ag) / len(ok):.3f}, zero in {pct(ag.count(0), len(ok)).strip()}")

    # the key warning: plainly quoting articles with no statement
    groups = defaultdict(lambda: [0, 0])  # key -> [quoting, quoting with no statement]
    silent = []
    for f in inputs:
        r = records.get(f)
        if r is None or r.get("status") != "OK":
            continue
        with open(os.path.join(args.news, f), encoding="utf-8", errors="replace") as fh:
            text = fh.read()
        if not (QUOTE.search(text) and SAID.search(text)):
            continue
        none = not r.get("statements")
        m = manifest.get(f, {})
        part = part_label(m.get("part", "?"))
        keys = ["all", "part: " + part, f"part/genre: {part} / {m.get('genre', '?')}", "outlet: " + m.get("outlet", "?")]
        for k in keys:
            groups[k][0] += 1
            groups[k][1] += none
        # paragraphs holding both a quotation mark and 'said': the plainest sign of attributed speech
        paras = sum(1 for p in text.split("\n") if QUOTE.search(p) and SAID.search(p))
        if paras:
            groups["same paragraph"][0] += 1
            groups["same paragraph"][1] += none
        if none:
            silent.append((f, len(text), paras, len(QUOTE.findall(text)), len(SAID.findall(text))))
    q, s = groups["all"]
    print()
    verdict = "within" if q and s / q <= TARGET_NO_STATEMENT else "OVER"
    print(f"quoting articles (a double quotation mark and 'said'): {q} of {len(ok)};"
          f" with no statement: {s} = {pct(s, q).strip()} ({verdict} the {TARGET_NO_STATEMENT:.0%} target)")
    pq, ps = groups["same paragraph"]
    print(f"  stricter, both in one paragraph: {pq} articles; with no statement: {ps} = {pct(ps, pq).strip()}")

    def table(prefix, min_quoting=1):
        rows = sorted((k for k in groups if k.startswith(prefix) and groups[k][0] >= min_quoting),
                      key=lambda k: (-groups[k][1] / groups[k][0], k))
        for k in rows:
            gq, gs = groups[k]
            print(f"  {k[len(prefix):][:48]:<48} {gq:5d} quoting {gs:4d} none  {pct(gs, gq)}")

    print("by part:")
    table("part: ")
    print("by part and genre:")
    table("part/genre: ")
    print("by outlet (20+ quoting articles):")
    table("outlet: ", 20)

    if args.list:
        # most paragraphs quoting with 'said' first: the plainest misses are the most telling to read
        silent.sort(key=lambda x: (-x[2], -(x[3] + x[4]), x[0]))
        print()
        print(f"quoting articles with no statement, the plainest first ({min(args.list, len(silent))} of {len(silent)}):")
        for f, length, paras, nq, ns in silent[:args.list]:
            m = manifest.get(f, {})
            print(f"  {f}  ({m.get('outlet', '?')}, {m.get('genre', '?')}; {length} chars, {paras} paragraphs with both,"
                  f" {nq} quotation marks, {ns} 'said')")

    print()
    if problems or hung_run:
        print(f"corpus: FAIL: {problems + hung_run} crash or hang sign(s) above")
        return 1
    print("corpus: no crash, no hang")
    return 0


if __name__ == "__main__":
    sys.exit(main())
