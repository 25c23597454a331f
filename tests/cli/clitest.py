# SPDX-License-Identifier: MIT
"""Helpers shared by the command-line tests: run kabar, compare its exit
code, stderr and stdout with what a table row expects, and check that a
failed export left nothing behind (no output directory, no staging
directory OUT.tmp-XXXXXX)."""
import os
import re
import resource
import shutil
import signal
import subprocess

failures = 0
skipped = 0
passed = 0

# Capabilities that let root read and write regardless of permissions.
DAC_CAPS = "-dac_override,-dac_read_search"


def as_unprivileged_prefix():
    """A command prefix under which file permissions apply, or None.

    As root, chmod 000 stops nothing; setpriv (util-linux) drops the two
    capabilities that bypass permission checks, which makes root's own
    mode bits count again. None when that does not work here."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if not setpriv:
        return None
    prefix = [setpriv, "--inh-caps=" + DAC_CAPS, "--bounding-set=" + DAC_CAPS]
    r = subprocess.run(prefix + ["true"], capture_output=True)
    return prefix if r.returncode == 0 else None


def fsize_limit(nbytes):
    """preexec_fn: files may grow to nbytes; a longer write fails with EFBIG
    (SIGXFSZ ignored) as on a full disk."""
    def apply():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (nbytes, nbytes))
    return apply


def run(argv, stdin=None, stdout=subprocess.PIPE, preexec_fn=None, cwd=None, env=None,
        timeout=120):
    """Runs argv; env adds to (not replaces) the environment. stdin: bytes
    fed through a pipe, or None for /dev/null (a command with no INPUT
    reads a pipe, and the bundled corpus only when stdin is no pipe)."""
    full_env = None
    if env:
        full_env = dict(os.environ)
        full_env.update(env)
    feed = {"input": stdin} if stdin is not None else {"stdin": subprocess.DEVNULL}
    r = subprocess.run(argv, **feed, stdout=stdout, stderr=subprocess.PIPE,
                       preexec_fn=preexec_fn, cwd=cwd, env=full_env, timeout=timeout)
    out = r.stdout.decode("utf-8", "replace") if r.stdout is not None else ""
    return r.returncode, out, r.stderr.decode("utf-8", "replace")


def leftovers(parent, before=()):
    """Entries of `parent` that were not there before: what a failed run left."""
    return sorted(set(os.listdir(parent)) - set(before))


def staging_dirs(parent):
    return sorted(e for e in os.listdir(parent) if ".tmp-" in e)


def report(name, problems, code=None, out="", err=""):
    global failures, passed
    if problems:
        failures += 1
        print("FAIL %s: %s" % (name, "; ".join(problems)))
        if code is not None:
            print("  exit: %s\n  stdout: %.600s\n  stderr: %.1500s" % (code, out, err))
    else:
        passed += 1
        print("ok   %s" % name)


def skip(name, why):
    global skipped
    skipped += 1
    print("SKIP %s: %s" % (name, why))


def expect(code, out, err, want_code, err_re=None, out_re=None, one_line=False,
           err_empty=False):
    """The problems with one run, as a list of strings (empty: all good)."""
    problems = []
    if code != want_code:
        problems.append("exit %s, want %d" % (code, want_code))
    if err_re is not None and not re.search(err_re, err, re.S):
        problems.append("stderr does not match /%s/" % err_re)
    if out_re is not None and not re.search(out_re, out, re.S):
        problems.append("stdout does not match /%s/" % out_re)
    if one_line and (err.count("\n") != 1 or not err.endswith("\n")):
        problems.append("stderr is not exactly one line (%d lines)" % err.count("\n"))
    if err_empty and err:
        problems.append("stderr not empty")
    return problems


def summary():
    """Prints the closing line ctest logs show and returns the exit status."""
    print("%d passed, %d failed, %d skipped" % (passed, failures, skipped))
    return 1 if failures else 0
