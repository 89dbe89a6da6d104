#!/usr/bin/env python3
"""Two `resume-tui serve` instances behind a real HAProxy, on loopback only.

The HAProxy configuration is deploy/haproxy.cfg itself, with its ports, paths and
privilege lines rewritten, and each instance runs the command line of
deploy/resume-tui@.service, so what runs here is what the README tells an owner to
install. Visitors come from distinct 127.0.0.0/8 addresses (`ssh -b`) so that each one's
`session start` line in an instance's log says which instance it landed on; with PROXY
v2 the address logged is the visitor's. Every wait has a bound and waits for a log line
or a stats field. Standard library only. Exit status 1 if any check failed.
"""
import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

ROWS = []
SESSION_START = re.compile(r"address=(\S+) .*\] session start$")
SESSION_END = re.compile(r"address=(\S+) .*\] session end$")


def check(name, figure, ok):
    ROWS.append((name, str(figure), "ok" if ok else "FAIL"))
    print(f"  [{'ok' if ok else 'FAIL'}] {name}: {figure}", flush=True)


def eventually(seconds, probe, step=0.05):
    """probe() until it returns something truthy or `seconds` pass; its last value."""
    deadline = time.monotonic() + seconds
    while True:
        value = probe()
        if value or time.monotonic() >= deadline:
            return value
        time.sleep(step)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --------------------------------------------------------------------------- pieces

class Instance:
    """One instance, started with the ExecStart line of deploy/resume-tui@.service (the
    unit's %i is its port, %S this run's folder), logging to a file."""

    def __init__(self, name, binary, port, unit, directory):
        self.name, self.port = name, port
        self.log_path = os.path.join(directory, f"{name}.log")
        with open(unit) as f:
            words = next(line for line in f if line.startswith("ExecStart=")).split()
        if words[0] != "ExecStart=/usr/local/bin/resume-tui" or words[1] != "serve":
            raise RuntimeError(f"{unit}: ExecStart no longer runs /usr/local/bin/resume-tui serve")
        state = os.path.join(directory, "state")
        arguments = [w.replace("%i", str(port)).replace("%S", state) for w in words[2:]]
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen([binary, "serve", *arguments], stdout=log, stderr=subprocess.STDOUT,
                                            env={**os.environ, "LANG": "C.UTF-8"})
        eventually(30, lambda: "listening on" in self.log or self.process.poll() is not None)
        if "listening on" not in self.log or self.process.poll() is not None:
            self.process.kill()
            raise RuntimeError(f"{name} did not start: {self.log[-300:]}")

    @property
    def log(self):
        with open(self.log_path, encoding="utf-8", errors="replace") as f:
            return f.read()

    def fingerprint(self):
        found = re.search(r"SHA256:\S+", self.log)
        return found.group(0) if found else None

    def sessions(self):
        """Addresses of the session start lines, in order."""
        return [m.group(1) for m in map(SESSION_START.search, self.log.splitlines()) if m]

    def ended(self):
        """Addresses of the session end lines, in order."""
        return [m.group(1) for m in map(SESSION_END.search, self.log.splitlines()) if m]


class HAProxy:
    """HAProxy running deploy/haproxy.cfg with loopback ports and a private stats socket."""

    def __init__(self, deploy_config, front, ports, directory):
        self.socket_path = os.path.join(directory, "admin.sock")
        self.log_path = os.path.join(directory, "haproxy.log")
        config = os.path.join(directory, "haproxy.cfg")
        with open(deploy_config) as f:
            text = f.read()
        with open(config, "w") as f:
            f.write(rewrite(text, front, ports, self.socket_path))
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(["haproxy", "-db", "-f", config], stdout=log, stderr=subprocess.STDOUT)

    def stats(self):
        """`show stat` as {(proxy, server): {field: value}}; empty while the socket is not up."""
        try:
            with socket.socket(socket.AF_UNIX) as s:
                s.settimeout(5)
                s.connect(self.socket_path)
                s.sendall(b"show stat\n")
                data = b""
                while chunk := s.recv(65536):
                    data += chunk
        except OSError:
            return {}
        lines = data.decode().splitlines()
        if not lines or not lines[0].startswith("# "):
            return {}
        header = lines[0][2:].split(",")
        rows = {}
        for line in lines[1:]:
            if line:
                row = dict(zip(header, line.split(",")))
                rows[(row["pxname"], row["svname"])] = row
        return rows

    def field(self, server, name):
        proxy = "ssh_public" if server == "FRONTEND" else "resume_tui"
        return self.stats().get((proxy, server), {}).get(name)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()


