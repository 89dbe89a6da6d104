"""The two SSH servers compared, on loopback only, and the PSS of a process tree."""
import os
import pwd
import re
import signal
import socket
import subprocess
import time

from ptyterm import ENV

USER = "resumebench"  # the account sshd logs in with an empty password; resume-tui serve ignores it


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port, timeout=10):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.05)
    return False


class _Server:
    def __exit__(self, *exc):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)

    @property
    def pid(self):
        return self.proc.pid


class ResumeServe(_Server):
    """`resume-tui serve` on 127.0.0.1, port 0, limits raised so the benchmark is not refused."""

    def __init__(self, tui, work):
        self.argv = [tui, "serve", "--host", "127.0.0.1", "--port", "0",
                     "--host-key", os.path.join(work, "resume_host_ed25519"),
                     # sshd gets MaxStartups 1000 below; the same here, and no per-address
                     # rate limit: every client of the benchmark is 127.0.0.1.
                     "--max-sessions", "1000", "--max-per-address", "1000",
                     "--max-startups", "1000", "--max-rate-per-address", "1000000"]
        self.log = open(os.path.join(work, "resume-serve.log"), "w")

    def __enter__(self):
        self.proc = subprocess.Popen(self.argv, stdout=subprocess.PIPE, stderr=self.log, env=ENV, text=True)
        deadline = time.time() + 20
        self.port = None
        while time.time() < deadline and self.port is None:
            line = self.proc.stdout.readline()
            if not line:
                break
            m = re.match(r"listening on 127\.0\.0\.1:(\d+)", line)
            if m:
                self.port = int(m.group(1))
        if self.port is None:
            raise RuntimeError("resume-tui serve did not print its port; see resume-serve.log")
        return self


class Sshd(_Server):
    """OpenSSH's sshd in the foreground on a free loopback port, with a throwaway config:
    `none` authentication for a user with an empty password, ForceCommand resume-tui."""

    def __init__(self, tui, work):
        self.port = free_port()
        self.work = work
        key = os.path.join(work, "sshd_host_ed25519")
        if not os.path.exists(key):
            subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key], check=True)
        self.created_user = ensure_user()
        os.makedirs("/run/sshd", exist_ok=True)  # privilege separation directory
        self.config = os.path.join(work, "sshd_config")
        with open(self.config, "w") as f:
            f.write(f"""ListenAddress 127.0.0.1
HostKey {key}
PidFile {work}/sshd.pid
UsePAM no
PasswordAuthentication yes
PermitEmptyPasswords yes
PubkeyAuthentication no
KbdInteractiveAuthentication no
AllowUsers {USER}
ForceCommand {tui}
SetEnv LANG=C.UTF-8
DisableForwarding yes
PermitTTY yes
UseDNS no
PrintMotd no
PrintLastLog no
StrictModes no
MaxStartups 1000
LogLevel ERROR
""")

    def __enter__(self):
        subprocess.run(["/usr/sbin/sshd", "-t", "-f", self.config], check=True)
        self.proc = subprocess.Popen(["/usr/sbin/sshd", "-D", "-f", self.config, "-p", str(self.port),
                                      "-E", os.path.join(self.work, "sshd.log")], env=ENV)
        if not wait_port(self.port):
            raise RuntimeError("sshd did not listen; see sshd.log")
        return self

    def __exit__(self, *exc):
        super().__exit__(*exc)
        # An account with an empty password must not outlive the run.
        if self.created_user:
            subprocess.run(["userdel", USER], capture_output=True)
        else:
            subprocess.run(["passwd", "-l", USER], capture_output=True)


def ensure_user():
    """A throwaway local account with an empty password (sshd needs a real user); True if
    created here. Removed (or locked, if it was there before) when sshd stops."""
    created = False
    try:
        pwd.getpwnam(USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--home-dir", "/",
                        "--shell", "/bin/sh", USER], check=True)
        created = True
    subprocess.run(["passwd", "-d", USER], check=True, capture_output=True)
    return created


# MARK: - Memory

def proc_stats():
    """(pid, the text of /proc/PID/stat) for every process now; gone ones are skipped."""
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                yield int(entry), f.read()
        except OSError:
            continue


def _children():
    kids = {}
    for pid, stat in proc_stats():
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        kids.setdefault(ppid, []).append(pid)
    return kids


def tree_pss_kib(pid, with_count=False):
    """Summed PSS (KiB) of `pid` and every descendant, from /proc/PID/smaps_rollup."""
    kids = _children()
    todo, total, count = [pid], 0, 0
    while todo:
        p = todo.pop()
        todo += kids.get(p, [])
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                m = re.search(r"^Pss:\s+(\d+) kB", f.read(), re.M)
        except OSError:
            continue
        if m:
            total += int(m.group(1))
            count += 1
    return (total, count) if with_count else total
