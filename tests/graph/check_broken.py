#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Shows that schema validation is real: DIR's graph.graphml and graph.gexf
validate, and copies of them with one defect each are rejected by xmllint:
a raw U+0001 in a label (not well-formed XML), an attribute the schema does
not allow, a negative viz:size (GEXF) and a data element before the keys
(GraphML).

usage: check_broken.py DIR SCHEMADIR WORKDIR"""
import os
import subprocess
import sys


def validate(path, schemas):
    if path.endswith(".graphml"):
        args = ["--schema", os.path.join(schemas, "graphml", "graphml.xsd")]
    else:
        args = ["--relaxng", os.path.join(schemas, "gexf", "gexf.rng")]
    r = subprocess.run(["xmllint", "--nonet", "--noout", *args, path],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return r.returncode, r.stderr.decode("utf-8", "replace")


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: check_broken.py DIR SCHEMADIR WORKDIR")
    src, schemas, work = sys.argv[1:]
    os.makedirs(work, exist_ok=True)
    defects = {
        "graph.graphml": [
            ("control", '<data key="label">', '<data key="label">\x01'),
            ("attribute", "<edge ", '<edge weight="3" '),
            ("order", '<key id="generator"', '<data key="label">x</data><key id="generator"'),
        ],
        "graph.gexf": [
            ("control", 'label="', 'label="\x01'),
            ("attribute", "<edge ", '<edge colour="red" '),
            ("size", '<viz:size value="', '<viz:size value="-'),
        ],
    }
    bad = 0
    for name, cases in defects.items():
        path = os.path.join(src, name)
        rc, err = validate(path, schemas)
        if rc != 0:
            print(f"FAIL: {path} should validate:\n{err}")
            bad += 1
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for what, old, new in cases:
            if old not in text:
                print(f"FAIL: {name}: cannot inject '{what}' ({old!r} not found)")
                bad += 1
                continue
            broken = os.path.join(work, f"{what}-{name}")
            with open(broken, "w", encoding="utf-8") as f:
                f.write(text.replace(old, new, 1))
            rc, err = validate(broken, schemas)
            if rc == 0:
                print(f"FAIL: {broken} ({what}) was accepted")
                bad += 1
            else:
                print(f"ok: {what} defect in {name} rejected: {err.splitlines()[0] if err else rc}")
    sys.exit(1 if bad else 0)


main()
