"""resume-tui side by side with what a user would otherwise run; driven by scripts/bench.

Usage: bench.py REPO_ROOT WORK_DIR [--quick]
Prints the results table and writes bench/RESULTS.md (and bench/scale.png when matplotlib is there).
"""
import json
import multiprocessing
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptyterm import ENV, Term  # noqa: E402
import servers  # noqa: E402

NAME = "Wonho Ha"
ROOT, WORK = sys.argv[1], sys.argv[2]
QUICK = "--quick" in sys.argv
TUI = os.path.join(ROOT, ".build/release/resume-tui")
RESUME_MD = os.path.join(ROOT, "resume.md")
N_PAINT = 5 if QUICK else 20
N_SSH = 5 if QUICK else 15
RATE_SECONDS = 5 if QUICK else 15
MEMORY_COUNTS = [5, 20] if QUICK else [20, 200]


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def summary(xs, scale=1.0):
    """Median, min, max of `xs` times `scale`; None when there is nothing."""
    xs = [x * scale for x in xs if x is not None]
    if not xs:
        return None
    return {"median": statistics.median(xs), "min": min(xs), "max": max(xs), "n": len(xs)}


# MARK: - 1. Local first paint

def first_paint(argv, runs, needle=NAME):
    times = []
    for _ in range(runs):
        t = Term(argv, cwd=ROOT)
        times.append(t.wait_text(needle, timeout=10))
        t.close()
    return times


# MARK: - 2. Bytes per key

def bytes_per_key(argv, key, presses, sessions=1, needle=NAME, text_row=None, texts=None):
    """Bytes written for each of `presses` presses of `key` (a list of chunks sent one by one,
    each drained), in each of `sessions` fresh sessions. With `text_row`, the UTF-8 size of
    that screen row's text after each press is appended to `texts` (the line a scroll revealed)."""
    counts = []
    for _ in range(sessions):
        t = Term(argv, cwd=ROOT)
        if t.wait_text(needle, timeout=10) is not None:
            t.drain(quiet=0.3)
            for _ in range(presses):
                n = 0
                for chunk in key:
                    t.send(chunk)
                    n += t.drain(quiet=0.15)
                counts.append(n)
                if text_row is not None:
                    rows = t.screen.display if text_row == "all" else [t.screen.display[text_row]]
                    texts.append(sum(len(r.replace(" ", "").encode()) for r in rows))
        t.close()
    return counts


# MARK: - 3. Keystroke throughput

def settle(argv):
    t = Term(argv, cwd=ROOT)
    t.drain(quiet=0.5, timeout=10)
    return t


def throughput(argv, runs, check):
    """Seconds from sending 1,000 `j` at once until the screen is the settled one.

    The settled screen is taken from a first run that waits a full second of quiet;
    `check(screen_text)` says whether it is the position expected after 1,000 lines.
    """
    t = settle(argv)
    t.send(b"j" * 1000)
    t.drain(quiet=1.0, timeout=30)
    reference = list(t.screen.display)
    t.close()
    ok, where = check("\n".join(reference))
    times = []
    for _ in range(runs):
        t = settle(argv)
        start = time.perf_counter()
        t.send(b"j" * 1000)
        done = t.wait_for(lambda s: s.screen.display == reference, timeout=30)
        times.append(None if done is None else time.perf_counter() - start)
        t.close()
    return times, ok, where


# MARK: - 4-6. Over SSH

def ssh_argv(port):
    return ["ssh", "-tt", "-F", "/dev/null", "-p", str(port), "-o", "StrictHostKeyChecking=no",
            "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes", "-o", "LogLevel=ERROR",
            f"{servers.USER}@127.0.0.1"]


def rate_worker(args):
    port, seconds = args
    deadline = time.perf_counter() + seconds
    done, failed, latencies = 0, 0, []
    while time.perf_counter() < deadline:
        t = Term(ssh_argv(port))
        painted = t.wait_text(NAME, timeout=10)
        t.close(timeout=5)
        if painted is None or t.proc.returncode not in (0,):
            failed += 1
        else:
            done += 1
            latencies.append(painted)
    return done, failed, latencies


def sessions_per_second(port, seconds, clients=4):
    start = time.perf_counter()
    with multiprocessing.Pool(clients) as pool:
        results = pool.map(rate_worker, [(port, seconds)] * clients)
    elapsed = time.perf_counter() - start
    done = sum(r[0] for r in results)
    return {"rate": done / elapsed, "done": done, "failed": sum(r[1] for r in results),
            "elapsed": elapsed, "latency": summary([x for r in results for x in r[2]], 1000)}


