# SPDX-License-Identifier: MIT
"""cmake --install, then the installed tree used as a user would use it.

usage: check_install.py CMAKE BUILD_DIR KABAR SOURCE_DIR LIBDIR CC [CFLAG...]

1. installs BUILD_DIR into a temporary prefix and checks that every file
   the install promises is there: bin/kabar, the data directory with
   every file of SOURCE_DIR/data/ byte for byte, the ontology, the man
   page, every public header, the library and libkabar.pc;
2. moves the tree elsewhere (nothing may depend on the prefix it was
   installed to) and runs the installed kabar from another working
   directory with KABAR_DATA unset: it must export the bundled corpus,
   the same bytes as the build's KABAR on the source tree's corpus;
3. checks that the data really comes from the installed tree: without
   its boilerplate.tsv the export fails naming that file, and
   KABAR_DATA and --data still override it;
4. compiles use_library.c against the installed headers and library with
   the flags `pkg-config --static --cflags --libs libkabar` gives, runs it
   on the installed data directory (`pkg-config --variable=datadir`) and
   compares its facts with the four the contract gives for its text.

CFLAGs (the sanitizer build's -fsanitize=...) are added to the compile."""
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

# What use_library.c's two sentences state, by docs/EXTRACTION.md, checked
# by hand: "Menteri Luar Negeri Rusia Sergei Lavrov mengunjungi Korea Utara
# ..." gives the minister's office (title with the state) and his visit;
# "Amerika Serikat menuduh Korea Utara mengirim senjata ke Rusia" gives the
# accusation (asserted) and the arms transfer it claims (alleged). The
# lexicon's label for Lavrov is "Sergey Lavrov".
EXPECTED_FACTS = sorted([
    "Sergey Lavrov\tofficialOf\tRusia\tasserted",
    "Sergey Lavrov\tvisited\tKorea Utara\tasserted",
    "Amerika Serikat\taccused\tKorea Utara\tasserted",
    "Korea Utara\tsuppliedArmsTo\tRusia\talleged",
])

failures = 0


def check(ok, what):
    global failures
    if not ok:
        failures += 1
        print("FAIL:", what)
    return ok


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def files_under(root):
    out = []
    for d, _, names in os.walk(root):
        out += [os.path.relpath(os.path.join(d, n), root) for n in names]
    return sorted(out)


def rows(path):
    with open(path, encoding="utf-8") as f:
        return len(f.read().splitlines()) - 1  # minus the header


def check_tree(prefix, src, libdir):
    share = os.path.join(prefix, "share", "kabar")
    expected = ["bin/kabar", "share/man/man1/kabar.1", libdir + "/libkabar.a",
                libdir + "/pkgconfig/libkabar.pc"]
    for rel in expected:
        check(os.path.isfile(os.path.join(prefix, rel)), "installed %s" % rel)
    check(os.access(os.path.join(prefix, "bin/kabar"), os.X_OK), "bin/kabar is executable")
    for h in os.listdir(os.path.join(src, "include", "kabar")):
        if h.endswith(".h"):
            check(filecmp.cmp(os.path.join(src, "include", "kabar", h),
                              os.path.join(prefix, "include", "kabar", h), shallow=False)
                  if os.path.isfile(os.path.join(prefix, "include", "kabar", h)) else False,
                  "installed header include/kabar/%s" % h)
    for sub, dest in (("data", share), ("ontology", os.path.join(share, "ontology"))):
        names = files_under(os.path.join(src, sub))
        check(len(names) > 0, "%s/ has files" % sub)
        for rel in names:
            inst = os.path.join(dest, rel)
            check(os.path.isfile(inst) and
                  filecmp.cmp(os.path.join(src, sub, rel), inst, shallow=False),
                  "%s/%s installed unchanged under %s" % (sub, rel, os.path.relpath(dest, prefix)))
    corpus = [n for n in os.listdir(os.path.join(share, "corpus")) if n.endswith(".txt")] \
        if os.path.isdir(os.path.join(share, "corpus")) else []
    check(len(corpus) == 5, "the five bundled articles in share/kabar/corpus (found %d)"
          % len(corpus))


