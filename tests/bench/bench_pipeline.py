# SPDX-License-Identifier: MIT
"""Throughput of the whole kabar pipeline on a generated corpus.

Two corpora:

  recombined (the default): the paragraphs of the bundled articles in
  CORPUS_DIR recombined (runs of consecutive paragraphs of one article, so
  that names and their short forms stay together, drawn with a seeded
  random generator). Its entities stop at those of the five articles (42),
  however large it grows.

  --realistic: gen_corpus.py's corpus of --mb MB: documents drawn from all
  the real texts of the repository with people and states varied
  Zipf-wise, so that the entity set grows with the corpus as in news.

It writes the corpus to a temporary directory (documents spread over
subdirectories, as a crawl would), then times

  kabar export -q --rdf ntriples   (everything, RDF as N-Triples)
  kabar export -q --rdf none       (extraction, TSV, graph files and metrics)
  kabar sentences                  (reading and sentence splitting only)
  wc -w                            (on the same files, the yardstick)

and prints, per command, MB, wall and CPU seconds, MB/s and documents/s
(per CPU second: the machine may be shared), triples/s (lines of kb.nt),
peak RSS, the ratio of its CPU time to that of wc -w, and the entities the
export found. --linearity MB also times one document of MB and one of 4x MB
(realistic documents one after another) and prints the ratio of their CPU
times: about 4 when the work per document is linear in its length.
--check-generator (for ctest) checks that the realistic generator is
deterministic and finds more entities than the recombined corpus of the
same size. --random-words MB prints the peak RSS of export on MB and on
4x MB of random words (caches of words must not grow with the input;
--max-rss-ratio R fails when the larger run takes more than R times it).
--rss-sizes 100,400 prints the peak RSS and CPU time of export --rdf none
and of export with Turtle (the default) on the realistic corpus at each
size, side by side. Times come from /usr/bin/time -v when it is installed, else from
wait4()'s rusage of the child. It checks that every run succeeded and that
the export found entities and facts; it asserts nothing about time.

usage: bench_pipeline.py KABAR [CORPUS_DIR] [--docs N] [--doc-kb K] [--seed S]
                         [--runs R] [--keep DIR] [--realistic] [--mb MB]
                         [--linearity MB] [--check-generator]
                         [--random-words MB [--max-rss-ratio R]]
                         [--rss-sizes MB,MB,... [--jobs N]]
"""
import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_corpus  # noqa: E402  (beside this file)

TIME = "/usr/bin/time"


def paragraphs(corpus):
    arts = []
    for name in sorted(os.listdir(corpus)):
        if name.endswith(".txt"):
            with open(os.path.join(corpus, name), encoding="utf-8") as f:
                paras = [p.strip() for p in f.read().split("\n") if p.strip()]
            if paras:
                arts.append(paras)
    if not arts:
        sys.exit("bench_pipeline: no .txt articles in %s" % corpus)
    return arts


def generate(corpus, dest, n_docs, doc_bytes, seed):
    """Writes n_docs documents of about doc_bytes each; returns total bytes."""
    arts = paragraphs(corpus)
    rnd = random.Random(seed)
    total = 0
    for i in range(n_docs):
        art = arts[rnd.randrange(len(arts))]
        # A title: the first sentence of some paragraph, like a headline.
        title = re.split(r"(?<=[.?!])\s", art[rnd.randrange(len(art))])[0]
        parts = [title]
        size = len(title.encode())
        while size < doc_bytes:
            art = arts[rnd.randrange(len(arts))]
            start = rnd.randrange(len(art))
            for p in art[start:start + rnd.randint(2, 6)]:
                parts.append(p)
                size += len(p.encode()) + 1
        data = ("\n".join(parts) + "\n").encode()
        sub = os.path.join(dest, "part%03d" % (i // 500))
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, "doc%05d.txt" % i), "wb") as f:
            f.write(data)
        total += len(data)
    return total