def idle_memory(port, server_pid, count, wave=10):
    """Holds `count` sessions open (each painted); returns PSS of the server's tree per session."""
    base = servers.tree_pss_kib(server_pid)
    terms, painted = [], 0
    for i in range(0, count, wave):
        batch = [Term(ssh_argv(port)) for _ in range(min(wave, count - i))]
        for t in batch:
            if t.wait_text(NAME, timeout=20) is not None:
                painted += 1
            t.screen = t.stream = None  # stop emulating: idle sessions write nothing
        terms += batch
    time.sleep(2)
    total, procs = servers.tree_pss_kib(server_pid, with_count=True)
    for t in terms:
        try:
            t.send(b"q")
        except OSError:
            pass
    for t in terms:
        t.close(quit_key=None if t.proc.poll() is not None else b"", timeout=3)
    return {"count": count, "painted": painted, "total_kib": total, "base_kib": base, "processes": procs,
            "per_session_kib": total / count, "marginal_kib": (total - base) / count}


# MARK: - Diagnosis of the first paint

def diagnose_first_paint():
    """perf stat and strace -c of one local first paint, for both programs."""
    out = {}
    for label, argv in [("resume-tui", [TUI]), ("less", ["less", RESUME_MD])]:
        perf_file = os.path.join(WORK, f"perf-{label}.txt")
        t = Term(["perf", "stat", "-x", ",", "-o", perf_file, "-e", "task-clock,page-faults,context-switches"] + argv, cwd=ROOT)
        t.wait_text(NAME, timeout=10)
        t.close()
        perf = {}
        if os.path.exists(perf_file):
            for line in open(perf_file):
                parts = line.strip().split(",")
                if len(parts) > 3 and parts[0] and not line.startswith("#"):
                    perf[parts[2]] = parts[0]
        strace_file = os.path.join(WORK, f"strace-{label}.txt")
        t = Term(["strace", "-f", "-c", "-o", strace_file] + argv, cwd=ROOT)
        t.wait_text(NAME, timeout=20)
        t.close()
        calls = {}
        if os.path.exists(strace_file):
            for line in open(strace_file):
                m = re.match(r"\s*[\d.]+\s+[\d.]+\s+\d+\s+(\d+)\s+(?:\d+\s+)?(\w+)\s*$", line)
                if m and m.group(2) != "total":
                    calls[m.group(2)] = int(m.group(1))
        libs = subprocess.run(["ldd", shutil.which(argv[0]) or argv[0]], capture_output=True, text=True).stdout
        loader = subprocess.run(argv[:1] + (["--plain"] if label == "resume-tui" else [RESUME_MD]),
                                env=dict(ENV, LD_DEBUG="statistics"), capture_output=True, text=True, cwd=ROOT).stderr
        m = re.search(r"total startup time in dynamic loader: (\d+) cycles", loader)
        out[label] = {"loader_cycles": int(m.group(1)) if m else None, "perf": perf, "syscalls": calls, "libraries": len([l for l in libs.splitlines() if "=>" in l])}
    return out


# MARK: - The run