def rewrite(text, front, ports, socket_path):
    """deploy/haproxy.cfg for this run. Each rule must match, so a config that changed
    shape fails loudly here instead of silently testing something else."""
    rules = [
        (r"(?m)^    bind :2222$", f"    bind 127.0.0.1:{front}"),
        (r"127\.0\.0\.1:2301\b", f"127.0.0.1:{ports[0]}"),
        (r"127\.0\.0\.1:2302\b", f"127.0.0.1:{ports[1]}"),
        (r"stats socket /run/haproxy/admin\.sock mode 660", f"stats socket {socket_path} mode 600"),
        # Root-only in deployment: a log socket, a chroot, dropping to the haproxy user.
        (r"(?m)^    log /dev/log local0$", "    log stderr format raw local0"),
        (r"(?m)^    (chroot|user|group) .*\n", ""),
    ]
    for pattern, replacement in rules:
        text, count = re.subn(pattern, replacement, text)
        if count == 0:
            raise RuntimeError(f"deploy/haproxy.cfg no longer has {pattern!r}")
    return text


class Visitor:
    """`ssh -tt` from its own loopback address that stays in the résumé until closed.
    StrictHostKeyChecking=yes with the known_hosts of the first scan: it only gets a
    session if the instance it reached showed that same host key."""

    def __init__(self, address, front, known_hosts, directory):
        self.address = address
        self.err_path = os.path.join(directory, f"ssh-{address}.err")
        with open(self.err_path, "wb") as err:
            self.process = subprocess.Popen(
                ["ssh", "-tt", "-F", "/dev/null", "-b", address, "-p", str(front),
                 "-o", "BatchMode=yes", "-o", "ConnectTimeout=10", "-o", "StrictHostKeyChecking=yes",
                 "-o", f"UserKnownHostsFile={known_hosts}", "-o", "GlobalKnownHostsFile=/dev/null",
                 "-o", "LogLevel=ERROR", "127.0.0.1"],
                stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=err,
                env={**os.environ, "TERM": "xterm-256color"})

    def alive(self):
        return self.process.poll() is None

    def error(self):
        with open(self.err_path, errors="replace") as f:
            return f.read().strip().replace("\n", " ")[-120:]

    def close(self):
        if self.alive():
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()


def scan(front):
    """One ssh-keyscan through HAProxy: (known_hosts line, fingerprint) or (None, None)."""
    result = subprocess.run(["ssh-keyscan", "-T", "10", "-t", "ed25519", "-p", str(front), "127.0.0.1"],
                            capture_output=True, text=True, timeout=20)
    line = result.stdout.strip()
    if not line:
        return None, None
    printed = subprocess.run(["ssh-keygen", "-l", "-f", "-"], input=line + "\n",
                             capture_output=True, text=True, timeout=10)
    found = re.search(r"SHA256:\S+", printed.stdout)
    return line, (found.group(0) if found else None)


def wait_placed(instances, addresses, seconds=30):
    """{address: instance name} once every address has a session start line (or the
    time is up): which instance each visitor landed on."""
    def placed():
        return {a: i.name for i in instances for a in i.sessions() if a in addresses}
    eventually(seconds, lambda: len(placed()) == len(addresses))
    return placed()


def try_connect(address, front):
    """A bare TCP connection from `address`: True if an SSH version line came back
    (admitted), False if HAProxy closed it first (refused)."""
    with socket.socket() as s:
        s.settimeout(5)
        try:
            s.bind((address, 0))
            s.connect(("127.0.0.1", front))
            return s.recv(64).startswith(b"SSH-2.0-")
        except OSError:
            return False


# --------------------------------------------------------------------------- the run

