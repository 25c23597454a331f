# SPDX-License-Identifier: MIT
"""kabar export on bad inputs and bad data files, from a table.

Also: FIFOs, sockets and devices (given or met in a walked directory; a
regression must not hang the suite, so those runs have a timeout), the
document size limit through `kabar sentences/metrics --max-doc-bytes`,
invisible format characters that must NOT fail (exit 0 for export,
sentences and metrics), and HTML nested deeper than libxml2's limit.

Every bad input must give exit 1, exactly one line on stderr that names
the file (and for invalid UTF-8 the offset "byte N" of the first bad byte,
counted from 0 in the file as it is on disk), nothing on stdout, and no
output or staging directory. --lenient turns invalid UTF-8 into U+FFFD
with a warning naming the file, and the outputs are written.

usage: cli_bad_input.py KABAR DATA_DIR
"""
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile

import clitest
from clitest import expect, report, run

KABAR, DATA = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
CORPUS = os.path.join(DATA, "corpus")

# A sentence the extractor finds entities in, around the bad bytes.
HEAD = "Presiden Rusia Vladimir Putin mengunjungi Korea Utara pada bulan Juni.\n".encode()
TAIL = " Pertemuan itu berlangsung di Pyongyang.\n".encode()


def random_bytes(n, seed):
    rnd = random.Random(seed)
    return bytes(rnd.randrange(256) for _ in range(n))


# name, file name, bytes, regex after "FILE: " in the message.
# For invalid UTF-8 the expected offset is computed from the pieces, not
# taken from kabar's output.
def utf8_case(name, fname, prefix, bad, suffix=TAIL):
    return (name, fname, prefix + bad + suffix, r"invalid UTF-8 at byte %d\b" % len(prefix))


BAD_FILES = [
    utf8_case("overlong C0 80", "overlong.txt", HEAD + b"ab", b"\xc0\x80"),
    utf8_case("overlong E0 80 AF", "overlong3.txt", HEAD, b"\xe0\x80\xaf"),
    utf8_case("surrogate ED A0 80", "surrogate.txt", HEAD + b"x ", b"\xed\xa0\x80"),
    utf8_case("F5 byte", "f5.txt", HEAD, b"\xf5\x80\x80\x80"),
    utf8_case("FF byte", "ff.txt", b"", b"\xff", HEAD),
    utf8_case("lone continuation byte", "cont.txt", HEAD + HEAD, b"\x80"),
    utf8_case("Latin-1 e-acute", "latin1.txt", HEAD + b"Caf", b"\xe9 itu"),
    utf8_case("truncated sequence at the end", "trunc_end.txt", HEAD + b"Putin", b"\xe2\x82",
              b""),
    utf8_case("truncated sequence before ASCII", "trunc_mid.txt", HEAD, b"\xf0\x9f\x98", b" x\n"),
    utf8_case("after a BOM", "bom.txt", b"\xef\xbb\xbf" + HEAD, b"\xc3("),
    utf8_case("invalid UTF-8 in HTML", "bad.html",
              b"<html><head><title>Berita</title></head><body><p>" + HEAD, b"\xc0\xaf",
              b"</p></body></html>\n"),
    ("NUL byte", "nul.txt", HEAD + b"abc\x00def" + TAIL,
     r"invalid UTF-8 at byte %d\b.*NUL" % (len(HEAD) + 3)),
    ("binary data", "random.txt", random_bytes(4096, 20240601), r"binary"),
    ("ELF-like binary", "prog.txt", b"\x7fELF\x02\x01\x01" + bytes(57) + random_bytes(2000, 7),
     r"binary|NUL"),
    ("UTF-16 with BOM", "utf16.txt", b"\xff\xfe" + "Rusia dan Korea Utara.\n".encode("utf-16-le"),
     r"UTF-16"),
    ("empty file", "empty.txt", b"", r"empty"),
    ("whitespace only", "blank.txt", b" \n\t\r\n  \n", r"empty"),
    ("BOM and whitespace only", "bomblank.txt", b"\xef\xbb\xbf\n \n", r"empty"),
    ("Unicode spaces only", "uspace.txt", "\u00a0\u2003\u3000\n".encode(), r"empty"),
    ("HTML without text", "notext.html",
     b"<html><head><script>var x = 1;</script></head><body> </body></html>\n", r"empty"),
]