def main():
    results = {"quick": QUICK, "load_start": os.getloadavg()[0]}
    tui_local = [TUI]
    less_local = ["less", RESUME_MD]

    log(f"1/7 first paint, {N_PAINT} runs each")
    paint = {"resume-tui": [], "less": []}
    for _ in range(N_PAINT):  # interleaved, so drift on a shared machine hits both alike
        paint["resume-tui"] += first_paint(tui_local, 1)
        paint["less"] += first_paint(less_local, 1)
    results["paint"] = {k: summary(v, 1000) for k, v in paint.items()}
    results["paint_failures"] = {k: v.count(None) for k, v in paint.items()}

    log("2/7 bytes per key")
    tui_career = [TUI, "--page", "career"]
    keys = {
        # (chunks, presses per session, sessions, less has it). Career is 58 lines: a third
        # page down would hit the end, so Space is the first page down of fresh sessions.
        "j (line down)": ([b"j"], 5, 2, True),
        "Space (page down)": ([b" "], 1, 5, True),
        "/redis Enter (search)": ([c.encode() for c in "/redis"] + [b"\r"], 1, 5, True),
        "Tab (next page)": ([b"\t"], 3, 2, False),
    }
    results["keys"] = {}
    for name, (key, presses, sessions, less_has) in keys.items():
        results["keys"][name] = {
            "resume-tui": summary(bytes_per_key(tui_career, key, presses, sessions)),
            "less": summary(bytes_per_key(less_local, key, presses, sessions)) if less_has else None,
        }
    # A line down costs mostly the text of the line it reveals (row 23 of 24 in both), which
    # differs between the two screens: also report the bytes beyond that text (spaces left out,
    # since both may move the cursor over them).
    # Likewise a page down, against all the text on the new screen.
    for key, row, presses, sessions in [("j", 22, 5, 2), (" ", "all", 1, 5)]:
        overhead = {}
        for label, argv in [("resume-tui", tui_career), ("less", less_local)]:
            texts = []
            counts = bytes_per_key(argv, [key.encode()], presses, sessions, text_row=row, texts=texts)
            overhead[label] = summary([c - x for c, x in zip(counts, texts)])
        results["j_overhead" if key == "j" else "space_overhead"] = overhead

    log("3/7 keystroke throughput")
    lines = len(open(RESUME_MD).read().splitlines())
    synthetic = os.path.join(WORK, "synthetic-5000.md")
    with open(synthetic, "w") as f:
        subprocess.run([os.path.join(ROOT, ".build/release/resume-bench"), "--print-synthetic", "5000"], stdout=f, check=True)

    def tui_check(text):
        m = re.search(r"(\d+)-(\d+)/(\d+)", text.splitlines()[-1] if text else "")
        return (m is not None and m.group(1) == "1001"), (m.group(0) if m else "no footer")

    def less_check(text):
        first = next((l.strip() for l in text.splitlines() if l.strip()), "")
        expected = open(synthetic).read().splitlines()
        # less wraps long lines and moves by screen lines: the top is a file line or a piece of one
        return bool(first) and any(first in line for line in expected[900:1100]), first[:60]

    runs = 3 if QUICK else 7
    tt, tok, twhere = throughput([TUI, "--file", synthetic, "--page", "career"], runs, tui_check)
    lt, lok, lwhere = throughput(["less", synthetic], runs, less_check)
    results["throughput"] = {"resume.md lines": lines, "file": "synthetic, 5,000 Markdown lines",
                             "resume-tui": summary(tt, 1000), "resume-tui ok": tok, "resume-tui at": twhere,
                             "less": summary(lt, 1000), "less ok": lok, "less at": lwhere}

    log("4/7 SSH connect to first paint (starting both servers)")
    with servers.ResumeServe(TUI, WORK) as ours, servers.Sshd(TUI, WORK) as sshd:
        connect = {"resume-tui serve": [], "sshd+ForceCommand": []}
        for _ in range(N_SSH):
            for label, server in [("resume-tui serve", ours), ("sshd+ForceCommand", sshd)]:
                connect[label] += first_paint(ssh_argv(server.port), 1)
        results["connect"] = {k: summary(v, 1000) for k, v in connect.items()}
        results["connect_failures"] = {k: v.count(None) for k, v in connect.items()}

        log("4/7 one j over SSH: packets on the wire")
        import wire
        results["wire"] = {}
        for label, server in [("resume-tui serve", ours), ("sshd+ForceCommand", sshd)]:
            counts = wire.messages_per_key(server.port, servers.USER, NAME)
            results["wire"][label] = {"messages": summary([m for m, _ in counts]),
                                      "bytes": summary([b for _, b in counts])}

        log(f"5/7 sessions per second, 4 clients, {RATE_SECONDS} s each")
        results["rate"] = {"resume-tui serve": sessions_per_second(ours.port, RATE_SECONDS),
                           "sshd+ForceCommand": sessions_per_second(sshd.port, RATE_SECONDS)}

        log(f"6/7 memory per idle session, {MEMORY_COUNTS}")
        results["memory"] = {}
        for n in MEMORY_COUNTS:
            for label, server in [("resume-tui serve", ours), ("sshd+ForceCommand", sshd)]:
                time.sleep(1)
                results["memory"][f"{label} x{n}"] = idle_memory(server.port, server.pid, n)

    log("7/7 scale (resume-bench)")
    scale = subprocess.run([os.path.join(ROOT, ".build/release/resume-bench")], capture_output=True, text=True, timeout=400)
    results["scale_table"] = scale.stdout

    log("diagnosis: perf stat / strace -c of one first paint")
    results["diagnosis"] = diagnose_first_paint()

    results["load_end"] = os.getloadavg()[0]
    with open(os.path.join(WORK, "results.json"), "w") as f:
        json.dump(results, f, indent=1)
    import report
    os.makedirs(os.path.join(ROOT, "bench"), exist_ok=True)
    report.plot(results["scale_table"], os.path.join(ROOT, "bench/scale.png"))
    text = report.render(results, ROOT)
    print(text)
    with open(os.path.join(ROOT, "bench/RESULTS.md"), "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