def check_export(prefix, build_kabar, src, work):
    env = {k: v for k, v in os.environ.items() if k != "KABAR_DATA"}
    cwd = os.path.join(work, "elsewhere")
    os.mkdir(cwd)
    out = os.path.join(work, "out")
    kabar = os.path.join(prefix, "bin", "kabar")
    r = run([kabar, "export", "-q", "-o", out], cwd=cwd, env=env)
    if not check(r.returncode == 0, "installed kabar export: exit %d, %s"
                 % (r.returncode, r.stderr.strip())):
        return
    check(r.stderr == "" and r.stdout == "", "export -q prints nothing")
    for name in ("entities.tsv", "facts.tsv"):
        n = rows(os.path.join(out, name))
        check(n > 0, "%s has rows (%d)" % (name, n))
    # The same bytes as the build tree's kabar on the source tree's corpus:
    # the installed data is the whole data directory.
    ref = os.path.join(work, "ref")
    r = run([build_kabar, "export", "-q", "--data",
             os.path.join(src, "data"), "-o", ref, os.path.join(src, "data", "corpus")], env=env)
    check(r.returncode == 0, "build kabar export: %s" % r.stderr.strip())
    for name in ("entities.tsv", "facts.tsv", "mentions.tsv"):
        check(filecmp.cmp(os.path.join(out, name), os.path.join(ref, name), shallow=False),
              "installed and build kabar write the same %s" % name)

    # Without the installed boilerplate.tsv the export must fail naming it:
    # proof that the installed data, not the source tree's, was read.
    share = os.path.join(prefix, "share", "kabar")
    bp = os.path.join(share, "boilerplate.tsv")
    os.rename(bp, bp + ".away")
    r = run([kabar, "export", "-q", "-o", os.path.join(work, "out-nobp")], cwd=cwd, env=env)
    check(r.returncode == 1 and bp in r.stderr,
          "installed kabar without share/kabar/boilerplate.tsv: exit %d, %r"
          % (r.returncode, r.stderr))
    os.rename(bp + ".away", bp)
    # KABAR_DATA, then --data, win over the installed directory.
    bogus = os.path.join(work, "no-such-data")
    r = run([kabar, "export", "-q", "-o", os.path.join(work, "out-env")], cwd=cwd,
            env=dict(env, KABAR_DATA=bogus))
    check(r.returncode == 1 and bogus in r.stderr,
          "KABAR_DATA overrides the installed data: exit %d, %r" % (r.returncode, r.stderr))
    r = run([kabar, "export", "-q", "--data", share, "-o", os.path.join(work, "out-opt")],
            cwd=cwd, env=dict(env, KABAR_DATA=bogus))
    check(r.returncode == 0, "--data overrides KABAR_DATA: exit %d, %r"
          % (r.returncode, r.stderr))


def check_library(prefix, src, libdir, cc, cflags, work):
    env = dict(os.environ, PKG_CONFIG_PATH=os.path.join(prefix, libdir, "pkgconfig"))
    env.pop("KABAR_DATA", None)

    def pkg(*args):
        r = run(["pkg-config"] + list(args) + ["libkabar"], env=env)
        check(r.returncode == 0, "pkg-config %s libkabar: %s" % (" ".join(args), r.stderr.strip()))
        return r.stdout.split()

    comp = pkg("--cflags")
    libs = pkg("--static", "--libs")
    data = " ".join(pkg("--variable=datadir"))
    check(os.path.realpath(data) == os.path.realpath(os.path.join(prefix, "share", "kabar")),
          "pkg-config datadir is the installed data directory (%s)" % data)
    # Only the installed headers: no -I into the source tree.
    check(not any(os.path.realpath(a[2:]).startswith(os.path.realpath(src) + os.sep)
                  for a in comp if a.startswith("-I")),
          "no include path into the source tree: %s" % " ".join(comp))
    prog = os.path.join(work, "use_library")
    r = run([cc, "-std=c11", "-Wall", "-Wextra", "-pedantic", "-Werror"] + cflags + comp +
            [os.path.join(HERE, "use_library.c"), "-o", prog] + libs, env=env)
    if not check(r.returncode == 0, "compiling use_library.c against the installed library:\n"
                 + r.stderr):
        return
    r = run([prog, data], env=env, cwd=work)
    if not check(r.returncode == 0, "use_library: exit %d, %s" % (r.returncode, r.stderr)):
        return
    lines = r.stdout.splitlines()
    check(lines[:1] == ["facts %d" % len(EXPECTED_FACTS)],
          "use_library prints 'facts %d' first: %r" % (len(EXPECTED_FACTS), lines[:1]))
    check(sorted(lines[1:]) == EXPECTED_FACTS,
          "use_library's facts:\n  got      %r\n  expected %r" % (sorted(lines[1:]),
                                                                EXPECTED_FACTS))


def main():
    if len(sys.argv) < 7:
        sys.exit(__doc__)
    cmake, build_dir, build_kabar, src, libdir, cc = sys.argv[1:7]
    cflags = sys.argv[7:]
    if os.path.isabs(libdir):
        sys.exit("check_install: an absolute CMAKE_INSTALL_LIBDIR cannot be installed "
                 "under a temporary prefix")
    with tempfile.TemporaryDirectory(prefix="kabar-install-") as work:
        first = os.path.join(work, "first-prefix")
        r = run([cmake, "--install", build_dir, "--prefix", first])
        if not check(r.returncode == 0, "cmake --install: " + r.stdout + r.stderr):
            sys.exit(1)
        # Relocated: nothing may remember the prefix it was installed to.
        prefix = os.path.join(work, "moved", "prefix")
        os.makedirs(os.path.dirname(prefix))
        shutil.move(first, prefix)
        check_tree(prefix, src, libdir)
        check_export(prefix, build_kabar, src, work)
        check_library(prefix, src, libdir, cc, cflags, work)
    if failures:
        print("check_install: %d failure(s)" % failures)
        sys.exit(1)
    print("check_install: ok")


if __name__ == "__main__":
    main()
