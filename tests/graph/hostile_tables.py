# SPDX-License-Identifier: MIT
"""Strict readers for the files kabar writes, and the writers' rule for
values (src/common/clean.h, include/kabar/tsv.h) written out again here, so
that a test can say what each value must read back as without asking the
program. Used by check_hostile.py and tests/cli/cli_hostile_values.py.

Strict means: a TSV table is split on LF and tab only, a CSV file must
have one record per line as well as parse with the csv module, and no
file may hold another line break (CR, VT, FF, U+001C-U+001E, NEL, U+2028,
U+2029: what str.splitlines() also splits on)."""
import csv
import io
import json
import shutil
import subprocess

OTHER_BREAKS = "\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"


class Problems(list):
    def check(self, cond, msg):
        if not cond:
            self.append(msg)
        return cond


def clean(raw):
    """The writers' rule for a value given as bytes (or str): controls and
    U+2028/U+2029 become one space each, invalid UTF-8 (one per byte) and
    noncharacters U+FFFD."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogateescape")
    out = []
    i = 0
    while i < len(raw):
        ch, used = decode_one(raw, i)
        i += used
        if ch is None:
            out.append("\ufffd")
            continue
        c = ord(ch)
        if c < 0x20 or 0x7F <= c <= 0x9F or c in (0x2028, 0x2029):
            out.append(" ")
        elif 0xFDD0 <= c <= 0xFDEF or (c & 0xFFFE) == 0xFFFE:
            out.append("\ufffd")
        else:
            out.append(ch)
    return "".join(out)


def decode_one(raw, i):
    """(character, bytes used) at raw[i], or (None, 1) for a byte that does
    not start a valid UTF-8 sequence."""
    for n in (1, 2, 3, 4):
        try:
            ch = raw[i:i + n].decode("utf-8")
        except UnicodeDecodeError:
            continue
        if len(ch) == 1:
            return ch, n
    return None, 1


def node_id(raw_id):
    """The graph files' node id of a kabar id: bytes outside [A-Za-z0-9_-]
    as '.' and two upper-case hex digits; the empty id as '.'."""
    keep = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"
    out = "".join(chr(b) if b in keep else ".%02X" % b for b in raw_id)
    return out or "."


def split_list(field):
    """A '|'-joined TSV list field back into its items ("\\|" is '|',
    "\\\\" is '\\'); None when it holds a lone backslash."""
    if field == "":
        return []
    items, cur, i = [], [], 0
    while i < len(field):
        c = field[i]
        if c == "\\":
            if i + 1 >= len(field) or field[i + 1] not in "\\|":
                return None
            cur.append(field[i + 1])
            i += 2
            continue
        if c == "|":
            items.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    items.append("".join(cur))
    return items


def read_text(path, problems):
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append("%s: not UTF-8 at byte %d" % (path, e.start))
        return None
    for ch in OTHER_BREAKS:
        problems.check(ch not in text, "%s: holds U+%04X" % (path, ord(ch)))
    problems.check("\0" not in text, "%s: holds NUL" % path)
    problems.check(text.endswith("\n"), "%s: last line does not end in LF" % path)
    return text


def read_tsv(path, cols, problems):
    """Data rows of a TSV table, split on LF and tab only; each row must
    have `cols` fields."""
    text = read_text(path, problems)
    if text is None:
        return []
    lines = text.split("\n")[:-1]
    rows = [ln.split("\t") for ln in lines]
    for n, r in enumerate(rows, 1):
        problems.check(len(r) == cols, "%s line %d: %d fields, want %d" % (path, n, len(r), cols))
    return rows[1:]


def read_csv(path, problems):
    """Records of a CSV file as dicts; each record must be one line."""
    text = read_text(path, problems)
    if text is None:
        return []
    records = list(csv.reader(io.StringIO(text, newline="")))
    lines = text.split("\n")[:-1]
    problems.check(len(records) == len(lines),
                   "%s: %d records on %d lines" % (path, len(records), len(lines)))
    if not records:
        return []
    head = records[0]
    for n, r in enumerate(records[1:], 2):
        problems.check(len(r) == len(head), "%s record %d: %d fields, want %d" %
                       (path, n, len(r), len(head)))
    return [dict(zip(head, r)) for r in records[1:]]


def read_json(path, problems):
    text = read_text(path, problems)
    try:
        return json.loads(text) if text is not None else None
    except ValueError as e:
        problems.append("%s: not JSON: %s" % (path, e))
        return None


def xml_ids(path, problems):
    """(node ids, edge (source, target) pairs) of a GraphML or GEXF file,
    parsed by libxml2 (xmllint); [] when it does not parse."""
    xmllint = shutil.which("xmllint")
    if not problems.check(xmllint is not None, "xmllint not found"):
        return [], []
    r = subprocess.run([xmllint, "--nonet", "--noout", path], capture_output=True)
    if not problems.check(r.returncode == 0, "%s: libxml2 does not parse it: %s" %
                          (path, r.stderr.decode(errors="replace")[:300])):
        return [], []

    def values(xpath):
        r = subprocess.run([xmllint, "--nonet", "--xpath", xpath, path], capture_output=True)
        if r.returncode == 10 or not r.stdout.strip():  # XPath set is empty
            return []
        # One value per line; ids and indices are XML NMTOKENs, never a
        # line break.
        return r.stdout.decode().split("\n")[:-1] if r.stdout.endswith(b"\n") else \
            r.stdout.decode().split("\n")

    # string() of each attribute, one per line, through concat over indices.
    ids = values("//*[local-name()='node']/@id")
    srcs = values("//*[local-name()='edge']/@source")
    dsts = values("//*[local-name()='edge']/@target")
    strip = lambda vs: [v.strip().split("=", 1)[1].strip('"') for v in vs if "=" in v]
    ids, srcs, dsts = strip(ids), strip(srcs), strip(dsts)
    problems.check(len(srcs) == len(dsts), "%s: edges without source or target" % path)
    return ids, list(zip(srcs, dsts))


def check_graph_ids(path, n_nodes, n_edges, problems, want_ids=None):
    """Node ids unique, n_nodes of them (want_ids when given), every edge
    between two of them."""
    ids, edges = xml_ids(path, problems)
    problems.check(len(ids) == n_nodes, "%s: %d nodes, want %d" % (path, len(ids), n_nodes))
    problems.check(len(set(ids)) == len(ids), "%s: node ids repeat: %s" %
                   (path, sorted(i for i in set(ids) if ids.count(i) > 1)))
    if want_ids is not None:
        problems.check(sorted(ids) == sorted(want_ids), "%s: node ids %s, want %s" %
                       (path, sorted(ids), sorted(want_ids)))
    problems.check(len(edges) == n_edges, "%s: %d edges, want %d" % (path, len(edges), n_edges))
    known = set(ids)
    for s, t in edges:
        problems.check(s in known and t in known, "%s: edge %s -> %s to no node" % (path, s, t))
    return ids
