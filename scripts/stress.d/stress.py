#!/usr/bin/env python3
"""Hardening checks for `resume-tui serve` that are too slow for the default test suite.

Everything talks to 127.0.0.0/8 only. Each section starts its own server on a random
port, bounds its loops in count and time, and adds rows (check, figure, pass/fail) to
the table printed at the end. Exit status 1 if any check failed.
"""
import argparse
import asyncio
import json
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROWS = []


def check(section, name, figure, ok, note=""):
    ROWS.append((section, name, str(figure), "ok" if ok else "FAIL", note))
    print(f"  [{'ok' if ok else 'FAIL'}] {section}: {name}: {figure} {note}", flush=True)


def info(section, name, figure, note=""):
    ROWS.append((section, name, str(figure), "info", note))
    print(f"  [info] {section}: {name}: {figure} {note}", flush=True)


# --------------------------------------------------------------------------- processes

def children_of(pid):
    """All descendants of pid, from /proc (pid, ppid)."""
    parents = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2:].split()
        parents[int(name)] = int(fields[1])
    found, frontier = [], [pid]
    while frontier:
        current = frontier.pop()
        for child, parent in parents.items():
            if parent == current:
                found.append(child)
                frontier.append(child)
    return found


def fd_count(pid):
    try:
        return len(os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return -1


def pty_count(pid):
    n = 0
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                if os.readlink(f"/proc/{pid}/fd/{fd}") in ("/dev/ptmx", "/dev/pts/ptmx"):
                    n += 1
            except OSError:
                pass
    except OSError:
        return -1
    return n


def pss_kb(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def environ(pid):
    try:
        with open(f"/proc/{pid}/environ", "rb") as f:
            data = f.read()
    except OSError:
        return {}
    result = {}
    for entry in data.split(b"\0"):
        if b"=" in entry:
            k, v = entry.split(b"=", 1)
            result[k.decode(errors="replace")] = v.decode(errors="replace")
    return result


def eventually(timeout, condition, step=0.05):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if condition():
            return True
        time.sleep(step)
    return condition()


class Server:
    """`resume-tui serve` on a random loopback port."""

    def __init__(self, binary, *extra):
        self.dir = tempfile.mkdtemp(prefix="resume-stress-")
        self.log_path = os.path.join(self.dir, "server.log")
        self.log_file = open(self.log_path, "w")
        self.process = subprocess.Popen(
            [binary, "serve", "--host", "127.0.0.1", "--port", "0", "--host-key", self.dir + "/key", *extra],
            stdout=subprocess.PIPE, stderr=self.log_file, text=True)
        self.port = 0
        deadline = time.time() + 15
        while time.time() < deadline:
            line = self.process.stdout.readline()
            m = re.search(r"listening on 127\.0\.0\.1:(\d+)", line)
            if m:
                self.port = int(m.group(1))
                break
            if not line and self.process.poll() is not None:
                break
        if not self.port:
            raise RuntimeError("server did not start: " + self.log)

    @property
    def pid(self):
        return self.process.pid

    @property
    def log(self):
        with open(self.log_path) as f:
            return f.read()

    def alive(self):
        return self.process.poll() is None

    def stop(self):
        if self.alive():
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.log_file.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    def ssh_args(self, *extra):
        return ["ssh", "-p", str(self.port), "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
                "-o", "LogLevel=ERROR", "-o", "BatchMode=yes", "-o", "ConnectTimeout=5", *extra, "127.0.0.1"]

    def ssh(self, *extra, command=(), stdin=b"", timeout=20):
        env = {k: v for k, v in os.environ.items() if k not in ("SSH_AUTH_SOCK", "DISPLAY")}
        return subprocess.run(self.ssh_args(*extra) + list(command), input=stdin, capture_output=True,
                              timeout=timeout, env=env)


def raw_connect(port, source, timeout=2.0):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind((source, 0))
    s.settimeout(timeout)
    s.connect(("127.0.0.1", port))
    return s


def closed_now(s):
    """Whether the server has closed this socket (whatever it sent before)."""
    s.settimeout(0.01)
    try:
        while True:
            if not s.recv(65536):
                return True
    except socket.timeout:
        return False
    except OSError:
        return True


def first_bytes(s, timeout):
    """What the server sends first within timeout, and whether it closed."""
    s.settimeout(timeout)
    data = b""
    try:
        while len(data) < 8:
            chunk = s.recv(4096)
            if not chunk:
                return data, True
            data += chunk
    except socket.timeout:
        return data, False
    except OSError:
        return data, True
    return data, False


async def asyncssh_resume(port, source="127.0.0.1", timeout=10):
    import asyncssh
    start = time.time()
    async with asyncssh.connect("127.0.0.1", port, local_addr=(source, 0), known_hosts=None, username="visitor",
                                client_keys=None, agent_path=None, connect_timeout=timeout) as conn:
        result = await asyncio.wait_for(conn.run(), timeout)
    return time.time() - start, result.stdout or ""


def resume_via_asyncssh(port, source="127.0.0.1"):
    try:
        seconds, out = asyncio.run(asyncssh_resume(port, source))
        return seconds, "Wonho Ha" in out, ""
    except Exception as error:  # noqa: BLE001 - reported as a failed check
        return None, False, repr(error)


# --------------------------------------------------------------------------- sections

def section_idle(binary):
    """500 silent sockets: from one address, then from many (MaxStartups)."""
    name = "idle"
    server = Server(binary, "--handshake-timeout", "5", "--max-rate-per-address", "0")
    try:
        baseline = fd_count(server.pid)
        # From one address: it holds at most --max-per-address (4) handshake slots.
        sockets, held, refused = [], 0, 0
        for _ in range(500):
            s = raw_connect(server.port, "127.0.0.3")
            data, closed = first_bytes(s, 0.5 if held < 4 else 0.3)
            if data.startswith(b"SSH-"):
                held += 1
            elif closed or b"busy" in data:
                refused += 1
            sockets.append(s)
        check(name, "500 silent sockets from one address: held / refused at once", f"{held} / {refused}",
              held <= 4 and refused >= 496)
        seconds, ok, error = resume_via_asyncssh(server.port, "127.0.0.2")
        check(name, "résumé for another address meanwhile (s)", f"{seconds:.3f}" if seconds else error,
              ok and seconds is not None and seconds < 1.0)
        for s in sockets:
            s.close()

        # From 100 addresses, 5 each: the 32 global slots fill up, and each newcomer
        # takes the slot of the oldest socket that never spoke (which is closed).
        sockets = []
        started = time.time()
        for i in range(500):
            s = raw_connect(server.port, f"127.0.1.{i % 100 + 1}")
            sockets.append(s)
        time.sleep(0.5)
        still_open = sum(1 for s in sockets if not closed_now(s))
        check(name, "500 silent sockets from 100 addresses: still held / closed to make room (max-startups 32)",
              f"{still_open} / {500 - still_open}", still_open <= 32)
        seconds, ok, error = resume_via_asyncssh(server.port, "127.0.0.2")
        check(name, "résumé for another address while silent sockets hold every slot (s)",
              f"{seconds:.3f}" if seconds else error, ok and seconds is not None and seconds < 1.0)
        closed_all = eventually(10, lambda: all(first_bytes(s, 0.01)[1] for s in sockets if s.fileno() >= 0), 0.2)
        check(name, "held sockets closed by the handshake timeout (5 s)", f"{time.time() - started:.1f} s", closed_all)
        for s in sockets:
            s.close()
        back = eventually(5, lambda: fd_count(server.pid) <= baseline)
        check(name, "server descriptors back to baseline", f"{fd_count(server.pid)} (baseline {baseline})", back)
        seconds, ok, error = resume_via_asyncssh(server.port, "127.0.0.2")
        check(name, "résumé after the flood (s)", f"{seconds:.3f}" if seconds else error, ok and seconds < 1.0)
        check(name, "server alive", server.alive(), server.alive())
    finally:
        server.stop()


def section_rate(binary):
    name = "rate"
    server = Server(binary, "--max-per-address", "1000", "--max-startups", "1000")
    try:
        # Our own loop: one address connecting as fast as it can for 5 s.
        admitted = attempts = 0
        started = time.time()
        while time.time() - started < 5 and attempts < 20000:
            attempts += 1
            try:
                s = raw_connect(server.port, "127.0.0.3")
            except OSError:
                continue
            data, _ = first_bytes(s, 0.2)
            if data.startswith(b"SSH-"):
                admitted += 1
            s.close()
        elapsed = time.time() - started
        rate = admitted / elapsed
        check(name, f"admitted per second from one address ({attempts} attempts in {elapsed:.1f} s)", f"{rate:.1f}/s",
              rate <= 10 + 10 / elapsed + 1)
        seconds, ok, error = resume_via_asyncssh(server.port, "127.0.0.2")
        check(name, "résumé for 127.0.0.2 right after (s)", f"{seconds:.3f}" if seconds else error, ok)
        time.sleep(1.5)
        # The rate test runs until interrupted: SIGINT after 12 s, then read its last figures.
        audit = subprocess.Popen(["ssh-audit", "--conn-rate-test", "16:100", f"127.0.0.1:{server.port}"],
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        time.sleep(12)
        audit.send_signal(signal.SIGINT)
        try:
            raw, _ = audit.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            audit.kill()
            raw, _ = audit.communicate()
        out = re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", raw.decode(errors="replace"))
        completed = re.findall(r"Completed connections:\s*([0-9.,]+)/sec", out)
        syns = re.findall(r"TCP SYNs:\s*([0-9.,]+)/sec", out)
        measured = float(completed[-1].replace(",", "")) if completed else None
        check(name, "ssh-audit --conn-rate-test 16:100: completed connections (attempts)",
              f"{measured}/s ({syns[-1] if syns else '?'} SYN/s)" if measured is not None else out[-200:],
              measured is not None and measured <= 20)
    finally:
        server.stop()


def section_audit(binary):
    name = "audit"
    server = Server(binary)
    try:
        result = subprocess.run(["ssh-audit", "-j", "--skip-rate-test", f"127.0.0.1:{server.port}"],
                                capture_output=True, text=True, timeout=60)
        try:
            report = json.loads(result.stdout)
        except json.JSONDecodeError:
            check(name, "ssh-audit ran", result.stdout[-300:] + result.stderr[-300:], False)
            return
        for kind in ("kex", "key", "enc", "mac"):
            for entry in report.get(kind, []):
                notes = entry.get("notes", {})
                flags = [f"{level}: {'; '.join(text)}" for level, text in notes.items() if text and level in ("fail", "warn")]
                if flags:
                    info(name, f"{kind} {entry.get('algorithm')}", " / ".join(flags))
        cves = report.get("cves", [])
        info(name, "CVEs reported", len(cves), ", ".join(c.get("name", "?") for c in cves))
        info(name, "banner", report.get("banner", {}).get("raw", "?"))
        failures = [e.get("algorithm") for kind in ("kex", "key", "enc", "mac") for e in report.get(kind, [])
                    if e.get("notes", {}).get("fail")]
        unexpected = [a for a in failures if not a.startswith("ecdh-sha2-nistp")]
        check(name, "failures other than the NIST-curve kex fixed inside swift-nio-ssh", unexpected or "none",
              not unexpected)
    finally:
        server.stop()


def section_hostile(binary):
    """Odd pty and env requests with paramiko, which sends what it is given."""
    import paramiko
    name = "hostile"
    server = Server(binary, "--max-per-address", "100", "--max-rate-per-address", "0")
    try:
        rss_before = rss_kb(server.pid)
        terms = ["", "../../etc/passwd", "A" * 100_000, b"\xff\xfe\xfd\x80", "unknown-terminal-name", "vt100\x1b[2J"]
        sizes = [(0, 0), (65535, 65535), (2**32 - 1, 2**32 - 1), (1, 1), (80, 24)]
        env_names = ["LD_PRELOAD", "LD_LIBRARY_PATH", "TERMINFO", "TERMINFO_DIRS", "LC_ALL", "LANG", "PATH",
                     "HOME", "SHELL", "BASH_ENV"] + [f"EVIL_{i}" for i in range(190)]
        bad_terms = 0
        leaked = set()
        for index, term in enumerate(terms):
            width, height = sizes[index % len(sizes)]
            transport = paramiko.Transport(("127.0.0.1", server.port))
            transport.connect(username="visitor", password="x")
            channel = transport.open_session()
            for key in env_names:
                try:
                    channel.set_environment_variable(key, "../x" if key == "LC_ALL" else "/tmp/evil")
                except paramiko.SSHException:
                    pass  # refused with want-reply: fine
            channel.get_pty(term=term, width=width, height=height)
            channel.invoke_shell()
            child_ready = eventually(10, lambda: any(environ(p).get("TERM") for p in children_of(server.pid)))
            kids = children_of(server.pid)
            env = environ(kids[0]) if kids else {}
            if env.get("TERM") != "xterm-256color":
                bad_terms += 1
            leaked |= {k for k in env_names if k in env and env[k] in ("/tmp/evil", "../x")}
            # 1,000 window changes in about a second, extremes included.
            started = time.time()
            for i in range(1000):
                w, h = random.choice([(0, 0), (65535, 65535), (2**32 - 1, 2**32 - 1), (1, 1), (300, 100), (80, 24)])
                channel.resize_pty(width=w, height=h)
                if i % 100 == 99:
                    time.sleep(max(0, (i + 1) / 1000 - (time.time() - started)))
            time.sleep(0.5)
            child_alive = bool(children_of(server.pid)) and child_ready
            channel.send(b"q")
            status = channel.recv_exit_status() if eventually(10, channel.exit_status_ready) else None
            transport.close()
            check(name, f"TERM {repr(term)[:30]} size {width}x{height} + 1000 resizes: child lived, exited",
                  f"alive={child_alive} exit={status}", child_alive and status == 0)
        check(name, "children with a TERM other than the fallback", bad_terms, bad_terms == 0)
        check(name, "client env variables in a child's environment (200 sent per session)", sorted(leaked) or "none",
              not leaked)
        rss_after = rss_kb(server.pid)
        check(name, "server RSS before / after (kB)", f"{rss_before} / {rss_after}", rss_after < rss_before + 50_000)
        check(name, "server alive", server.alive(), server.alive())
        clean = eventually(5, lambda: not children_of(server.pid))
        check(name, "no child left", len(children_of(server.pid)), clean)
    finally:
        server.stop()


# ------------------------------------------------------------------ interactive clients

class Interactive:
    """One asyncssh session on a pty that measures keystroke-to-screen latency."""

    def __init__(self):
        self.latencies = []
        self.errors = []
        self.conn = None
        self.process = None

    async def open(self, port, source, term="xterm-256color"):
        import asyncssh
        self.conn = await asyncssh.connect("127.0.0.1", port, local_addr=(source, 0), known_hosts=None,
                                           username="visitor", client_keys=None, agent_path=None, connect_timeout=30)
        self.process = await self.conn.create_process(term_type=term, term_size=(80, 24), encoding=None)
        await self.drain_until_quiet(first=True)

    async def drain_until_quiet(self, first=False, quiet=0.3, limit=15.0):
        got = 0
        deadline = time.time() + limit
        while time.time() < deadline:
            try:
                data = await asyncio.wait_for(self.process.stdout.read(65536), quiet if got or not first else limit)
            except asyncio.TimeoutError:
                if got or not first:
                    return got
                continue
            if not data:
                return got
            got += len(data)
        return got

    async def keystroke(self, key):
        start = time.perf_counter()
        self.process.stdin.write(key)
        try:
            data = await asyncio.wait_for(self.process.stdout.read(65536), 5)
        except asyncio.TimeoutError:
            self.errors.append("no output within 5 s")
            return
        if not data:
            self.errors.append("EOF")
            return
        self.latencies.append(time.perf_counter() - start)
        # Let the rest of this repaint arrive before the next key.
        try:
            while True:
                more = await asyncio.wait_for(self.process.stdout.read(65536), 0.02)
                if not more:
                    break
        except asyncio.TimeoutError:
            pass

    async def run(self, seconds, period):
        # Page keys: each switches the whole screen, so each gets a repaint (j/k do
        # nothing on a page that fits the screen).
        keys = [b"2", b"1"]
        end = time.time() + seconds
        await asyncio.sleep(random.random() * period)
        i = 0
        while time.time() < end:
            try:
                await self.keystroke(keys[i % 2])
            except Exception as error:  # noqa: BLE001
                self.errors.append(repr(error))
                return
            i += 1
            await asyncio.sleep(period)

    def abort(self):
        if self.conn is not None:
            self.conn.abort()


def percentile(values, p):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def totals(server):
    pids = [server.pid] + children_of(server.pid)
    return {
        "processes": len(pids) - 1,
        "fds": fd_count(server.pid),
        "ptys": pty_count(server.pid),
        "pss_kb": sum(pss_kb(p) for p in pids),
    }


def section_load(binary, sessions=200, seconds=90):
    name = "load"
    server = Server(binary, "--max-sessions", str(sessions + 16), "--max-per-address", "1000",
                    "--max-rate-per-address", "0", "--max-startups", "64")
    try:
        time.sleep(0.5)
        baseline = totals(server)

        async def main():
            clients = [Interactive() for _ in range(sessions)]
            # Connect in waves of 20 so the handshake slots (64) are never the limit.
            for wave in range(0, sessions, 20):
                results = await asyncio.gather(*(c.open(server.port, f"127.0.3.{(wave + i) % 250 + 1}")
                                                 for i, c in enumerate(clients[wave:wave + 20])),
                                               return_exceptions=True)
                for c, r in zip(clients[wave:wave + 20], results):
                    if isinstance(r, Exception):
                        c.errors.append("open: " + repr(r))
            opened = sum(1 for c in clients if c.process is not None)
            during = totals(server)
            await asyncio.gather(*(c.run(seconds, 1.0) for c in clients if c.process is not None))
            after_run = totals(server)
            for c in clients:
                c.abort()
            return clients, opened, during, after_run

        clients, opened, during, after_run = asyncio.run(main())
        info(name, "machine load average at the end (1 min, all users; 2 cores here)", f"{os.getloadavg()[0]:.1f}",
             "p99 depends on it: other work on the machine shares the cores")
        latencies = [x for c in clients for x in c.latencies]
        errors = [e for c in clients for e in c.errors]
        check(name, f"sessions opened of {sessions}", opened, opened == sessions)
        check(name, f"errors over {seconds} s", len(errors), not errors, "; ".join(sorted(set(errors))[:3]))
        p50, p99 = percentile(latencies, 50) * 1000, percentile(latencies, 99) * 1000
        check(name, f"keystroke to screen p50 / p99 over {len(latencies)} keys (ms)", f"{p50:.1f} / {p99:.1f}",
              p99 < 100)
        per_session = (during["pss_kb"] - baseline["pss_kb"]) / max(1, during["processes"] - baseline["processes"])
        info(name, "memory per session (PSS of server + children / sessions)", f"{per_session / 1024:.2f} MB",
             f"total {during['pss_kb'] / 1024:.0f} MB for {during['processes']} children")
        info(name, "server descriptors / ptys with sessions up", f"{during['fds']} / {during['ptys']}")
        started = time.time()
        back = eventually(15, lambda: (lambda t: t["processes"] == baseline["processes"] and t["fds"] <= baseline["fds"]
                                       and t["ptys"] == baseline["ptys"])(totals(server)), 0.1)
        now = totals(server)
        check(name, "after abrupt disconnect: processes / fds / ptys back to baseline",
              f"{now['processes']} / {now['fds']} / {now['ptys']} (baseline {baseline['processes']} / "
              f"{baseline['fds']} / {baseline['ptys']}) in {time.time() - started:.1f} s", back)
        check(name, "server PSS after / baseline (MB)", f"{now['pss_kb'] / 1024:.1f} / {baseline['pss_kb'] / 1024:.1f}",
              now["pss_kb"] < baseline["pss_kb"] + 60 * 1024)
        check(name, "server alive", server.alive(), server.alive())
    finally:
        server.stop()


def section_slow(binary, slow=20, fast=20, seconds=30):
    """Clients that never read: their output stays bounded and they are closed."""
    import paramiko
    name = "slow"
    server = Server(binary, "--idle-timeout", "15", "--max-per-address", "1000", "--max-rate-per-address", "0",
                    "--max-sessions", "100")
    transports = []
    try:
        baseline_rss = rss_kb(server.pid)
        # paramiko only widens the window when the application reads: these never do.
        for i in range(slow):
            t = paramiko.Transport(("127.0.0.1", server.port))
            t.connect(username="visitor", password="x")
            # A 16 KiB window (paramiko's default is 2 MiB): filled after a few repaints.
            ch = t.open_session(window_size=16384, max_packet_size=16384)
            ch.get_pty(term="xterm-256color", width=300, height=100)
            ch.invoke_shell()
            transports.append((t, ch))
        # Make each write as much as it can: repaints of a big screen, never read.
        # One page key per send: keys typed ahead in one batch are coalesced by the UI
        # ("2131" ends where it started and repaints nothing).
        sent_until = time.time() + 5
        round_ = 0
        while time.time() < sent_until:
            round_ += 1
            for _, ch in transports:
                try:
                    if ch.send_ready():
                        ch.send(b"23"[round_ % 2:round_ % 2 + 1])
                except Exception:  # noqa: BLE001 - a closed channel is fine here
                    pass
            time.sleep(0.05)
        time.sleep(2)
        stalled = sum(1 for _, ch in transports if len(ch.in_buffer) >= 12000)
        info(name, "slow readers whose window is full (never read)", f"{stalled} of {slow}")
        grown = rss_kb(server.pid) - baseline_rss
        check(name, f"server RSS growth with {slow} non-reading sessions (kB)", grown, grown < slow * 2048,
              "bound: the SSH window (client's) + NIO's 64 KiB watermark + the pty buffer per session")

        async def fast_clients():
            clients = [Interactive() for _ in range(fast)]
            await asyncio.gather(*(c.open(server.port, f"127.0.4.{i + 1}") for i, c in enumerate(clients)))
            await asyncio.gather(*(c.run(8, 0.25) for c in clients))
            for c in clients:
                c.abort()
            return clients

        clients = asyncio.run(fast_clients())
        latencies = [x for c in clients for x in c.latencies]
        p99 = percentile(latencies, 99) * 1000
        errors = sorted({e for c in clients for e in c.errors})
        check(name, f"other sessions' keystroke p99 beside {slow} slow readers (ms)",
              f"{p99:.1f} over {len(latencies)} keys", p99 < 100 and not errors, "; ".join(errors[:3]))
        info(name, "fast clients done after the slow readers' last input", f"{time.time() - sent_until:.1f} s")
        started = time.time()
        # Idle 15 s after their last accepted input, then SIGHUP, then closed even though
        # the goodbye cannot be delivered into a full window.
        closed = eventually(seconds, lambda: all(not t.is_active() or ch.closed for t, ch in transports), 0.5)
        check(name, "slow readers closed by the server", f"{time.time() - started:.1f} s after the fast clients",
              closed)
        gone = eventually(10, lambda: not children_of(server.pid))
        check(name, "their children gone", len(children_of(server.pid)), gone)
        check(name, "server alive", server.alive(), server.alive())
    finally:
        for t, _ in transports:
            t.close()
        server.stop()


def section_interop(binary):
    import paramiko
    name = "interop"
    server = Server(binary, "--max-per-address", "100", "--max-rate-per-address", "0")
    try:
        r = server.ssh("-T")
        check(name, "OpenSSH ssh -T gets the résumé", r.returncode, r.returncode == 0 and b"Wonho Ha" in r.stdout)
        t = paramiko.Transport(("127.0.0.1", server.port))
        t.connect(username="visitor", password="x")
        ch = t.open_session()
        ch.invoke_shell()
        data = b""
        deadline = time.time() + 10
        while not ch.exit_status_ready() and time.time() < deadline:
            if ch.recv_ready():
                data += ch.recv(65536)
            time.sleep(0.01)
        while ch.recv_ready():
            data += ch.recv(65536)
        t.close()
        check(name, "paramiko shell gets the résumé", len(data), "Wonho Ha" in data.decode(errors="replace"))
        seconds, ok, error = resume_via_asyncssh(server.port)
        check(name, "asyncssh gets the résumé (s)", f"{seconds:.3f}" if seconds else error, ok)

        env = {k: v for k, v in os.environ.items() if k not in ("SSH_AUTH_SOCK", "DISPLAY")}
        env["TERM"] = "xterm-256color"
        # ServerAliveInterval=1 for 60 s and a rekey every kilobyte, side by side.
        alive = subprocess.Popen(server.ssh_args("-tt", "-o", "ServerAliveInterval=1", "-o", "ServerAliveCountMax=3"),
                                 stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        rekey = subprocess.Popen(server.ssh_args("-tt", "-o", "RekeyLimit=1K", "-v"), stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        output = bytearray()

        debug = bytearray()

        # Both pipes drained all along: ssh -v writes a lot per rekey and would block.
        def pump(stream, into):
            for chunk in iter(lambda: stream.read1(65536), b""):
                into.extend(chunk)
        threading.Thread(target=pump, args=(rekey.stdout, output), daemon=True).start()
        threading.Thread(target=pump, args=(rekey.stderr, debug), daemon=True).start()
        time.sleep(2)
        size_before = 0
        for i in range(200):
            rekey.stdin.write(b"2" if i % 2 == 0 else b"1")
            rekey.stdin.flush()
            time.sleep(0.05)
        size_mid = len(output)
        time.sleep(1)
        rekey_alive = rekey.poll() is None
        rekey.stdin.write(b"q")
        rekey.stdin.flush()
        try:
            rekey_status = rekey.wait(10)
        except subprocess.TimeoutExpired:
            rekey_status = None
        time.sleep(0.2)
        rekeys = debug.decode(errors="replace").count("SSH2_MSG_KEXINIT sent")
        check(name, "RekeyLimit=1K: rekeys seen / output bytes / session alive / exit",
              f"{rekeys} / {size_mid} / {rekey_alive} / {rekey_status}",
              rekeys >= 2 and size_mid > size_before and rekey_alive and rekey_status == 0)
        time.sleep(max(0, 60 - 13))
        holding = alive.poll() is None
        alive.stdin.write(b"q")
        alive.stdin.flush()
        try:
            status = alive.wait(10)
        except subprocess.TimeoutExpired:
            status = None
        check(name, "ServerAliveInterval=1 for 60 s: still up / exit", f"{holding} / {status}",
              holding and status == 0, alive.stderr.read().decode(errors="replace")[-200:])
    finally:
        server.stop()


def section_haproxy(binary):
    name = "haproxy"
    if not shutil.which("haproxy"):
        check(name, "haproxy installed", False, False)
        return
    server = Server(binary, "--proxy-protocol", "--max-per-address", "100")
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    front = listener.getsockname()[1]
    listener.close()
    config = os.path.join(server.dir, "haproxy.cfg")
    with open(config, "w") as f:
        f.write(f"""global
    maxconn 200
defaults
    mode tcp
    timeout connect 5s
    timeout client 60s
    timeout server 60s
frontend ssh
    bind 127.0.0.1:{front}
    default_backend resume
backend resume
    server s1 127.0.0.1:{server.port} send-proxy-v2
""")
    proxy = subprocess.Popen(["haproxy", "-db", "-f", config], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        time.sleep(1)
        port = server.port
        server.port = front
        r = server.ssh("-T", "-b", "127.0.0.2")
        server.port = port
        check(name, "ssh -b 127.0.0.2 through HAProxy send-proxy-v2 gets the résumé", r.returncode,
              r.returncode == 0 and b"Wonho Ha" in r.stdout, r.stderr.decode(errors="replace")[-200:])
        logged = eventually(3, lambda: "address=127.0.0.2" in server.log)
        check(name, "server logs the carried address 127.0.0.2 (socket peer is 127.0.0.1)", logged, logged)
        direct = server.ssh("-T", command=["help"])
        check(name, "direct connection without a header refused", direct.returncode, direct.returncode != 0)
    finally:
        proxy.terminate()
        try:
            proxy.wait(5)
        except subprocess.TimeoutExpired:
            proxy.kill()
        server.stop()


SECTIONS = {
    "idle": section_idle, "rate": section_rate, "audit": section_audit, "hostile": section_hostile,
    "haproxy": section_haproxy, "interop": section_interop, "slow": section_slow, "load": section_load,
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("sections", nargs="*", default=list(SECTIONS))
    args = parser.parse_args()
    started = time.time()
    for section in args.sections:
        print(f"== {section}", flush=True)
        try:
            SECTIONS[section](args.binary)
        except Exception as error:  # noqa: BLE001 - a crashed section is a failed check
            check(section, "section ran", repr(error)[:200], False)
    print()
    widths = [max(len(row[i]) for row in ROWS + [("section", "check", "figure", "result", "")]) for i in range(4)]
    widths = [min(w, 90) for w in widths]
    header = ("section", "check", "figure", "result")
    print(" | ".join(h.ljust(w) for h, w in zip(header, widths)))
    print("-+-".join("-" * w for w in widths))
    for row in ROWS:
        print(" | ".join(str(v)[:90].ljust(w) for v, w in zip(row[:4], widths)))
    failed = [r for r in ROWS if r[3] == "FAIL"]
    print(f"\n{len(ROWS)} rows, {len(failed)} failed, {time.time() - started:.0f} s")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
