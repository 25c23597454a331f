# SPDX-License-Identifier: MIT
"""mentions.tsv on documents written for the test: each expected mention is
found with its kind, and its offsets point at its surface in the input file
(a BOM counts; for HTML, offsets are into the extracted text that `kabar
sentences` prints). The expected rows are written by hand below; their
offsets are where the surface first occurs in the file's bytes.

usage: cli_mentions.py KABAR
"""
import os
import subprocess
import sys
import tempfile

BOM = b"\xef\xbb\xbf"
DOCS = {
    # a BOM, a titled unknown name, a pronoun and a pair reference
    "bom.txt": BOM + "Menteri Pertahanan Thailand Sutin Klungsang bertemu dengan Presiden "
    "Joko Widodo di Jakarta, Senin.\nIa mengatakan kedua negara sepakat memperkuat kerja sama "
    "pertahanan.\nBrigjen. tidak hadir.\n".encode(),
    # an apposition, bodies by head noun; a rank alone is no name, nor part
    # of the name after it
    "plain.txt": "Somkid Jatusripitak, menteri luar negeri Thailand, mengunjungi Kamboja pada "
    "Selasa.\nBadan Intelijen Nasional Kamboja menyambut kunjungan itu.\nKomisi Perbatasan "
    "Bersama Laos bertemu di Vientiane.\nBrigjen. tidak hadir.\nBrigjen. Suharyanto Wibowo "
    "memimpin pasukan itu ke Papua.\nDr. Siti Nurbaya Bakar menghadiri rapat itu.\n".encode(),
    "page.html": b"<html><head><title>Uji</title></head><body><p>Presiden Prabowo Subianto "
                 b"bertemu Perdana Menteri Anthony Albanese &amp; rombongan di Canberra.</p>"
                 b"</body></html>",
}
# doc, surface, entity id, type, kind (the first occurrence of the surface)
EXPECTED = [
    ("bom", "Thailand", "THA", "State", "lexicon"),
    ("bom", "Sutin Klungsang", "sutin_klungsang", "Person", "title"),
    ("bom", "Joko Widodo", "joko_widodo", "Person", "lexicon"),
    ("bom", "Jakarta", "jakarta", "Place", "lexicon"),
    ("bom", "Ia", "sutin_klungsang", "Person", "reference"),
    ("bom", "kedua negara", "THA", "State", "reference"),
    ("bom", "kedua negara", "IDN", "State", "reference"),
    ("plain", "Somkid Jatusripitak", "somkid_jatusripitak", "Person", "apposition"),
    ("plain", "Badan Intelijen Nasional Kamboja", "badan_intelijen_nasional_kamboja",
     "Organization", "head"),
    ("plain", "Komisi Perbatasan Bersama Laos", "komisi_perbatasan_bersama_laos",
     "Organization", "head"),
    # honorifics and ranks are read with the name but are no part of it
    ("plain", "Suharyanto Wibowo", "suharyanto_wibowo", "Person", "title"),
    ("plain", "Siti Nurbaya Bakar", "siti_nurbaya_bakar", "Person", "title"),
    ("page", "Prabowo Subianto", "prabowo_subianto", "Person", "lexicon"),
    ("page", "Anthony Albanese", "anthony_albanese", "Person", "lexicon"),
    ("page", "Canberra", "canberra", "Place", "lexicon"),
]
NEVER = ["Brigjen", "Brigjen.", "Dr.", "Senin", "Selasa"]


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    kabar = argv[1]
    problems = []
    with tempfile.TemporaryDirectory(prefix="kabar-mentions-") as tmp:
        src = os.path.join(tmp, "in")
        os.mkdir(src)
        for name, data in DOCS.items():
            with open(os.path.join(src, name), "wb") as f:
                f.write(data)
        out = os.path.join(tmp, "out")
        r = subprocess.run([kabar, "export", "-q", "--rdf", "none", "-o", out, src],
                           capture_output=True)
        if r.returncode != 0:
            print("FAIL export: exit %d: %s" % (r.returncode, r.stderr.decode(errors="replace")))
            return 1
        s = subprocess.run([kabar, "sentences", os.path.join(src, "page.html")],
                           capture_output=True)
        page_text = {}
        for line in s.stdout.decode().split("\n")[1:]:
            if line:
                _doc, _n, start, _end, _kind, text = line.split("\t")
                page_text[int(start)] = text
        with open(os.path.join(out, "mentions.tsv"), encoding="utf-8") as f:
            lines = f.read().split("\n")
        rows = [tuple(line.split("\t")) for line in lines[1:] if line]
        got = {(d, surface, eid, etype, kind): (int(b), int(e))
               for d, _n, b, e, surface, eid, etype, kind in rows}
        for doc, surface, eid, etype, kind in EXPECTED:
            key = (doc, surface, eid, etype, kind)
            if key not in got:
                problems.append("missing: %s" % (key,))
                continue
            b, e = got[key]
            if doc == "page":
                # into the extracted text: the one sentence starts at 0
                text = page_text.get(0, "").encode()
                want = text.find(surface.encode())
            else:
                want = DOCS[doc + ".txt"].find(surface.encode())
            if (b, e) != (want, want + len(surface.encode())):
                problems.append("%s: span %d-%d, want %d-%d" %
                                (key, b, e, want, want + len(surface.encode())))
        for d, _n, b, e, surface, eid, etype, kind in rows:
            if surface in NEVER or any(w in surface.split() for w in NEVER):
                problems.append("%s: %r is no name (%s, %s)" % (d, surface, eid, kind))
            if d != "page" and kind != "implied":
                raw = DOCS[d + ".txt"][int(b):int(e)].decode()
                if raw != surface:
                    problems.append("%s %s-%s: surface %r, the file has %r" % (d, b, e, surface,
                                                                              raw))
    for p in problems:
        print("FAIL", p)
    print("%d expected mentions, %d rows checked, %d problems" %
          (len(EXPECTED), len(rows), len(problems)))
    return 1 if problems else 0


sys.exit(main(sys.argv))
