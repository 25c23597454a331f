# SPDX-License-Identifier: MIT
"""The documents of an entity: all in entities.tsv, at most 20 in the RDF.

30 short documents, spread over three directories so that the order they
are read in (directory by directory) is not the order of their names: all
name Indonesia, the first 5 Malaysia. Exported with --jobs 1 and --jobs 3
(and N-Triples):

- entities.tsv: Indonesia's `docs` all 30 names in byte order and its
  `documents` 30; Malaysia's all 5 and 5; the documents of its rows in
  mentions.tsv;
- kb.nt: kabar:documentCount 30 and 5, and kabar:occursIn the 20 names
  first in byte order (named through kabar:fileName), and all 5;
- nodes.csv: `documents` 30 and 5;
- every output file the same bytes for --jobs 1 and 3.

The expected names are computed here by sorting the names the test wrote.

usage: cli_doc_sample.py KABAR
"""
import csv
import filecmp
import os
import re
import sys
import tempfile

import clitest
from clitest import report, run

KABAR = os.path.abspath(sys.argv[1])
N_DOCS, N_MALAYSIA, SAMPLE = 30, 5, 20
NT_DOC_COUNT = "<https://w3id.org/kabar/ontology#documentCount>"
NT_OCCURS = "<https://w3id.org/kabar/ontology#occursIn>"
NT_FILE_NAME = "<https://w3id.org/kabar/ontology#fileName>"


def write_corpus(src):
    names = []
    for i in range(N_DOCS):
        # names that sort otherwise than i and than the directories
        name = "berita-%02d%s" % ((i * 7) % N_DOCS, "x" if i % 4 == 0 else "")
        sub = os.path.join(src, "d%d" % ((i * 11) % 3))
        os.makedirs(sub, exist_ok=True)
        if i < N_MALAYSIA:
            text = ("Presiden Indonesia Joko Widodo bertemu Perdana Menteri Malaysia "
                    "Anwar Ibrahim di Jakarta. Catatan nomor %d.\n" % i)
        else:
            text = "Presiden Indonesia Joko Widodo berpidato di Jakarta. Catatan nomor %d.\n" % i
        with open(os.path.join(sub, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        names.append(name)
    return names


def rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def check_export(out, names):
    problems = []
    bykey = lambda s: s.encode()
    want = {"IDN": sorted(names, key=bykey),
            "MYS": sorted(names[:N_MALAYSIA], key=bykey)}
    ents = rows(os.path.join(out, "entities.tsv"))
    head = ents[0]
    if head != ["id", "type", "label", "aliases", "iso3", "docs", "mentions", "documents"]:
        problems.append("entities.tsv header %r" % head)
        return problems
    got = {r[0]: r for r in ents[1:]}
    ment_docs = {}
    for r in rows(os.path.join(out, "mentions.tsv"))[1:]:
        ment_docs.setdefault(r[5], set()).add(r[0])
    nodes = {}
    with open(os.path.join(out, "nodes.csv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            nodes[r["Id"]] = r
    doc_name, occurs, count = {}, {}, {}
    with open(os.path.join(out, "kb.nt"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r'(<[^>]*>) (<[^>]*>) (.*) \.$', line.rstrip("\n"))
            if not m:
                continue
            s, p, o = m.groups()
            if p == NT_FILE_NAME:
                doc_name[s] = re.match(r'"(.*)"', o).group(1)
            elif p == NT_OCCURS:
                occurs.setdefault(s, []).append(o)
            elif p == NT_DOC_COUNT:
                count[s] = int(re.match(r'"([0-9]+)"', o).group(1))
    for eid, all_docs in want.items():
        r = got.get(eid)
        if r is None:
            problems.append("entities.tsv: no %s" % eid)
            continue
        docs, documents = r[5].split("|"), r[7]
        if docs != all_docs:
            problems.append("%s: docs %r, want %r" % (eid, docs, all_docs))
        if documents != str(len(all_docs)):
            problems.append("%s: documents %r, want %d" % (eid, documents, len(all_docs)))
        if sorted(ment_docs.get(eid, ()), key=bykey) != all_docs:
            problems.append("%s: mentions.tsv names it in %r" % (eid, ment_docs.get(eid)))
        if nodes.get(eid, {}).get("documents") != str(len(all_docs)):
            problems.append("nodes.csv: %s documents %r" % (eid, nodes.get(eid)))
        iri = "<http://kabar.example.org/id/state/%s>" % eid
        if count.get(iri) != len(all_docs):
            problems.append("kb.nt: %s documentCount %r" % (eid, count.get(iri)))
        listed = sorted((doc_name.get(d, d) for d in occurs.get(iri, ())), key=bykey)
        if listed != all_docs[:SAMPLE]:
            problems.append("kb.nt: %s occursIn %r" % (eid, listed))
    return problems


def main():
    with tempfile.TemporaryDirectory(prefix="kabar-docsample-") as tmp:
        src = os.path.join(tmp, "src")
        names = write_corpus(src)
        outs = []
        for jobs in (1, 3):
            out = os.path.join(tmp, "out-%d" % jobs)
            code, o, err = run([KABAR, "export", "-q", "--jobs", str(jobs), "--rdf", "ntriples",
                                "-o", out, src])
            problems = clitest.expect(code, o, err, 0)
            if not problems:
                problems = check_export(out, names)
            report("--jobs %d: 30 documents listed and counted, 20 of them in the RDF; 5 of 5"
                   % jobs,
                   problems, code, o, err)
            outs.append(out)
        files = sorted(os.listdir(outs[0]))
        differ = [f for f in files
                  if not os.path.exists(os.path.join(outs[1], f)) or
                  not filecmp.cmp(os.path.join(outs[0], f), os.path.join(outs[1], f),
                                  shallow=False)]
        report("--jobs 1 and 3: the same bytes", ["differ: %s" % differ] if differ else [])
    return clitest.summary()


sys.exit(main())