def run(args, directory):
    binary = os.path.join(directory, "resume-tui")
    # A private copy: other work may rebuild .build while this runs, and each session
    # re-executes the server's own file.
    shutil.copy2(args.binary, binary)
    ports = [free_port(), free_port()]
    front = free_port()
    instances, visitors, proxy = [], [], None
    try:
        # Both read %S/resume-tui/host_ed25519: the first creates it, the second only reads.
        for name, port in zip(("s1", "s2"), ports):
            instances.append(Instance(name, binary, port, args.unit, directory))
        s1, s2 = instances
        proxy = HAProxy(args.config, front, ports, directory)
        both_up = eventually(20, lambda: all(proxy.field(s, "status") == "UP" for s in ("s1", "s2")))
        check("HAProxy health checks: s1 and s2 UP",
              " / ".join(f"{proxy.field(s, 'status')} {proxy.field(s, 'check_status')}" for s in ("s1", "s2")),
              bool(both_up))
        check("both instances print one fingerprint", f"{s1.fingerprint()} / {s2.fingerprint()}",
              s1.fingerprint() is not None and s1.fingerprint() == s2.fingerprint())

        # 1. several visitors, spread over both instances, one fingerprint.
        known_hosts = os.path.join(directory, "known_hosts")
        scans = [scan(front) for _ in range(6)]
        line, fingerprint = scans[0]
        with open(known_hosts, "w") as f:
            f.write((line or "") + "\n")
        check("6 ssh-keyscans through HAProxy: one fingerprint", f"{len({s[1] for s in scans})} distinct: {fingerprint}",
              fingerprint == s1.fingerprint() and all(s[1] == fingerprint for s in scans))
        first = [f"127.0.0.{10 + i}" for i in range(6)]
        visitors += [Visitor(a, front, known_hosts, directory) for a in first]
        where = wait_placed(instances, first)
        spread = {i.name: sum(1 for n in where.values() if n == i.name) for i in instances}
        check("6 visitors (StrictHostKeyChecking=yes) in, per instance", f"{len(where)}/6 in, {spread}",
              len(where) == 6 and all(spread.values()))

        # 3. the per-address limit holds across instances (both instances must be up).
        crowd = [Visitor("127.0.0.20", front, known_hosts, directory) for _ in range(4)]
        visitors += crowd
        eventually(30, lambda: sum(i.sessions().count("127.0.0.20") for i in instances) == 4)
        per = {i.name: i.sessions().count("127.0.0.20") for i in instances}
        check("4 at once from 127.0.0.20 get in, per instance", per,
              sum(per.values()) == 4 and all(n < 4 for n in per.values()))
        denied = int(proxy.field("FRONTEND", "dcon") or 0)
        fifth = Visitor("127.0.0.20", front, known_hosts, directory)
        visitors.append(fifth)
        gone = eventually(15, lambda: not fifth.alive())
        denied_now = eventually(5, lambda: (lambda d: d if d > denied else None)(
            int(proxy.field("FRONTEND", "dcon") or 0))) or denied
        more = sum(i.sessions().count("127.0.0.20") for i in instances)
        check("the 5th from 127.0.0.20 refused by HAProxy (each instance had room)",
              f"exit {fifth.process.returncode}, denied +{denied_now - denied}, sessions {more}: {fifth.error()}",
              bool(gone) and denied_now == denied + 1 and more == 4)
        for visitor in crowd:
            visitor.close()
        eventually(15, lambda: sum(i.ended().count("127.0.0.20") for i in instances) == 4)

        # The rate, too: bare connections from one address, one after the other.
        started = time.monotonic()
        outcomes = [try_connect("127.0.0.21", front) for _ in range(20)]
        took = time.monotonic() - started
        refused_by_instances = sum(i.log.count("connection refused: too many connections per second")
                                   for i in instances)
        check("20 connections in a row from 127.0.0.21: admitted (limit 10/s over both)",
              f"{sum(outcomes)} admitted, {outcomes.count(False)} refused by HAProxy in {took:.2f} s, "
              f"{refused_by_instances} by the instances",
              10 <= sum(outcomes) <= 11 and refused_by_instances == 0)

        # 2. kill one instance mid-run.
        victim, survivor = s2, s1
        on_victim = [v for v in visitors if v.alive() and v.address in first and where.get(v.address) == victim.name]
        on_survivor = [v for v in visitors if v.alive() and v.address in first and where.get(v.address) == survivor.name]
        killed_at = time.monotonic()
        victim.process.send_signal(signal.SIGKILL)
        victim.process.wait(10)
        dropped = eventually(20, lambda: not any(v.alive() for v in on_victim))
        check(f"SIGKILL {victim.name}: its visitors disconnected",
              f"{sum(not v.alive() for v in on_victim)}/{len(on_victim)} in {time.monotonic() - killed_at:.2f} s",
              bool(dropped) and len(on_victim) > 0)
        check(f"{survivor.name}'s visitors still in", f"{sum(v.alive() for v in on_survivor)}/{len(on_survivor)}",
              len(on_survivor) > 0 and all(v.alive() for v in on_survivor))
        # Before the checks catch up, leastconn sees a dead instance with no sessions
        # left and sends the next visitor there: retries and redispatch carry it over.
        status_then = proxy.field(victim.name, "status")
        early = Visitor("127.0.0.29", front, known_hosts, directory)
        visitors.append(early)
        down = eventually(20, lambda: proxy.field(victim.name, "status") == "DOWN")
        check(f"HAProxy marks {victim.name} DOWN (stats socket)",
              f"{time.monotonic() - killed_at:.2f} s after the kill" if down else proxy.field(victim.name, "status"),
              status_then == "UP" and bool(down))
        early_in = wait_placed(instances, ["127.0.0.29"], 20)
        check(f"a visitor arriving while {victim.name} was still {status_then} gets in",
              f"on {early_in.get('127.0.0.29', 'none')}; backend retries {proxy.field('BACKEND', 'wretr')}, "
              f"redispatches {proxy.field('BACKEND', 'wredis')}",
              early_in.get("127.0.0.29") == survivor.name and early.alive())
        after = [f"127.0.0.{30 + i}" for i in range(4)]
        visitors += [Visitor(a, front, known_hosts, directory) for a in after]
        landed = wait_placed(instances, after)
        check(f"4 new visitors (StrictHostKeyChecking=yes) all on {survivor.name}",
              f"{sum(1 for n in landed.values() if n == survivor.name)}/4",
              len(landed) == 4 and all(n == survivor.name for n in landed.values()))
        later = [scan(front)[1] for _ in range(3)]
        check("3 ssh-keyscans after the kill: same fingerprint", f"{len(set(later))} distinct: {later[0]}",
              fingerprint is not None and all(f == fingerprint for f in later))
    finally:
        for visitor in visitors:
            visitor.close()
        if proxy:
            proxy.stop()
        for instance in instances:
            if instance.process.poll() is None:
                instance.process.terminate()
                try:
                    instance.process.wait(10)
                except subprocess.TimeoutExpired:
                    instance.process.kill()
    # The killed instance's session processes lose their pty master and end on SIGHUP;
    # any still running the private copy now would be a leak.
    eventually(10, lambda: not sessions_of(binary))
    leftovers = sessions_of(binary)
    check("no session process left after the run", f"{len(leftovers)} left", not leftovers)
    for pid in leftovers:
        os.kill(pid, signal.SIGKILL)