def timed(argv, stdout=subprocess.DEVNULL, use_time=True):
    """Runs argv; returns (exit code, wall s, user s, sys s, peak RSS KiB, stderr).
    use_time=False: wait4()'s rusage even where /usr/bin/time is (to the
    microsecond, for short runs)."""
    if use_time and os.access(TIME, os.X_OK):
        with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
            t0 = time.monotonic()
            r = subprocess.run([TIME, "-v", "-o", tf.name] + argv, stdout=stdout,
                               stderr=subprocess.PIPE)
            wall = time.monotonic() - t0
            rep = tf.read()

        def field(label):
            m = re.search(r"^\s*" + re.escape(label) + r": (.*)$", rep, re.M)
            return m.group(1) if m else None
        # wall: measured here (time -v rounds it to 10 ms)
        code = int(field("Exit status") or r.returncode)
        return (code, wall, float(field("User time (seconds)") or 0),
                float(field("System time (seconds)") or 0),
                int(field("Maximum resident set size (kbytes)") or 0),
                r.stderr.decode(errors="replace"))
    t0 = time.monotonic()
    p = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.PIPE)
    err = p.stderr.read()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.monotonic() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    return (p.returncode, wall, ru.ru_utime, ru.ru_stime, ru.ru_maxrss,
            err.decode(errors="replace"))


def dir_bytes(d):
    return sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(d) for f in fs)


def count_lines(path):
    with open(path, "rb") as f:
        return sum(1 for _ in f)


