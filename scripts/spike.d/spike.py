"""A front-page spike on one machine: thousands of interactive SSH sessions against
`resume-tui serve`, opened at a steady rate and held, typed into, measured, and dropped
at once; then new sessions per second against OpenSSH's sshd. Driven by scripts/spike.

Prints a table (and with --results FILE writes it as a Markdown section). Exits 1 if the
run itself broke (the server did not start or died, no session opened, the driver
failed), not for a missed target.
"""
import argparse
import asyncio
import datetime
import os
import resource
import shlex
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import details  # noqa: E402
import peers  # noqa: E402
import phases  # noqa: E402
import procfs  # noqa: E402
import report  # noqa: E402
from ramp import LoopLag, cpu_mark, cpu_since, log, run_ramp  # noqa: E402
from target import Peer, Serve, read_log, stage_files  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
QUICK = {"sessions": 300, "rate": 30, "min_ramp": 15, "key_rate": 50, "key_seconds": 10,
         "peer_concurrency": 8, "peer_seconds": 3, "peer_rounds": 2}
# Phase 5 measures sessions per second at saturation: enough loops at once that each
# server, not the loops' own round trips, bounds the rate. With 32, resume-tui serve left
# the machine a fifth idle (its sessions had become cheaper than the loops could ask for);
# sshd saturates the machine with any of 32, 64 or 128.
FULL = {"sessions": 5000, "rate": 100, "min_ramp": 60, "key_rate": 200, "key_seconds": 30,
        "peer_concurrency": 128, "peer_seconds": 10, "peer_rounds": 3}


def parse():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--binary", required=True, help="the resume-tui to serve (a release build)")
    p.add_argument("--quick", action="store_true", help="300 sessions at 30/s and short phases, to try the script")
    p.add_argument("--sessions", type=int, help="sessions to open and hold (default 5000)")
    p.add_argument("--rate", type=float, help="new sessions per second during the ramp (default 100)")
    p.add_argument("--min-ramp", type=float, help="seconds the ramp's rate is kept up, churning if need be (60)")
    p.add_argument("--key-rate", type=float, help="keys per second over all sessions (default 200)")
    p.add_argument("--key-seconds", type=float, help="how long keys are sent (default 30)")
    p.add_argument("--peer-concurrency", type=int, help="connect-paint-quit loops at once, phase 5 (128)")
    p.add_argument("--peer-seconds", type=float, help="seconds per round, phase 5 (10)")
    p.add_argument("--peer-rounds", type=int, help="rounds per server, alternating, phase 5 (3)")
    p.add_argument("--no-peer", action="store_true", help="leave out phase 5 (sshd)")
    p.add_argument("--fixture", default=os.path.join(ROOT, "Tests/Fixtures/viewer-en.md"),
                   help="the résumé served (default Tests/Fixtures/viewer-en.md)")
    p.add_argument("--marker", default="Alex Morgan",
                   help="text on the first screen of the fixture that marks it painted (its name)")
    p.add_argument("--results", help="write the Markdown section here")
    p.add_argument("--keep", action="store_true", help="keep the work folder (logs) and print its path")
    args = p.parse_args()
    for key, value in (QUICK if args.quick else FULL).items():
        if getattr(args, key) is None:
            setattr(args, key, value)
    args.command_line = " ".join(shlex.quote(a) for a in sys.argv[1:] if not a.startswith("--binary")
                                 and a != args.binary)
    return args