def sessions_of(binary):
    """Processes running this run's copy of the binary."""
    found = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                if os.readlink(f"/proc/{name}/exe") == binary:
                    found.append(int(name))
            except OSError:
                pass
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--config", required=True)
    parser.add_argument("--unit", required=True)
    args = parser.parse_args()
    started = time.time()
    directory = tempfile.mkdtemp(prefix="resume-tui-haproxy.")
    try:
        run(args, directory)
    except Exception as error:  # noqa: BLE001 - a run that crashed is a failed check
        check("run completed", repr(error)[:200], False)
    with open("/proc/loadavg") as f:
        load = " ".join(f.read().split()[:3])
    print()
    widths = [min(90, max(len(row[i]) for row in ROWS + [("check", "figure", "result")])) for i in range(3)]
    print(" | ".join(h.ljust(w) for h, w in zip(("check", "figure", "result"), widths)))
    print("-+-".join("-" * w for w in widths))
    for row in ROWS:
        print(" | ".join(v[:90].ljust(w) for v, w in zip(row, widths)))
    failed = [r for r in ROWS if r[2] == "FAIL"]
    print(f"\n{len(ROWS)} checks, {len(failed)} failed, {time.time() - started:.0f} s, "
          f"load {load}, {time.strftime('%Y-%m-%d %H:%M %Z')}")
    if failed:
        print(f"logs kept in {directory}")
    else:
        shutil.rmtree(directory, ignore_errors=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