def n_entities(out):
    """Distinct entities of an export (rows of entities.tsv), and persons."""
    n = persons = 0
    with open(os.path.join(out, "entities.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            n += 1
            persons += line.split("\t", 2)[1] == "Person"
    return n, persons


def wc_words(src, tmp, runs=3):
    """CPU seconds of wc -w over every file of src (the best of runs)."""
    lst = os.path.join(tmp, "files0")
    with open(lst, "wb") as f:
        for r, ds, fs in os.walk(src):
            ds.sort()
            for name in sorted(fs):
                f.write(os.path.join(r, name).encode() + b"\0")
    best = None
    for _ in range(runs):
        code, wall, user, syst, _, err = timed(["wc", "-w", "--files0-from=" + lst],
                                               use_time=False)
        if code != 0:
            sys.exit("bench_pipeline: wc -w failed: %s" % err.strip())
        best = min(best or 1e9, user + syst)
    return max(best, 1e-6)


def linearity(kabar, tmp, mb, seed):
    """Times one document of mb MB and one of 4 mb MB (CPU seconds): the
    extraction alone (analyze, its report thrown away) and the whole export
    (--rdf none; its network metrics depend on the entities, not on the
    document); and the 4 mb MB as separate documents."""
    rows = []

    def run(what, argv, size):
        out = os.path.join(tmp, "lin-out")
        code, wall, user, syst, rss, err = timed([kabar] + [out if x == "OUT" else x for x in argv])
        if code != 0:
            sys.exit("bench_pipeline: %s failed: %s" % (" ".join(argv), err.strip()[-1000:]))
        n_ent = n_entities(out)[0] if os.path.isdir(out) else None
        shutil.rmtree(out, ignore_errors=True)
        rows.append((what, size, user + syst, wall, rss, n_ent))
        return user + syst

    cpu = {}
    for k in (1, 4):
        path = os.path.join(tmp, "one-%d.txt" % k)
        split = os.path.join(tmp, "split-%d" % k) if k == 4 else None
        size = gen_corpus.one_document(path, mb * k, seed, split_dir=split)
        cpu["analyze", k] = run("analyze, one document", ["analyze", path], size)
        cpu["export", k] = run("export --rdf none, one document",
                               ["export", "-q", "--rdf", "none", "-o", "OUT", path], size)
        if split:
            cpu["split"] = run("export --rdf none, as %d documents" % len(os.listdir(split)),
                               ["export", "-q", "--rdf", "none", "-o", "OUT", split], size)
            shutil.rmtree(split, ignore_errors=True)
        os.unlink(path)
    for k in (1, 4):
        path = os.path.join(tmp, "lines-%d.txt" % k)
        n, size = gen_corpus.short_lines(path, mb * k, seed)
        cpu["lines", k] = run("analyze, %d short lines" % n, ["analyze", path], size)
        os.unlink(path)
    print("\nlinearity (one document of N and of 4N bytes; CPU seconds):")
    for what, size, c, wall, rss, n_ent in rows:
        print("  %-40s %6.1f MB %7.2f s %6.1f MB/s  peak %5.0f MiB%s" %
              (what, size / 1e6, c, size / 1e6 / max(c, 1e-9), rss / 1024,
               "  %d entities" % n_ent if n_ent is not None else ""))
    for k in ("analyze", "export", "lines"):
        print("  4x the text, %-8s %.2f x the time (linear: about 4; the goal: at most 5)" %
              (k + ":", cpu[k, 4] / max(cpu[k, 1], 1e-9)))
    print("  one document of 4N against the same text as separate documents: %.2f x the time" %
          (cpu["export", 4] / max(cpu["split"], 1e-9)))


def random_words(dest, mb, seed, doc_kb=64):
    """Writes about mb MB of random lower-case words (3 to 12 letters, sentences
    of 12 words) in documents of doc_kb KB: nearly every word is new, as in a
    stream of ids or noise. Returns (documents, bytes)."""
    rnd = random.Random(seed)
    os.makedirs(dest, exist_ok=True)
    letters = "abcdefghijklmnopqrstuvwxyz"
    total = n = 0
    while total < mb * 1e6:
        lines, size = [], 0
        while size < doc_kb * 1000:
            words = ["".join(rnd.choices(letters, k=rnd.randint(3, 12))) for _ in range(12)]
            line = " ".join(words)
            lines.append(line[0].upper() + line[1:] + ".")
            size += len(line) + 2
        data = ("\n".join(lines) + "\n").encode()
        with open(os.path.join(dest, "r%05d.txt" % n), "wb") as f:
            f.write(data)
        total += len(data)
        n += 1
    return n, total


def random_words_rss(kabar, tmp, mb, seed, max_ratio=None):
    """Peak RSS of export --rdf none on mb and 4 mb MB of random words: the
    caches of analysed words are bounded, so it should not grow with the
    input. With max_ratio, 1 when the larger run's peak exceeds the smaller
    one's by more than that factor, else 0."""
    print("random words (export --rdf none; CPU seconds, peak RSS):")
    rss = {}
    for k in (1, 4):
        src = os.path.join(tmp, "random-%d" % k)
        n_docs, size = random_words(src, mb * k, seed)
        out = os.path.join(tmp, "random-out")
        code, wall, user, syst, peak, err = timed(
            [kabar, "export", "-q", "--rdf", "none", "-o", out, src])
        if code != 0:
            print("FAIL export of random words: exit %d: %s" % (code, err.strip()[-1000:]))
            return 1
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(src, ignore_errors=True)
        rss[k] = peak
        print("  %6.1f MB, %4d documents: %7.2f CPU s  peak %6.1f MiB" %
              (size / 1e6, n_docs, user + syst, peak / 1024))
    ratio = rss[4] / max(rss[1], 1)
    print("  4x the words: %.2f x the peak RSS (bounded caches: about 1)" % ratio)
    if max_ratio is not None and ratio > max_ratio:
        print("FAIL the peak RSS grows with the input (%.2f x, at most %.2f allowed)" %
              (ratio, max_ratio))
        return 1
    return 0


def rss_by_size(kabar, tmp, sizes, seed, jobs=None):
    """Peak RSS and CPU seconds of export --rdf none and of export with its
    default RDF (Turtle) on the realistic corpus at each size (MB), printed
    side by side: memory should follow the entities and facts, not the text."""
    modes = (("--rdf none", ["--rdf", "none"]), ("turtle (default)", []))
    rows, failed = [], 0
    for mb in sizes:
        src = os.path.join(tmp, "rss-corpus")
        n_docs, total = gen_corpus.generate(src, mb, seed)
        row = [mb, total, n_docs, None]
        for _, extra in modes:
            out = os.path.join(tmp, "rss-out")
            argv = [kabar, "export", "-q", "-o", out] + extra + \
                (["--jobs", str(jobs)] if jobs else []) + [src]
            code, wall, user, syst, rss, err = timed(argv)
            if code != 0:
                print("FAIL %s: exit %d: %s" % (" ".join(argv[1:]), code, err.strip()[-1000:]))
                failed += 1
                row += [None, None, None]
            else:
                row[3] = n_entities(out)[0]
                row += [user + syst, wall, rss]
            shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(src, ignore_errors=True)
        rows.append(row)
    print("\npeak RSS by corpus size (realistic corpus, export%s; CPU s, wall s, peak MiB):" %
          (" --jobs %d" % jobs if jobs else ""))
    print("  %8s %9s %9s   %-28s %-28s" % ("MB", "documents", "entities",
                                              modes[0][0], modes[1][0]))
    for mb, total, n_docs, n_ent, *runs in rows:
        cells = []
        for k in range(len(modes)):
            cpu, wall, rss = runs[3 * k:3 * k + 3]
            cells.append("%7.1f s %6.1f s %7.1f MiB" % (cpu, wall, rss / 1024) if cpu is not None
                         else "failed")
        print("  %8.1f %9d %9s   %-28s %-28s" %
              (total / 1e6, n_docs, n_ent if n_ent is not None else "-", cells[0], cells[1]))
    if len(rows) > 1 and all(r[4] is not None and r[7] is not None for r in (rows[0], rows[-1])):
        print("  %.0fx the text: %.2fx the peak RSS with --rdf none, %.2fx with Turtle" %
              (rows[-1][1] / rows[0][1], rows[-1][6] / rows[0][6], rows[-1][9] / rows[0][9]))
    return 1 if failed else 0


def check_generator(kabar, corpus, tmp, mb, seed):
    """1 if the realistic generator is not deterministic or finds no more
    entities than the recombined corpus of the same size, else 0."""
    a, b = os.path.join(tmp, "gen-a"), os.path.join(tmp, "gen-b")
    n_docs, total = gen_corpus.generate(a, mb, seed)
    gen_corpus.generate(b, mb, seed)
    fa = sorted(os.path.relpath(os.path.join(r, f), a) for r, _, fs in os.walk(a) for f in fs)
    fb = sorted(os.path.relpath(os.path.join(r, f), b) for r, _, fs in os.walk(b) for f in fs)
    same = fa == fb and all(open(os.path.join(a, f), "rb").read() ==
                            open(os.path.join(b, f), "rb").read() for f in fa)
    c = os.path.join(tmp, "gen-c")
    gen_corpus.generate(c, mb, seed + 1)
    differs = dir_bytes(c) != total or any(
        open(os.path.join(a, f), "rb").read() != open(os.path.join(c, f), "rb").read()
        for f in fa if os.path.exists(os.path.join(c, f)))
    old = os.path.join(tmp, "old")
    os.makedirs(old)
    generate(corpus, old, max(1, n_docs), max(1, total // max(1, n_docs)), seed)
    found = {}
    for name, src in (("realistic", a), ("recombined", old)):
        out = os.path.join(tmp, "out-" + name)
        code, _, _, _, _, err = timed([kabar, "export", "-q", "--rdf", "none", "-o", out, src])
        if code != 0:
            print("FAIL export of the %s corpus: %s" % (name, err.strip()[-1000:]))
            return 1
        found[name] = n_entities(out)
    print("generator: %d documents, %.2f MB; same seed, same bytes: %s; another seed, "
          "other bytes: %s" % (n_docs, total / 1e6, same, differs))
    print("entities (persons): realistic %d (%d), recombined %d (%d)" %
          (found["realistic"] + found["recombined"]))
    fail = 0
    if not same or not differs:
        print("FAIL the generator is not a function of its seed")
        fail = 1
    if found["realistic"][0] <= 2 * found["recombined"][0] or \
            found["realistic"][1] <= 2 * found["recombined"][1]:
        print("FAIL the realistic corpus should name far more entities and people")
        fail = 1
    return fail


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("kabar")
    ap.add_argument("corpus", nargs="?", help="articles to recombine (default: data/corpus)")
    ap.add_argument("--docs", type=int, default=4000)
    ap.add_argument("--doc-kb", type=float, default=8.0, help="approximate size of a document")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--runs", type=int, default=1, help="runs of each command; the best is shown")
    ap.add_argument("--keep", help="generate the corpus here and keep it")
    ap.add_argument("--realistic", action="store_true",
                    help="gen_corpus.py's corpus (people and states varied) instead")
    ap.add_argument("--mb", type=float, default=10.0, help="size of the realistic corpus")
    ap.add_argument("--linearity", type=float, metavar="MB",
                    help="also time one document of MB and one of 4x MB")
    ap.add_argument("--check-generator", action="store_true",
                    help="only check the realistic generator (--mb MB of it)")
    ap.add_argument("--rss-sizes", metavar="MB,MB,...",
                    help="only the peak RSS of export (--rdf none and Turtle) on the "
                         "realistic corpus at each size, side by side")
    ap.add_argument("--jobs", type=int, help="with --rss-sizes: kabar export --jobs N")
    ap.add_argument("--random-words", type=float, metavar="MB",
                    help="only the peak RSS on MB and 4x MB of random words")
    ap.add_argument("--max-rss-ratio", type=float, metavar="R",
                    help="with --random-words: fail when 4x the words take more than R x the RSS")
    a = ap.parse_args()
    kabar = os.path.abspath(a.kabar)
    corpus = a.corpus or os.path.join(gen_corpus.HERE, "..", "..", "data", "corpus")

    tmp = tempfile.mkdtemp(prefix="kabar-bench-")
    try:
        if a.check_generator:
            return check_generator(kabar, corpus, tmp, a.mb, a.seed)
        if a.rss_sizes:
            try:
                sizes = [float(x) for x in a.rss_sizes.split(",")]
            except ValueError:
                sys.exit("bench_pipeline: --rss-sizes: a comma-separated list of sizes in MB")
            return rss_by_size(kabar, tmp, sizes, a.seed, a.jobs)
        if a.random_words:
            return random_words_rss(kabar, tmp, a.random_words, a.seed, a.max_rss_ratio)
        src = a.keep or os.path.join(tmp, "corpus")
        os.makedirs(src, exist_ok=True)
        t0 = time.monotonic()
        if a.realistic:
            n_docs, total = gen_corpus.generate(src, a.mb, a.seed)
            kind = "realistic"
        else:
            n_docs = a.docs
            total = generate(corpus, src, a.docs, int(a.doc_kb * 1024), a.seed)
            kind = "recombined"
        mb = total / 1e6
        print("corpus (%s): %d documents, %.1f MB (%.1f KB each), generated in %.1f s, in %s" %
              (kind, n_docs, mb, total / n_docs / 1e3, time.monotonic() - t0, src))
        print("timer: %s" % ("/usr/bin/time -v" if os.access(TIME, os.X_OK) else "wait4 rusage"))
        wc_cpu = wc_words(src, tmp)

        runs = [
            ("export --rdf ntriples", ["export", "-q", "--rdf", "ntriples", "-o", "OUT", src]),
            ("export --rdf none", ["export", "-q", "--rdf", "none", "-o", "OUT", src]),
            ("sentences", ["sentences", src]),
        ]
        print("\n%-22s %6s %7s %7s %7s %7s %9s %9s %8s %8s" %
              ("command", "MB", "wall s", "CPU s", "MB/s", "docs/s", "triples/s", "peak MiB",
               "x wc -w", "out MB"))
        print("%-22s %6.1f %7s %7.3f %7.1f %7.0f %9s %9s %8.1f" %
              ("wc -w", mb, "", wc_cpu, mb / wc_cpu, n_docs / wc_cpu, "", "", 1.0))
        failed = 0
        for name, args in runs:
            best = None
            for k in range(a.runs):
                out = os.path.join(tmp, "out-%d" % k)
                argv = [kabar] + [out if x == "OUT" else x for x in args]
                code, wall, user, syst, rss, err = timed(argv)
                if code != 0:
                    print("FAIL %s: exit %d: %s" % (name, code, err.strip()[-1000:]))
                    failed += 1
                    break
                out_mb = dir_bytes(out) / 1e6 if os.path.isdir(out) else 0.0
                triples = None
                if args[0] == "export":
                    n_ent, n_person = n_entities(out)
                    n_fact = count_lines(os.path.join(out, "facts.tsv")) - 1
                    if n_ent <= 0 or n_fact <= 0:
                        print("FAIL %s: %d entities, %d facts" % (name, n_ent, n_fact))
                        failed += 1
                    nt = os.path.join(out, "kb.nt")
                    if os.path.exists(nt):
                        triples = count_lines(nt)
                    name_note = " (%d entities, %d persons, %d fact mentions%s)" % (
                        n_ent, n_person, n_fact,
                        ", %d triples" % triples if triples is not None else "")
                else:
                    name_note = ""
                cpu = user + syst
                if best is None or cpu < best[0]:
                    best = (cpu, wall, rss, out_mb, triples, name_note)
                shutil.rmtree(out, ignore_errors=True)
            if best:
                cpu, wall, rss, out_mb, triples, note = best
                c = max(cpu, 1e-9)
                print("%-22s %6.1f %7.2f %7.2f %7.2f %7.0f %9s %9.1f %8.1f %8.1f%s" %
                      (name, mb, wall, cpu, mb / c, n_docs / c,
                       "%.0f" % (triples / c) if triples is not None else "-",
                       rss / 1024, cpu / wc_cpu, out_mb, note))
        if a.linearity:
            linearity(kabar, tmp, a.linearity, a.seed)
        return 1 if failed else 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


sys.exit(main())
