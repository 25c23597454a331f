#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the seed corpora and dictionaries of the fuzz targets.

Seeds come from the bundled corpus (data/corpus/*.txt) and the quality
corpora (tests/quality/*/corpus/*.txt): as they are for the text targets,
wrapped in HTML for the HTML target (beside the hand-written pages in
seeds/), and turned into the field format of kbgen.c for the kb targets.
Dictionaries: the cue words of data/cues and a few lexicon names for the
text targets, HTML tokens for the HTML target, hostile strings and the
command bytes for the kb targets. Run it again after the cues change; files
are named by their SHA-1, as libFuzzer names what it adds, so nothing is
written twice."""
import glob
import hashlib
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TEXT_TARGETS = ["fuzz_text", "fuzz_extract", "fuzz_pipeline"]
KB_TARGETS = ["fuzz_rdf", "fuzz_graph", "fuzz_tables"]


def put(target, data):
    d = os.path.join(HERE, "corpus", target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)


def texts():
    paths = sorted(glob.glob(os.path.join(ROOT, "data/corpus/*.txt")) +
                   glob.glob(os.path.join(ROOT, "tests/quality/*/corpus/*.txt")))
    return [open(p, "rb").read() for p in paths]


def as_html(text):
    lines = text.decode("utf-8").split("\n")
    title = html.escape(lines[0])
    body = "\n".join("<p>%s</p>" % html.escape(l) for l in lines[1:] if l.strip())
    page = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head>\n"
            "<body><h1>%s</h1>\n<article>\n%s\n</article></body></html>\n" % (title, title, body))
    return page.encode("utf-8")


def kb_input(name, text):
    """One document, capitalized words as entities, sentences as mentions."""
    fields = [b"http://kabar.example.org/id/", bytes([0x40]) + name.encode()]
    ents = []
    for i, sent in enumerate(re.split(r"(?<=[.!?])\s+", text.decode("utf-8"))[:12]):
        names = re.findall(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*", sent)[:3]
        for n in names:
            if n not in ents:
                ents.append(n)
                fields.append(bytes([1 + 5 * (len(ents) % 6)]) + n.encode())
        if len(ents) >= 2:
            s = ents.index(names[0]) if names else 0
            o = len(ents) - 1 if len(ents) - 1 != s else 0
            ctl = bytes([s, o, i % 25, 0 if i % 3 else i % 5, 0xFF])  # mostly asserted
            fields.append(bytes([4 + 5 * (i % 6)]) + ctl + sent.encode()[:200])
    fields.append(bytes([2]) + b"IDNIndonesia")
    fields.append(bytes([3]) + b"RI")
    return b"\0".join(fields)


def dictionary(name, words):
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Written by make_seeds.py.\n")
        for w in sorted(set(words)):
            esc = "".join(c if 0x20 <= ord(c) < 0x7F and c not in '"\\' else
                          "".join("\\x%02X" % b for b in c.encode("utf-8")) for c in w)
            f.write('"%s"\n' % esc)


def cue_words():
    words = []
    for path in glob.glob(os.path.join(ROOT, "data/cues/*.tsv")):
        for line in open(path, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if os.path.basename(path) == "words.tsv":
                words.append(cols[0])
            elif len(cols) > 1 and cols[0] not in ("relation", "status"):
                words.append(cols[1])
    for path in ["states.tsv", "people.tsv"]:
        for line in list(open(os.path.join(ROOT, "data/lexicon", path), encoding="utf-8"))[1:40]:
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 1 and not line.startswith("#"):
                words += cols[1].split("|")
    words += ["BACA JUGA:", "(Foto: ", "Jakarta (ANTARA) - ", "\u200e", "\u00a0", "\u201c",
              "\ufeff", "\r\n", "\n\n"]
    return [w for w in words if w and w != "-"]


def main():
    for t in texts():
        for target in TEXT_TARGETS:
            put(target, t)
        put("fuzz_html", as_html(t))
    for path in sorted(glob.glob(os.path.join(HERE, "seeds/*.html"))):
        put("fuzz_html", open(path, "rb").read())
    paths = sorted(glob.glob(os.path.join(ROOT, "data/corpus/*.txt")))[:5]
    for p, t in zip(paths, texts()):
        for target in KB_TARGETS:
            put(target, kb_input(os.path.basename(p)[:-4], t))
    dictionary("text.dict", cue_words())
    dictionary("html.dict", ["<p>", "</p>", "<br>", "<h1>", "</h1>", "<h2>", "<title>", "</title>",
                             "<script>", "</script>", "<style>", "<div>", "</div>", "<article>",
                             "<figcaption>", "<table>", "<td>", "<li>", "<!--", "-->", "<![CDATA[",
                             "]]>", "&amp;", "&nbsp;", "&#8206;", "&#x200e;", "&lt;", "&#0;",
                             "<meta charset=\"iso-8859-1\">", "<meta charset=\"utf-8\">",
                             "<!DOCTYPE html>", "<html>", "<body>", "<head>", "<?xml"])
    dictionary("kb.dict", ["\0", "\0\x01", "\0\x02", "\0\x03", "\0\x04", "\0\x00", "<", ">", "&",
                           "\"", "'", "]]>", "%", "%2F", "_", " ", "\t", "\n", "\r", "\x01",
                           "\x7f", "\u0085", "\ufffe", "\uffff", "\u2028", "\ufeff", "|", ",",
                           "\\", "\\u0000", "..", ".", "/", "#", "http://x/", "urn:x:", "n0",
                           "n1", "x", "x_2", "e0", "2024-06-19", "RUS"])


if __name__ == "__main__":
    sys.exit(main())