def run_limited(argv, stdin=None, timeout=120):
    """run(), but a run that does not end within `timeout` seconds (a FIFO
    opened for reading waits for a writer for ever) is exit "timeout"."""
    try:
        return run(argv, stdin=stdin, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout (hung)", "", ""


def check_run(name, args, want_code, err_re, parent, one_line=True, stdin=None, prefix=(),
              timeout=120):
    code, out, err = run_limited(list(prefix) + [KABAR, "export", "-q"] + args, stdin=stdin,
                                 timeout=timeout)
    problems = expect(code, out, err, want_code, err_re, r"^$", one_line=one_line)
    if want_code != 0 and os.listdir(parent):
        problems.append("left behind: %s" % os.listdir(parent))
    report(name, problems, code, out, err)
    if want_code != 0:  # so that one failure does not spill into the next case
        for e in os.listdir(parent):
            shutil.rmtree(os.path.join(parent, e), ignore_errors=True)
    return code, err


# Invisible format characters, as UTF-8 and as an HTML reference.
INVISIBLE = [
    ("U+00AD soft hyphen", "\u00ad", "&shy;"),
    ("U+200B zero-width space", "\u200b", "&#x200B;"),
    ("U+200C ZWNJ", "\u200c", "&zwnj;"),
    ("U+200D ZWJ", "\u200d", "&zwj;"),
    ("U+200E LRM", "\u200e", "&lrm;"),
    ("U+200F RLM", "\u200f", "&rlm;"),
    ("U+2060 word joiner", "\u2060", "&#x2060;"),
    ("U+FE0F variation selector-16", "\ufe0f", "&#xFE0F;"),
    ("U+FEFF inside the text", "\ufeff", "&#xFEFF;"),
]


def check_special_files(tmp, parent, out):
    """FIFOs, sockets and devices: exit 1 naming the file, promptly."""
    fifo = os.path.join(tmp, "special", "pipe.txt")
    os.makedirs(os.path.dirname(fifo))
    os.mkfifo(fifo)
    check_run("FIFO given", ["-o", out, fifo], 1,
              r"^kabar: " + re.escape(fifo) + r": a FIFO", parent, timeout=20)
    walked = os.path.join(tmp, "walked")
    os.makedirs(os.path.join(walked, "sub"))
    with open(os.path.join(walked, "a.txt"), "wb") as f:
        f.write(HEAD)
    inner = os.path.join(walked, "sub", "feed.html")
    os.mkfifo(inner)
    check_run("FIFO inside a walked directory", ["-o", out, walked], 1,
              r"^kabar: " + re.escape(inner) + r": a FIFO", parent, timeout=20)
    check_run("/dev/zero", ["-o", out, "/dev/zero"], 1,
              r"^kabar: /dev/zero: a character device", parent, timeout=20)
    sock_path = os.path.join(tmp, "special", "s.txt")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.bind(sock_path)
        check_run("socket", ["-o", out, sock_path], 1,
                  r"^kabar: " + re.escape(sock_path) + r": a socket", parent, timeout=20)
    finally:
        sock.close()
    for name, argv in (("kabar sentences on a FIFO", ["sentences", fifo]),
                       ("kabar metrics on a FIFO", ["metrics", fifo])):
        code, sout, serr = run_limited([KABAR] + argv, timeout=20)
        report(name, expect(code, sout, serr, 1, r"^kabar[a-z ]*: " + re.escape(fifo) +
                            r": a FIFO", None, one_line=True), code, sout, serr)


def check_size_limit(inputs, write):
    """--max-doc-bytes (sentences, metrics): one byte over is refused by
    name, exit 1, no sentence printed; exactly the limit is read."""
    body = HEAD + TAIL
    p = write("sized.txt", body)
    n = len(body)
    want = r"^kabar[a-z ]*: %s: larger than the maximum document size of %d bytes " \
           r"\(--max-doc-bytes\)" % (re.escape(p), n - 1)
    code, sout, serr = run([KABAR, "sentences", "--max-doc-bytes", str(n - 1), p])
    report("sentences: file one byte over --max-doc-bytes",
           expect(code, sout, serr, 1, want, r"^doc\tn\tstart\tend\tkind\ttext\n$",
                  one_line=True), code, sout, serr)
    code, sout, serr = run([KABAR, "sentences", "--max-doc-bytes", str(n), p])
    report("sentences: file of exactly --max-doc-bytes",
           expect(code, sout, serr, 0, r"^$", r"di Pyongyang\.\n$"), code, sout, serr)
    code, sout, serr = run([KABAR, "sentences", "--max-doc-bytes=1K", "-"], stdin=b"a " * 600)
    report("sentences: standard input over --max-doc-bytes=1K",
           expect(code, sout, serr, 1, r"^kabar: stdin: larger than the maximum document size "
                  r"of 1024 bytes", None, one_line=True), code, sout, serr)
    code, sout, serr = run([KABAR, "metrics", "--max-doc-bytes", str(n - 1), p])
    report("metrics: file over --max-doc-bytes",
           expect(code, sout, serr, 1, re.escape(p) + r": larger than the maximum", r"^$",
                  one_line=True), code, sout, serr)
    for bad in ("0", "-1", "x", "10Q", ""):
        code, sout, serr = run([KABAR, "sentences", "--max-doc-bytes", bad, p])
        report("sentences --max-doc-bytes '%s'" % bad,
               expect(code, sout, serr, 2, r"--max-doc-bytes", r"^$"), code, sout, serr)


def check_invisible(write, parent, out):
    """Invisible characters must not fail: the 8-byte file that crashed
    all three commands, then each character at the start, inside a name
    and at the end of text and HTML documents."""
    crash = write("lrm8.txt", b"a \xe2\x80\x8e b\n")
    for cmd in (["sentences", crash], ["metrics", crash]):
        code, sout, serr = run([KABAR] + cmd)
        report("%s on 'a LRM b'" % cmd[0], expect(code, sout, serr, 0, r"^$"), code, sout, serr)
    check_run("export on 'a LRM b'", ["-o", out, crash], 0, r"^$", parent, one_line=False)
    shutil.rmtree(out, ignore_errors=True)
    for name, ch, ref in INVISIBLE:
        text = ("%sPresiden Rusia Vladi%smir Putin mengunjungi Korea Utara. %s\n%s" %
                (ch, ch, ch, ch)).encode()
        html = ("<html><body><p>%s Presiden Rusia Vladi%smir Putin mengunjungi Korea Utara.%s"
                "</p><p>%s</p></body></html>\n" % (ref, ref, ref, ref)).encode()
        for kind, fname, data in (("text", "inv.txt", text), ("HTML", "inv.html", html)):
            p = write(fname, data)
            code, sout, serr = run([KABAR, "export", "-q", "-o", out, p])
            problems = expect(code, sout, serr, 0, r"^$", r"^$")
            if code == 0:
                with open(os.path.join(out, "entities.tsv"), encoding="utf-8") as f:
                    labels = [line.split("\t")[2] for line in f.read().splitlines()[1:]]
                # The soft hyphen, ZWJ, ... keep the name whole; only the
                # zero-width space and U+FEFF are spaces that split it.
                if ch not in "\u200b\ufeff":
                    for label in ("Vladimir Putin", "Rusia", "Korea Utara"):
                        if label not in labels:
                            problems.append("entities.tsv lacks %s: %s" % (label, labels))
            report("%s in %s: export succeeds" % (name, kind), problems, code, sout, serr)
            shutil.rmtree(out, ignore_errors=True)
            for e in os.listdir(parent):
                shutil.rmtree(os.path.join(parent, e), ignore_errors=True)
            code, sout, serr = run([KABAR, "sentences", p])
            problems = expect(code, sout, serr, 0, r"^$", r"\tPresiden Rusia Vladi")
            if sout.count("\n") != 2:
                problems.append("want the header and one sentence")
            report("%s in %s: sentences succeeds" % (name, kind), problems, code, sout, serr)


def check_deep_html(write, parent, out):
    """Deeper than libxml2's 256 elements: every paragraph comes out (or,
    never silently, a message that says the page is nested too deeply)."""
    paras = ["Paragraf nomor %d berisi teks." % i for i in range(5)]
    pages = [("300 unclosed <span>s", "spans.html",
              "<html><body>" + "<span>" * 300 + "".join("<p>%s</p>" % t for t in paras) +
              "</body></html>\n"),
             ("100000 nested <div>s", "divs.html",
              "<html><body>" + "<div>" * 100000 + "".join("<p>%s</p>" % t for t in paras) +
              "</div>" * 100000 + "</body></html>\n")]
    for name, fname, page in pages:
        p = write(fname, page.encode())
        code, sout, serr = run([KABAR, "sentences", p])
        if code == 0:
            got = [line.split("\t")[5] for line in sout.splitlines()[1:]]
            problems = expect(code, sout, serr, 0, r"^$")
            if got != paras:
                problems.append("paragraphs %s, want %s" % (got, paras))
        else:
            problems = expect(code, sout, serr, 1, re.escape(p) + r": .*nested too deeply", None,
                              one_line=True)
        report("%s: all the text or 'nested too deeply'" % name, problems, code, sout, serr)
        check_run("%s: export" % name, ["-o", out, p], code if code in (0, 1) else 0,
                  r"^$" if code == 0 else r"nested too deeply", parent, one_line=code != 0)
        shutil.rmtree(out, ignore_errors=True)


def main():
    prefix_unpriv = clitest.as_unprivileged_prefix()
    with tempfile.TemporaryDirectory(prefix="kabar-bad-") as tmp:
        parent = os.path.join(tmp, "parent")
        os.mkdir(parent)
        out = os.path.join(parent, "out")
        inputs = os.path.join(tmp, "in")
        os.mkdir(inputs)

        def write(rel, data):
            p = os.path.join(inputs, rel)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "wb") as f:
                f.write(data)
            return p

        for name, fname, data, msg_re in BAD_FILES:
            p = write(fname, data)
            check_run(name, ["-o", out, p], 1, r"^kabar: " + re.escape(p) + r": " + msg_re,
                      parent)

        check_special_files(tmp, parent, out)
        check_size_limit(inputs, write)
        check_invisible(write, parent, out)
        check_deep_html(write, parent, out)

        # Paths that cannot be read.
        missing = os.path.join(inputs, "missing.txt")
        check_run("missing path", ["-o", out, missing], 1,
                  r"^kabar: " + re.escape(missing) + r": No such file or directory", parent)
        loop = os.path.join(inputs, "loop.txt")
        os.symlink("loop.txt", loop)
        check_run("symbolic link loop", ["-o", out, loop], 1,
                  r"^kabar: " + re.escape(loop) + r": Too many levels of symbolic links", parent)
        locked = write("locked.txt", HEAD)
        os.chmod(locked, 0)
        if prefix_unpriv is None:
            clitest.skip("unreadable file (mode 000)",
                         "running as root and setpriv cannot drop CAP_DAC_READ_SEARCH here, so "
                         "mode 000 does not stop reading")
        else:
            check_run("unreadable file (mode 000)" + (" as root without DAC capabilities"
                                                      if prefix_unpriv else ""),
                      ["-o", out, locked], 1,
                      r"^kabar: " + re.escape(locked) + r": Permission denied", parent,
                      prefix=prefix_unpriv)
        os.chmod(locked, 0o644)
        os.unlink(locked)
        os.unlink(loop)

        # Directories.
        nodocs = os.path.join(tmp, "nodocs")
        os.makedirs(os.path.join(nodocs, "sub"))
        with open(os.path.join(nodocs, "README.md"), "w") as f:
            f.write("Rusia dan Korea Utara.\n")
        with open(os.path.join(nodocs, "sub", "notes.pdf"), "w") as f:
            f.write("Rusia dan Korea Utara.\n")
        check_run("directory without .txt/.html files", ["-o", out, nodocs], 1,
                  r"^kabar: .*" + re.escape(nodocs) + r".*(no|No) .*txt", parent)
        check_run("a good directory and one without .txt/.html files",
                  ["-o", out, CORPUS, nodocs], 1,
                  r"^kabar: .*" + re.escape(nodocs) + r".*(no|No) .*txt", parent)

        mixed = os.path.join(tmp, "mixed")
        os.makedirs(os.path.join(mixed, "sub"))
        for i, name in enumerate(sorted(os.listdir(CORPUS))):
            shutil.copy(os.path.join(CORPUS, name), os.path.join(mixed, "sub" if i % 2 else "",
                                                                  name))
        bad = os.path.join(mixed, "sub", "002a_bad.txt")
        with open(bad, "wb") as f:
            f.write(HEAD + b"\xed\xa0\x80" + TAIL)
        check_run("directory with one bad file among good ones", ["-o", out, mixed], 1,
                  r"^kabar: " + re.escape(bad) + r": invalid UTF-8 at byte %d\b" % len(HEAD),
                  parent)
        good = os.path.join(CORPUS, sorted(os.listdir(CORPUS))[0])
        check_run("good file, then a bad one", ["-o", out, good, bad], 1,
                  r"^kabar: " + re.escape(bad) + r": ", parent)
        check_run("good file, then a missing one", ["-o", out, good, missing], 1,
                  r"^kabar: " + re.escape(missing) + r": No such file", parent)
        check_run("bad file from standard input", ["-o", out, "-"], 1,
                  r"^kabar: stdin: invalid UTF-8 at byte %d\b" % len(HEAD), parent,
                  stdin=HEAD + b"\xc0\x80" + TAIL)
        check_run("empty standard input", ["-o", out, "-"], 1, r"^kabar: stdin: empty", parent)

        # --lenient: invalid UTF-8 becomes U+FFFD, with a warning; other
        # problems stay errors.
        lenient_in = write("lenient.txt", HEAD + b"ab\xc0\x80cd\xed\xa0\x80" + TAIL)
        code, err = check_run("--lenient on invalid UTF-8", ["--lenient", "-o", out, lenient_in], 0,
                              r"^kabar: warning: " + re.escape(lenient_in) +
                              r": .*byte %d" % (len(HEAD) + 2), parent)
        problems = []
        if code == 0:
            names = set(os.listdir(out))
            for want in ("entities.tsv", "facts.tsv", "kb.ttl", "graph.graphml", "graph.gexf"):
                if want not in names:
                    problems.append("%s not written" % want)
            with open(os.path.join(out, "entities.tsv"), "rb") as f:
                ents = f.read().decode("utf-8")  # strict: must be valid UTF-8
            for label in ("Vladimir Putin", "Rusia", "Korea Utara"):
                if "\t%s\t" % label not in ents:
                    problems.append("entities.tsv lacks %s" % label)
            if [e for e in os.listdir(parent) if e != "out"]:
                problems.append("left behind: %s" % os.listdir(parent))
            shutil.rmtree(out)
        report("--lenient writes the outputs", problems)
        for name, fname in (("--lenient on binary data", "random.txt"),
                            ("--lenient on an empty file", "empty.txt")):
            check_run(name, ["--lenient", "-o", out, os.path.join(inputs, fname)], 1,
                      re.escape(os.path.join(inputs, fname)), parent)

        # Two inputs with the same document name (file name without
        # extension), which is the document's key in facts.tsv, the docs
        # column and the RDF document IRIs. Either kabar refuses them (exit
        # 1 naming the name) or it keeps the documents apart: never one
        # document name standing for two inputs.
        dup_a = os.path.join(tmp, "dup", "a", "berita.txt")
        dup_b = os.path.join(tmp, "dup", "b", "berita.txt")
        os.makedirs(os.path.dirname(dup_a))
        os.makedirs(os.path.dirname(dup_b))
        shutil.copy(good, dup_a)
        shutil.copy(os.path.join(CORPUS, sorted(os.listdir(CORPUS))[1]), dup_b)
        for name, args in (("the same file twice", [good, good]),
                           ("two files with the same name in two directories", [dup_a, dup_b])):
            code, sout, serr = run([KABAR, "export", "-q", "-o", out] + args)
            if code != 0:
                problems = expect(code, sout, serr, 1, r"^kabar: .*(berita|%s)" % re.escape(
                    os.path.splitext(os.path.basename(good))[0]), r"^$", one_line=True)
                if os.listdir(parent):
                    problems.append("left behind: %s" % os.listdir(parent))
            else:
                problems = []
                with open(os.path.join(out, "entities.tsv"), encoding="utf-8") as f:
                    ents = [line.split("\t") for line in f.read().splitlines()[1:]]
                for e in ents:
                    docs = e[5].split("|")
                    if len(docs) != len(set(docs)):
                        problems.append("%s: docs column lists a document twice: %s" %
                                        (e[2], e[5]))
                        break
                with open(os.path.join(out, "facts.tsv"), encoding="utf-8") as f:
                    fact_docs = {line.split("\t")[0] for line in f.read().splitlines()[1:]}
                if len(fact_docs) < len(set(args)):
                    problems.append("%d inputs, facts.tsv names %d documents: %s" %
                                    (len(set(args)), len(fact_docs), sorted(fact_docs)))
            report(name, problems, code, sout, serr)
            for e in os.listdir(parent):
                shutil.rmtree(os.path.join(parent, e))

        # Data files: a malformed or non-UTF-8 lexicon is a bad data file (exit 1).
        def data_copy(tag):
            d = os.path.join(tmp, "data-" + tag)
            shutil.copytree(DATA, d, ignore=shutil.ignore_patterns("corpus"))
            return d

        d = data_copy("states")
        with open(os.path.join(d, "lexicon", "states.tsv"), "ab") as f:
            f.write(b"QQ\n")
        check_run("malformed lexicon line", ["--data", d, "-o", out, good], 1,
                  r"^kabar: " + re.escape(os.path.join(d, "lexicon", "states.tsv")) + r":\d+: ",
                  parent)
        d = data_copy("people")
        with open(os.path.join(d, "lexicon", "people.tsv"), "ab") as f:
            f.write(b"Budi Sant\xf6so\tBudi Santoso\tIDN\tmenteri\t2020\t\n")
        check_run("lexicon with invalid UTF-8", ["--data", d, "-o", out, good], 1,
                  r"^kabar: " + re.escape(os.path.join(d, "lexicon", "people.tsv")) +
                  r".*(UTF-8|utf-8)", parent)
        d = data_copy("nopeople")
        os.unlink(os.path.join(d, "lexicon", "people.tsv"))
        check_run("lexicon missing", ["--data", d, "-o", out, good], 1,
                  r"^kabar: " + re.escape(os.path.join(d, "lexicon", "people.tsv")) +
                  r": No such file", parent)
    return clitest.summary()


sys.exit(main())
