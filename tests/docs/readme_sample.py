# SPDX-License-Identifier: MIT
"""The README's sample session is what kabar prints today.

usage: readme_sample.py README KABAR DATA_DIR

Finds the fenced block of README whose first line is `$ build/kabar export`,
and runs each of its `$ ` lines with bash in an empty temporary directory
that holds `build/kabar` (a link to KABAR) and `data` (a link to DATA_DIR),
so the commands run exactly as written. What a command prints (standard
output and standard error together, as a terminal shows them) must be the
lines that follow it in the block, up to the next `$ ` line. The README
aligns columns for reading: a run of two or more spaces there stands for a
tab (values such as `Korea Utara` hold single spaces only)."""
import os
import re
import subprocess
import sys
import tempfile

START = "$ build/kabar export"


def sample_block(readme):
    """The lines of the first fenced block whose first line starts with START."""
    with open(readme, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for i, line in enumerate(lines):
        if re.match(r"^\s*```", line) and i + 1 < len(lines) and lines[i + 1].startswith(START):
            block = []
            for body in lines[i + 1:]:
                if re.match(r"^\s*```", body):
                    return block
                block.append(body)
    return None


def commands(block):
    """[(command, [expected output lines])] in order."""
    out = []
    for line in block:
        if line.startswith("$ "):
            out.append((line[2:], []))
        elif out:
            out[-1][1].append(line)
    return out


def fields_expected(line):
    return re.split(r" {2,}", line.rstrip())


def fields_printed(line):
    return line.rstrip("\n").split("\t")


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    readme, kabar, data = sys.argv[1:]
    block = sample_block(readme)
    if not block:
        print("readme_sample: no fenced block starting with %r in %s" % (START, readme))
        return 1
    cmds = commands(block)
    failures = 0
    env = {k: v for k, v in os.environ.items() if k != "KABAR_DATA"}
    env["LC_ALL"] = "C.UTF-8"
    with tempfile.TemporaryDirectory(prefix="kabar-readme-") as work:
        os.mkdir(os.path.join(work, "build"))
        os.symlink(os.path.abspath(kabar), os.path.join(work, "build", "kabar"))
        os.symlink(os.path.abspath(data), os.path.join(work, "data"))
        for cmd, expected in cmds:
            r = subprocess.run(["bash", "-c", cmd], cwd=work, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
            printed = r.stdout.splitlines()
            ok = r.returncode == 0 and \
                [fields_printed(p) for p in printed] == [fields_expected(e) for e in expected]
            if not ok:
                failures += 1
                print("FAIL: $ %s  (exit %d)" % (cmd, r.returncode))
                print("  README shows:")
                for e in expected:
                    print("    " + e)
                print("  kabar printed (tabs as ' | '):")
                for p in printed:
                    print("    " + " | ".join(fields_printed(p)))
    print("readme_sample: %d commands, %d differ" % (len(cmds), failures))
    return 1 if failures or not cmds else 0


if __name__ == "__main__":
    sys.exit(main())
