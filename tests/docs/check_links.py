# SPDX-License-Identifier: MIT
"""Every relative link in the project's Markdown resolves to a file.

usage: check_links.py SOURCE_DIR
       check_links.py --self-test

Reads README.md, docs/*.md and every README.md under examples/; for each
inline link or image `[text](target)`, reference definition `[id]: target`
and HTML `href="target"` / `src="target"` outside code, a target without a
URL scheme must name a file or directory inside SOURCE_DIR (relative to the
Markdown file; `#anchor` and `?query` dropped). Links in fenced code blocks
and code spans are examples, not links, and are skipped.

--self-test runs the checker on a small tree with known good and broken
links and fails unless it finds exactly the broken ones."""
import glob
import os
import re
import sys
import tempfile

INLINE = re.compile(r"!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
REFDEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$", re.M)
HTML = re.compile(r"""\b(?:href|src)\s*=\s*["']([^"']+)["']""")
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def strip_code(text):
    """The text with fenced code blocks and code spans blanked (line
    numbers kept for the messages)."""
    out, fence = [], None
    for line in text.split("\n"):
        m = re.match(r"^\s{0,3}(`{3,}|~{3,})", line)
        if fence:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence):
                fence = None
            out.append("")
            continue
        if m:
            fence = m.group(1)
            out.append("")
            continue
        out.append(re.sub(r"(`+)(?:(?!\1).)+?\1", "", line))
    return "\n".join(out)


def links(text):
    """(line number, target) for every link outside code."""
    body = strip_code(text)
    found = []
    for rx in (INLINE, REFDEF, HTML):
        for m in rx.finditer(body):
            found.append((body.count("\n", 0, m.start()) + 1, m.group(1)))
    return sorted(found)


def broken_links(root, md_files):
    """'file:line: target' for each relative link that names nothing."""
    root = os.path.realpath(root)
    bad = []
    for md in md_files:
        with open(md, encoding="utf-8") as f:
            text = f.read()
        for line, target in links(text):
            if SCHEME.match(target) or target.startswith("#") or target.startswith("//"):
                continue
            path = re.split(r"[#?]", target, 1)[0]
            if not path:
                continue
            if path.startswith("/"):  # GitHub-style: relative to the repository
                resolved = os.path.join(root, path.lstrip("/"))
            else:
                resolved = os.path.join(os.path.dirname(md), path)
            resolved = os.path.realpath(resolved)
            inside = resolved == root or resolved.startswith(root + os.sep)
            if not inside or not os.path.exists(resolved):
                bad.append("%s:%d: %s" % (os.path.relpath(md, root), line, target))
    return bad


def markdown_files(root):
    files = [os.path.join(root, "README.md")]
    files += sorted(glob.glob(os.path.join(root, "docs", "*.md")))
    files += sorted(glob.glob(os.path.join(root, "examples", "**", "README.md"), recursive=True))
    return [f for f in files if os.path.isfile(f)]


def self_test():
    with tempfile.TemporaryDirectory() as root:
        os.makedirs(os.path.join(root, "docs"))
        os.makedirs(os.path.join(root, "examples", "x"))
        for name in ("docs/A.md", "ok.txt", "examples/x/README.md"):
            with open(os.path.join(root, name), "w") as f:
                f.write("[up](../../ok.txt)\n" if name.startswith("examples") else "x\n")
        with open(os.path.join(root, "README.md"), "w") as f:
            f.write("[a](docs/A.md) [b](docs/A.md#part) ![img](ok.txt) [web](https://x.org/y)\n"
                    "[anchor](#here) [gone](spec/GONE.md) [dir](examples/x/)\n"
                    "`[code](no/such/file)` and <a href=\"missing.html\">h</a>\n"
                    "```\n[fenced](no/such/file)\n```\n"
                    "[out](../outside.md)\n[ref]: docs/NOPE.md\n")
        got = broken_links(root, markdown_files(root))
        want = ["README.md:2: spec/GONE.md", "README.md:3: missing.html",
                "README.md:7: ../outside.md", "README.md:8: docs/NOPE.md"]
        if got != want:
            print("self-test: found %r, expected %r" % (got, want))
            return 1
    print("check_links self-test: ok")
    return 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = sys.argv[1]
    files = markdown_files(root)
    if not files:
        print("check_links: no Markdown files under %s" % root)
        return 1
    bad = broken_links(root, files)
    for b in bad:
        print("broken link:", b)
    n = sum(len(links(open(f, encoding="utf-8").read())) for f in files)
    print("check_links: %d files, %d links, %d broken" % (len(files), n, len(bad)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
