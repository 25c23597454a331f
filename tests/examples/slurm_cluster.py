# SPDX-License-Identifier: MIT
"""A single-node Slurm cluster of the test's own: munged, slurmctld and
slurmd on this machine, with a key, a slurm.conf, ports, state and logs in
a temporary directory, started in the foreground as children of the test
(in its process group) and always stopped by it: their process ids, and
the job steps they started, found by the SLURM_CONF they inherited. Each
daemon has start_timeout seconds to come up.

    with SlurmCluster(tmp) as cluster:   # raises Unavailable with the reason
        subprocess.run([...], env=cluster.env)
"""
import os
import shutil
import signal
import socket
import subprocess
import time

SBIN = ["/usr/sbin", "/usr/local/sbin", "/sbin"]


class Unavailable(Exception):
    """Slurm cannot run here; the message says why."""


def which(name):
    path = os.environ.get("PATH", "") + ":" + ":".join(SBIN)
    return shutil.which(name, path=path)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class SlurmCluster:
    NODE = "kabarnode"

    def __init__(self, tmp, start_timeout=20):
        self.dir = os.path.join(tmp, "slurm")
        self.start_timeout = start_timeout
        self.procs = []
        self.conf = os.path.join(self.dir, "slurm.conf")
        self.env = dict(os.environ)
        self.env["SLURM_CONF"] = self.conf
        self.env["PATH"] = os.environ.get("PATH", "") + ":" + ":".join(SBIN)

    def log(self, name):
        try:
            with open(os.path.join(self.dir, name), errors="replace") as f:
                return f.read()[-1500:]
        except OSError:
            return ""

    def _spawn(self, name, argv):
        out = open(os.path.join(self.dir, name + ".out"), "wb")
        # in the test's process group: a ctest timeout that kills the group
        # kills the daemons too
        p = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                             env=self.env)
        out.close()
        self.procs.append((name, p))
        return p

    def __enter__(self):
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc):
        self.stop()
        return False

    def start(self):
        if os.geteuid() != 0:
            raise Unavailable("not root: slurmd must run as root to start jobs")
        tools = {n: which(n) for n in ("munged", "slurmctld", "slurmd", "sbatch", "sinfo",
                                        "scontrol", "scancel")}
        missing = [n for n, p in tools.items() if not p]
        if missing:
            raise Unavailable("no %s (Debian packages slurm-wlm and munge)" % ", ".join(missing))
        os.makedirs(os.path.join(self.dir, "state"))
        os.makedirs(os.path.join(self.dir, "spool"))
        os.chmod(self.dir, 0o700)
        key = os.path.join(self.dir, "munge.key")
        with open(key, "wb") as f:
            f.write(os.urandom(1024))
        os.chmod(key, 0o400)
        sock = os.path.join(self.dir, "munge.socket")
        self._spawn("munged", [tools["munged"], "--foreground", "--force", "--key-file", key,
                               "--socket", sock, "--pid-file", os.path.join(self.dir, "munged.pid"),
                               "--log-file", os.path.join(self.dir, "munged.log"),
                               "--seed-file", os.path.join(self.dir, "munged.seed")])
        self._wait(lambda: os.path.exists(sock), "munged did not start: " +
                   self.log("munged.out") + self.log("munged.log"))
        cpus = max(1, min(os.cpu_count() or 1, 4))
        d = self.dir
        conf = [
            "ClusterName=kabartest",
            "SlurmctldHost=localhost(127.0.0.1)",
            "SlurmctldPort=%d" % free_port(),
            "SlurmdPort=%d" % free_port(),
            "AuthType=auth/munge",
            "CredType=cred/munge",
            "AuthInfo=socket=%s" % sock,
            "SlurmUser=root",
            "SlurmdUser=root",
            "StateSaveLocation=%s/state" % d,
            "SlurmdSpoolDir=%s/spool" % d,
            "SlurmctldPidFile=%s/slurmctld.pid" % d,
            "SlurmdPidFile=%s/slurmd.pid" % d,
            "SlurmctldLogFile=%s/slurmctld.log" % d,
            "SlurmdLogFile=%s/slurmd.log" % d,
            "SlurmctldDebug=info",
            "SlurmdDebug=info",
            "ProctrackType=proctrack/linuxproc",
            "TaskPlugin=task/none",
            "JobAcctGatherType=jobacct_gather/none",
            "AccountingStorageType=accounting_storage/none",
            "JobCompType=jobcomp/none",
            "SchedulerType=sched/builtin",
            "SelectType=select/cons_tres",
            "SelectTypeParameters=CR_CPU",
            "MpiDefault=none",
            "ReturnToService=2",
            "SlurmdParameters=config_overrides",
            "MailProg=/bin/true",
            "TmpFS=%s" % d,
            "SlurmctldTimeout=30",
            "SlurmdTimeout=30",
            "NodeName=%s NodeAddr=127.0.0.1 NodeHostname=localhost CPUs=%d State=UNKNOWN"
            % (self.NODE, cpus),
            "PartitionName=kabar Nodes=%s Default=YES MaxTime=10 State=UP" % self.NODE,
        ]
        with open(self.conf, "w") as f:
            f.write("\n".join(conf) + "\n")
        self._spawn("slurmctld", [tools["slurmctld"], "-D", "-i", "-f", self.conf])
        self._wait(lambda: self._ok(["scontrol", "ping"], "UP"),
                   "slurmctld did not start: " + self.log("slurmctld.out") +
                   self.log("slurmctld.log"))
        self._spawn("slurmd", [tools["slurmd"], "-D", "-N", self.NODE, "-f", self.conf])
        self._wait(lambda: self._ok(["sinfo", "-h", "-N", "-o", "%T"], "idle"),
                   "slurmd did not come up: " + self.log("slurmd.out") + self.log("slurmd.log"))

    def _ok(self, argv, want):
        try:
            r = subprocess.run(argv, env=self.env, capture_output=True, text=True, timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            return False
        return r.returncode == 0 and want in r.stdout

    def _wait(self, ready, why):
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            for name, p in self.procs:
                if p.poll() is not None:
                    raise Unavailable("%s exited (%s): %s" % (name, p.returncode, why))
            if ready():
                return
            time.sleep(0.3)
        raise Unavailable(why)

    def _our_steps(self):
        """Processes (job steps) that inherited our SLURM_CONF, not our daemons."""
        ours = {p.pid for _, p in self.procs}
        mark = ("SLURM_CONF=%s" % self.conf).encode()
        found = []
        for pid in os.listdir("/proc"):
            if not pid.isdigit() or int(pid) in ours or int(pid) == os.getpid():
                continue
            try:
                with open("/proc/%s/environ" % pid, "rb") as f:
                    if mark in f.read().split(b"\0"):
                        found.append(int(pid))
            except OSError:
                pass
        return found

    def stop(self):
        if self.procs and which("scancel"):
            try:
                subprocess.run(["scancel", "--user", "root"], env=self.env, capture_output=True,
                               timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                pass
        for name, p in reversed(self.procs):
            if p.poll() is None:
                p.terminate()
        deadline = time.monotonic() + 10
        for name, p in reversed(self.procs):
            try:
                p.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
        for pid in self._our_steps():
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        self.procs = []
