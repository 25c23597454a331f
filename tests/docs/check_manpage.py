# SPDX-License-Identifier: MIT
"""docs/kabar.1 covers what kabar's own help texts say.

usage: check_manpage.py KABAR MANPAGE

- every command `kabar --help` lists has a COMMANDS entry and an OPTIONS
  subsection (`.SS "kabar COMMAND"`);
- every option that `kabar COMMAND --help` names is in that subsection;
- every output file `kabar export --help` names is under FILES;
- EXIT STATUS has the exit codes the help gives (0 to 4), and ENVIRONMENT
  names KABAR_DATA.
So an option added to a command without its man page entry fails here."""
import re
import subprocess
import sys

OPTION = re.compile(r"(?<![\w.-])(--?[A-Za-z][A-Za-z0-9-]*)")


def plain(roff):
    """The man page's text with escapes for '-' and fonts undone."""
    text = roff.replace("\\-", "-")
    text = re.sub(r"\\f[BIRP]", "", text)
    return text


def sections(text, macro):
    """{title: body} for each `.SH`/`.SS` title (quotes dropped)."""
    out, title = {}, None
    for line in text.split("\n"):
        m = re.match(r"^\.(SH|SS)\s+\"?([^\"]*)\"?\s*$", line)
        if m and m.group(1) == macro:
            title = m.group(2)
            out[title] = []
        elif m and macro == "SS" and m.group(1) == "SH":
            title = None
        elif title is not None:
            out[title].append(line)
    return {k: "\n".join(v) for k, v in out.items()}


def help_text(kabar, *args):
    r = subprocess.run([kabar] + list(args), capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("check_manpage: kabar %s exited %d" % (" ".join(args), r.returncode))
    return r.stdout


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    kabar, manpage = sys.argv[1:]
    with open(manpage, encoding="utf-8") as f:
        text = plain(f.read())
    sh = sections(text, "SH")
    ss = sections(text, "SS")
    missing = []

    top = help_text(kabar, "--help")
    cmds = re.findall(r"^  ([a-z]+)  ", top.split("Commands:", 1)[1], re.M)
    if not cmds:
        missing.append("no commands found in 'kabar --help'")
    for cmd in cmds:
        if not re.search(r"^\.B %s$" % cmd, sh.get("COMMANDS", ""), re.M):
            missing.append("COMMANDS: no entry for %s" % cmd)
        body = ss.get("kabar " + cmd)
        if body is None:
            missing.append("OPTIONS: no subsection 'kabar %s'" % cmd)
            continue
        options = set(OPTION.findall(help_text(kabar, cmd, "--help")))
        for opt in sorted(options):
            if not re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(opt), body):
                missing.append("kabar %s: option %s not in its OPTIONS subsection" % (cmd, opt))
    export_help = help_text(kabar, "export", "--help")
    for name in sorted(set(re.findall(r"\b[a-z]+\.(?:tsv|ttl|graphml|gexf|csv|json)\b",
                                      export_help))):
        if name not in sh.get("FILES", ""):
            missing.append("FILES: %s not described" % name)
    for code in re.findall(r"\b([0-9]) ", top.split("Exit codes:", 1)[1]):
        if not re.search(r"^\.B %s$" % code, sh.get("EXIT STATUS", ""), re.M):
            missing.append("EXIT STATUS: no entry for %s" % code)
    if "KABAR_DATA" not in sh.get("ENVIRONMENT", ""):
        missing.append("ENVIRONMENT: KABAR_DATA not described")

    for m in missing:
        print("missing:", m)
    print("check_manpage: %d commands, %d missing" % (len(cmds), len(missing)))
    return 1 if missing or not cmds else 0


if __name__ == "__main__":
    sys.exit(main())