def raise_nofile():
    """Every client holds a socket: the soft limit up to the hard one (the wrapper raised it)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


async def spike(args, server, tui, resume, work, r):
    lag = LoopLag()
    lag.start()
    await asyncio.sleep(0.5)
    r["baseline"] = await asyncio.to_thread(procfs.sample, server.pid)
    mark = cpu_mark(server.pid)
    held, r["ramp"] = await run_ramp(server.port, args.marker.encode(), args.sessions, args.rate, args.min_ramp, server)
    r["ramp_cpu"], r["lag"] = cpu_since(mark, server.pid), {"ramp": lag.take()}
    r["pty_nr_held"] = procfs.machine()["pty_nr"]
    if not held:
        r["broke"] = "no session opened"
        return
    mark = cpu_mark(server.pid)
    r["keys"] = await phases.keystrokes(held, args.key_rate, args.key_seconds)
    r["keys_cpu"], r["lag"]["keys"] = cpu_since(mark, server.pid), lag.take()
    r["memory"] = await phases.memory(server.pid, r["baseline"], sum(1 for v in held if v.alive))
    r["lag"]["memory"] = lag.take()
    r["leave"] = await phases.leave(held, server.pid, r["baseline"])
    r["lag"]["leave"] = lag.take()
    del held
    if args.no_peer:
        r["peers_skipped"] = "left out (--no-peer)"
    elif os.geteuid() != 0:
        r["peers_skipped"] = "not measured: sshd's throwaway account and privilege separation need root"
    else:
        ours = {"label": "resume-tui serve", "port": server.port, "pid": server.pid, "username": "visitor",
                "password": None}
        with Peer(tui, resume, work) as sshd:
            theirs = {"label": "sshd + ForceCommand", "port": sshd.port, "pid": sshd.pid,
                      "username": sshd.username, "password": None}  # sshd: `none` auth, empty password
            r["peers"] = await peers.compare([ours, theirs], args.marker.encode(), args.peer_concurrency,
                                             args.peer_seconds, args.peer_rounds)
            r["sshd_log"] = sshd.log()
        r["lag"]["peers"] = lag.take()
    r["server_end"] = await asyncio.to_thread(procfs.sample, server.pid)
    r["alive"] = server.alive()
    lag.stop()


def main():
    args = parse()
    raise_nofile()
    if args.marker not in open(args.fixture, encoding="utf-8").read():
        sys.exit(f"spike: the marker {args.marker!r} is not in {args.fixture}")
    work = tempfile.mkdtemp(prefix="resume-spike.")
    os.chmod(work, 0o755)  # sshd's account reads the binary and the résumé from here
    r = {"args": vars(args), "machine": procfs.machine(), "limits_note": os.environ.get("SPIKE_LIMITS_NOTE", ""),
         "started": datetime.datetime.now().strftime("%Y-%m-%d %H:%M"), "alive": False}
    try:
        import uvloop
        runner, r["loop_note"] = uvloop.run, ", uvloop"
    except ImportError:
        runner, r["loop_note"] = asyncio.run, "; the standard asyncio loop, uvloop not installed"
    tui, resume = stage_files(args.binary, args.fixture, work)
    # Room for every held session, the churn overlapping them, and phase 5's loops; no
    # per-address rate (each visitor has its own address anyway); handshakes in flight
    # are bounded by what the server can do, not by MaxStartups.
    limits = {"max-sessions": args.sessions + max(256, int(10 * args.rate)), "max-per-address": 64,
              "max-startups": 1000, "max-rate-per-address": 0}
    server = Serve(tui, resume, work, limits)
    r["server_argv"] = " ".join(["resume-tui"] + server.argv[1:]).replace(work + "/", "")
    started = time.perf_counter()
    try:
        server.start()
        r["server_open_files"] = server.started_line
        r["backlog"] = server.backlog()
        log(f"spike: resume-tui serve on 127.0.0.1:{server.port} (pid {server.pid}); work folder {work}")
        runner(spike(args, server, tui, resume, work, r))
    except Exception as error:  # noqa: BLE001 - a broken run is reported, then exit 1
        import traceback
        traceback.print_exc()
        r["broke"] = f"{type(error).__name__}: {error}"
    finally:
        if server.proc is not None:
            r["alive"] = r["alive"] and server.alive()
            r["server_status"] = server.stop()
            r["server_log"] = read_log(server.log())
        r["machine_end"] = procfs.machine()
        r["driver_cpu"] = procfs.driver_cpu()
        r["seconds"] = time.perf_counter() - started
    if not r.get("broke") and not r["alive"]:
        r["broke"] = "the server died during the run"
    all_rows = report.rows(r)
    notes = details.lines(r)
    print()
    print(report.table(all_rows))
    print()
    for line in notes:
        print(f"- {line}")
    if args.results:
        with open(args.results, "w") as f:
            f.write(report.markdown(r, all_rows, notes))
        print(f"\nspike: wrote {args.results}")
    if args.keep:
        print(f"spike: logs kept in {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    if r.get("broke"):
        print(f"spike: the run broke: {r['broke']}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
