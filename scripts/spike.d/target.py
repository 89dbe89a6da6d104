"""The servers under load: `resume-tui serve` with its limits raised on the command line,
and OpenSSH's sshd as the peer, set up by scripts/bench.d/servers.py (not repeated here).
"""
import collections
import os
import re
import shutil
import signal
import subprocess
import sys
import time

sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench.d"))
import servers  # noqa: E402  (scripts/bench.d/servers.py: Sshd, its throwaway account)


def stage_files(binary, fixture, work):
    """Copies the binary and the résumé into `work` (mode 755 / 644): sshd runs them as
    its throwaway account, which may not reach into the checkout; both servers then run
    the very same file."""
    tui = os.path.join(work, "resume-tui")
    shutil.copy2(binary, tui)
    os.chmod(tui, 0o755)
    resume = os.path.join(work, os.path.basename(fixture))
    shutil.copy2(fixture, resume)
    os.chmod(resume, 0o644)
    return tui, resume


class Serve:
    """`resume-tui serve --file RESUME` on 127.0.0.1, a free port, with the limits given."""

    def __init__(self, tui, resume, work, limits):
        self.work = work
        self.argv = [tui, "serve", "--host", "127.0.0.1", "--port", "0",
                     "--host-key", os.path.join(work, "serve_host_ed25519"), "--file", resume]
        for flag, value in limits.items():
            self.argv += [f"--{flag}", str(value)]
        self.log_path = os.path.join(work, "serve.log")
        self.out_path = os.path.join(work, "serve.out")
        self.proc = None
        self.port = None
        self.started_line = ""
        self.status = None

    def start(self, timeout=20):
        # stdout to a file, not a pipe: a pipe nobody drains would stall the server the
        # day it prints more than 64 KiB there.
        with open(self.log_path, "w") as log, open(self.out_path, "w") as out:
            self.proc = subprocess.Popen(self.argv, stdout=out, stderr=log, stdin=subprocess.DEVNULL,
                                         env=servers.ENV)
        deadline = time.time() + timeout
        while time.time() < deadline and self.proc.poll() is None:
            text = self.stdout()
            m = re.search(r"listening on 127\.0\.0\.1:(\d+)", text)
            if m:
                self.port = int(m.group(1))
                self.started_line = " ".join(l for l in text.splitlines() if l.startswith("open files"))
                return self
            time.sleep(0.05)
        raise RuntimeError(f"resume-tui serve did not start: {self.stdout()[-300:]} {self.log()[-300:]}")

    @property
    def pid(self):
        return self.proc.pid

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def stdout(self):
        with open(self.out_path, errors="replace") as f:
            return f.read()

    def log(self):
        with open(self.log_path, errors="replace") as f:
            return f.read()

    def backlog(self):
        """The listener's accept queue length (Send-Q of a listening socket in `ss`): when
        it is full, the kernel drops new connections' SYNs and clients retry after 1 s, 3 s..."""
        try:
            out = subprocess.run(["ss", "-ltnH", f"sport = :{self.port}"], capture_output=True, text=True,
                                 timeout=5).stdout.split()
            return int(out[2])
        except (OSError, subprocess.SubprocessError, IndexError, ValueError):
            return None

    def stop(self, timeout=30):
        """SIGTERM, as systemd stops it; returns its exit status (None: had to be killed)."""
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
                self.status = None
                return None
        self.status = self.proc.returncode
        return self.status


def read_log(text):
    """What the server's log says about the run: refusals by reason, how sessions ended,
    warnings and errors, and its own count at `server stopped`."""
    refused = collections.Counter()
    ended = collections.Counter()
    levels = collections.Counter()
    problems = []
    stopped = None
    for line in text.splitlines():
        m = re.match(r"\S+ (trace|debug|info|notice|warning|error|critical) ", line)
        level = m.group(1) if m else "other"
        levels[level] += 1
        if "connection refused:" in line:
            refused[line.split("connection refused:", 1)[1].strip()] += 1
        elif "over the per-address limit" in line:
            refused["busy: over the per-address limit"] += 1
        elif "negotiation failed" in line:
            refused["negotiation failed"] += 1
        if "session end" in line:
            m = re.search(r"ended=(.*?) (?:[a-z_]+=|\[)", line)
            ended[m.group(1) if m else "?"] += 1
        if "server stopped" in line:
            m = re.search(r'refused="?([^"\[]*)"?', line)
            stopped = m.group(1).strip() if m else line
        if level in ("warning", "error", "critical") or level == "other" and line.strip():
            problems.append(line[:200])
    return {"refused": dict(refused), "ended": dict(ended), "levels": dict(levels),
            "problems": problems, "stopped": stopped}


class Peer(servers.Sshd):
    """sshd with `ForceCommand resume-tui --file RESUME`: the same program, the same
    résumé, started by OpenSSH per session (fork, privilege separation, login)."""

    def __init__(self, tui, resume, work):
        # servers.Sshd writes `ForceCommand {tui}` into its config: the résumé's path
        # rides along as the command's argument.
        super().__init__(f"{tui} --file {resume}", work)
        self.username = servers.USER

    def log(self):
        try:
            with open(os.path.join(self.work, "sshd.log"), errors="replace") as f:
                return f.read()
        except OSError:
            return ""
