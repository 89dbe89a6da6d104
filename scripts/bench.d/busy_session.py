"""The memory a session holds of its own, idle and after a visitor has done everything.

Usage: busy_session.py [--binary PATH] [--sessions N] [--size WxH] [--idle] [--cpu SECONDS]

Starts `resume-tui serve` (the built-in résumé) on a free loopback port and opens N
sessions one after another with asyncssh, each on an xterm-256color pty of `--size`
(80x24 unless said). Unless `--idle`, each visitor then goes through every page,
searches in both languages, opens help, switches language with `L`, jumps to the ends,
and resizes to 40x12, 250x80 and back, drawing pages at each size: the most a session
lays out and keeps at that window.
After 2 s of quiet it reads /proc/PID/smaps_rollup of every session process (the
session starter left out) and prints the median and largest of their PSS, private dirty
and anonymous memory. Private dirty memory is what a session costs on top of the pages
it shares with the starter; that is what `SessionCapacity` budgets for.

With `--cpu SECONDS` it then leaves the sessions as they are for that long and prints
what they cost while nobody types: the CPU of the server and of the sessions (from
/proc/PID/stat), and how many times the sessions woke (their voluntary context
switches: a screen that polls wakes even when its CPU rounds to nothing).

Run it with the project's venv: .venv/bin/python3.
"""
import argparse
import asyncio
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import warnings

warnings.filterwarnings("ignore", module="asyncssh")
import asyncssh  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "spike.d"))
import procfs  # noqa: E402
from visitor import ANSWERS  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KEYS = ["2", "3", "4", "5", "6", "7", "1", "/redis\r", "n", "n", "N", "\x1b", "?", "\x1b",
        "L", "2", "3", "4", "5", "/Redis\r", "n", "L", "G", "g"]
SIZES = [(40, 12), (250, 80)]  # then back to the window it started with


class Screen(asyncssh.SSHClientSession):
    """Counts what arrives and answers the start-up questions as a dark xterm."""

    def __init__(self):
        self.received, self.chan = 0, None

    def connection_made(self, chan):
        self.chan = chan

    def data_received(self, data, datatype):
        self.received += len(data)
        for question, answer in ANSWERS:
            if question in data:
                self.chan.write(answer)


async def settle(screen, quiet, limit=5.0):
    """Waits until nothing has arrived for `quiet` s (at most `limit`)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        seen = screen.received
        await asyncio.sleep(quiet)
        if screen.received == seen:
            return


async def visit(port, busy, size):
    conn = await asyncssh.connect("127.0.0.1", port, username="visitor", known_hosts=None,
                                  client_keys=None, password=None)
    chan, screen = await conn.create_session(Screen, term_type="xterm-256color", term_size=size, encoding=None)
    await settle(screen, 0.3)
    if busy:
        for keys in KEYS:
            chan.write(keys.encode())
            await settle(screen, 0.15)
        for width, height in SIZES + [size]:
            chan.change_terminal_size(width, height)
            await settle(screen, 0.15)
            for key in ["2", "G", "3", "G", "1"]:
                chan.write(key.encode())
                await settle(screen, 0.1)
    return conn


def rollup(pid):
    with open(f"/proc/{pid}/smaps_rollup") as f:
        return {m.group(1): int(m.group(2)) for m in re.finditer(r"^(\w+):\s+(\d+) kB", f.read(), re.M)}


def started(pid):
    with open(f"/proc/{pid}/stat") as f:
        return int(f.read().rsplit(")", 1)[1].split()[19])


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wake_ups(pid):
    with open(f"/proc/{pid}/status") as f:
        return int(re.search(r"^voluntary_ctxt_switches:\s+(\d+)", f.read(), re.M).group(1))


async def idle_cost(server, sessions, seconds):
    def totals():
        return cpu_seconds(server.pid), sum(cpu_seconds(p) for p in sessions), sum(wake_ups(p) for p in sessions)
    before, start = totals(), time.monotonic()
    await asyncio.sleep(seconds)
    after, elapsed = totals(), time.monotonic() - start
    own, children, woke = (a - b for a, b in zip(after, before))
    print(f"  left alone {elapsed:.1f} s: server {own:.2f} s CPU ({100 * own / elapsed:.1f} % of a core), "
          f"sessions {children:.2f} s; sessions woke {woke} times ({woke / elapsed / len(sessions):.2f} a second each)")


async def measure(server, port, sessions, busy, size, cpu):
    connections = []
    # Idle visitors only connect: 50 at a time, so that thousands open in seconds.
    batch = 1 if busy else 50
    while len(connections) < sessions:
        count = min(batch, sessions - len(connections))
        connections += await asyncio.gather(*[visit(port, busy, size) for _ in range(count)])
    await asyncio.sleep(2)
    processes = sorted(procfs.descendants(server.pid), key=started)
    # The oldest is the session starter; the sessions are forked from it and share its name.
    figures = [rollup(pid) for pid in processes[1:]]
    print(f"{'idle' if not busy else 'busy'}: {len(figures)} sessions (of {sessions}), {size[0]}x{size[1]} at the start")
    for field in ["Pss", "Private_Dirty", "Anonymous"]:
        values = [f.get(field, 0) / 1024 for f in figures]
        print(f"  {field:<14} median {statistics.median(values):5.2f}  largest {max(values):5.2f} MiB")
    if cpu:
        await idle_cost(server, processes[1:], cpu)
    for connection in connections:
        connection.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "resume-tui"))
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--size", default="80x24", help="the window at the start, WxH")
    parser.add_argument("--idle", action="store_true")
    parser.add_argument("--cpu", type=float, default=0, help="then measure CPU and wake-ups for this many seconds")
    args = parser.parse_args()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with tempfile.TemporaryDirectory() as work:
        server = subprocess.Popen([args.binary, "serve", "--host", "127.0.0.1", "--port", str(port),
                                   "--host-key", os.path.join(work, "key"),
                                   "--max-per-address", str(max(64, args.sessions)), "--max-sessions", str(args.sessions + 1),
                                   "--max-startups", "1000", "--max-rate-per-address", "0"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                with socket.socket() as s:
                    if s.connect_ex(("127.0.0.1", port)) == 0:
                        break
                time.sleep(0.1)
            size = tuple(int(n) for n in args.size.lower().split("x"))
            asyncio.run(measure(server, port, args.sessions, busy=not args.idle, size=size, cpu=args.cpu))
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
