"""Renders bench.py's results as Markdown (bench/RESULTS.md) and plots the scale table."""
import os
import platform
import re
import subprocess
import time


def fmt(s, unit="", digits=1):
    if s is None:
        return "n/a"
    f = f"{{:.{digits}f}}"
    return f"{f.format(s['median'])}{unit} ({f.format(s['min'])}–{f.format(s['max'])}, n={s['n']})"


def ratio(a, b):
    if a is None or b is None or not b:
        return None
    return a / b


def rfmt(r):
    return "n/a" if r is None else f"{r:.2f}×"


def verdict(ok):
    return "n/a" if ok is None else ("**met**" if ok else "**missed**")


def machine():
    cpu = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kib = int(re.search(r"MemTotal:\s+(\d+)", open("/proc/meminfo").read()).group(1))
        mem = f", {kib / 1048576:.0f} GiB RAM"
    except (OSError, AttributeError):
        pass
    def version(argv):
        try:
            return subprocess.run(argv, capture_output=True, text=True).stdout.splitlines()[0] or \
                subprocess.run(argv, capture_output=True, text=True).stderr.splitlines()[0]
        except (OSError, IndexError):
            return "?"
    ssh = subprocess.run(["ssh", "-V"], capture_output=True, text=True).stderr.strip()
    return (f"{os.cpu_count()} cores, {cpu}{mem}; {platform.system()} {platform.release()}; "
            f"{version(['less', '--version'])}; {ssh}")


def cpu_mhz():
    try:
        return float(re.search(r"cpu MHz\s*:\s*([\d.]+)", open("/proc/cpuinfo").read()).group(1))
    except (OSError, AttributeError):
        return None


def scale_rows(table):
    """(lines, {column: median ms}) for the synthetic rows of resume-bench's table."""
    rows = []
    for line in table.splitlines():
        m = re.match(r"(\d+) lines\s+(\d+)\s+(.*)$", line)
        if m:
            medians = [float(x) for x in re.findall(r"([\d.]+) / [\d.]+", m.group(3))]
            if len(medians) == 5:
                rows.append((int(m.group(1)), dict(zip(
                    ["layout @80", "relayout @100", "search index", "full search", "search +1 char"], medians))))
    return rows


def render(r, root):
    out = []
    w = out.append
    w("# resume-tui benchmark results\n")
    w(f"- Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    w(f"- Machine: {machine()}")
    w(f"- Command: `scripts/bench{' --quick' if r['quick'] else ''}` (release build with --static-swift-stdlib, the binary the README deploys; everything on this machine, loopback only, in one run)")
    w(f"- Load average (1 min) at the start and the end: {r.get('load_start', 0):.1f} and {r.get('load_end', 0):.1f} on {os.cpu_count()} cores. Other work may share the machine: see the note on run-to-run spread at the end.")
    w("- Figures: median (min–max, n = samples). Ratio = resume-tui ÷ peer, from the same run.")
    w("- Terminal: a real pty at 80x24, TERM=xterm-256color, LANG=C.UTF-8, emulated with pyte.\n")

    w("## Summary\n")
    w("| # | Measure | resume-tui | peer | ratio | target | verdict |")
    w("|---|---|---|---|---|---|---|")
    p = r["paint"]
    pr = ratio(p["resume-tui"] and p["resume-tui"]["median"], p["less"] and p["less"]["median"])
    w(f"| 1 | First paint, local (ms) | {fmt(p['resume-tui'])} | less: {fmt(p['less'])} | {rfmt(pr)} | ≤ 1.0× | {verdict(None if pr is None else pr <= 1.0)} |")
    for name, k in r["keys"].items():
        a, b = k["resume-tui"], k["less"]
        kr = ratio(a and a["median"], b and b["median"])
        ok = None if b is None or a is None else a["median"] <= b["median"]
        w(f"| 2 | Bytes per key: {name} | {fmt(a, digits=0)} | less: {fmt(b, digits=0) if b else 'n/a (no pages)'} | {rfmt(kr)} | ≤ less | {verdict(ok)} |")
    for key, what in [("j_overhead", "`j` beyond the revealed line's text"), ("space_overhead", "Space beyond the new screen's text")]:
        o = r.get(key)
        if o:
            orr = ratio(o["resume-tui"] and o["resume-tui"]["median"], o["less"] and o["less"]["median"])
            w(f"| 2 | Bytes per {what} | {fmt(o['resume-tui'], digits=0)} | less: {fmt(o['less'], digits=0)} | {rfmt(orr)} | (context) | – |")
    t = r["throughput"]
    tr = ratio(t["resume-tui"] and t["resume-tui"]["median"], t["less"] and t["less"]["median"])
    w(f"| 3 | 1,000 × `j` at once until final screen (ms) | {fmt(t['resume-tui'])} | less: {fmt(t['less'])} | {rfmt(tr)} | (none set) | – |")
    c = r["connect"]
    cr = ratio(c["resume-tui serve"] and c["resume-tui serve"]["median"], c["sshd+ForceCommand"] and c["sshd+ForceCommand"]["median"])
    w(f"| 4 | SSH connect to first paint (ms) | {fmt(c['resume-tui serve'])} | sshd+ForceCommand: {fmt(c['sshd+ForceCommand'])} | {rfmt(cr)} | ≤ 0.8× | {verdict(None if cr is None else cr <= 0.8)} |")
    wi = r.get("wire")
    if wi:
        a, b = wi["resume-tui serve"]["messages"], wi["sshd+ForceCommand"]["messages"]
        w(f"| 4 | SSH packets per `j` (channel data messages) | {fmt(a)} | sshd+ForceCommand: {fmt(b)} | {rfmt(ratio(a and a['median'], b and b['median']))} | (context) | – |")
    ra = r["rate"]
    rr = ratio(ra["resume-tui serve"]["rate"], ra["sshd+ForceCommand"]["rate"])
    w(f"| 5 | Sessions/s, 4 parallel clients (connect, paint, q) | {ra['resume-tui serve']['rate']:.1f} ({ra['resume-tui serve']['done']} in {ra['resume-tui serve']['elapsed']:.1f} s, {ra['resume-tui serve']['failed']} failed) | sshd: {ra['sshd+ForceCommand']['rate']:.1f} ({ra['sshd+ForceCommand']['done']} in {ra['sshd+ForceCommand']['elapsed']:.1f} s, {ra['sshd+ForceCommand']['failed']} failed) | {rfmt(rr)} | ≥ 1.5× | {verdict(None if rr is None else rr >= 1.5)} |")
    counts = sorted({int(k.rsplit("x", 1)[1]) for k in r["memory"]})
    for n in counts:
        a = r["memory"][f"resume-tui serve x{n}"]
        b = r["memory"][f"sshd+ForceCommand x{n}"]
        mr = ratio(a["per_session_kib"], b["per_session_kib"])
        w(f"| 6 | PSS per idle session, {n} open (MiB) | {a['per_session_kib'] / 1024:.2f} ({a['painted']}/{n} painted, {a['processes']} processes) | sshd: {b['per_session_kib'] / 1024:.2f} ({b['painted']}/{n} painted, {b['processes']} processes) | {rfmt(mr)} | ≤ 1.0× | {verdict(None if mr is None else mr <= 1.0)} |")
    rows = scale_rows(r["scale_table"])
    big = dict(rows).get(100000)
    if big:
        for col in ["relayout @100", "search +1 char"]:
            w(f"| 7 | 100,000 lines: {col} (ms, median) | {big[col]:.2f} | – | – | < 16 ms | {verdict(big[col] < 16)} |")
    w("")

    w("## Details\n")
    w(f"1. **First paint**: from spawning `resume-tui` (built-in résumé) or `less resume.md` until \"Wonho Ha\" is on the emulated screen; runs interleaved. Timeouts: {r['paint_failures']}.")
    w("2. **Bytes per key**: resume-tui opened with `--page career` (the long page, so `j` scrolls), less on `resume.md`; after the first paint and 0.3 s of quiet, each key is sent and output drained until 0.15 s of quiet. The search types `/`, `r`, `e`, `d`, `i`, `s` one by one (each drained) and Enter; the figure is the sum. Tab counts from the Career page to the next; less has no pages.")
    w(f"3. **Throughput**: resume.md has {t['resume.md lines']} lines, too few for 1,000 lines down, so both programs open the same generated file ({t['file']}, from `resume-bench --print-synthetic 5000`); resume-tui on its Career page. The final screen is taken from a calibration run (1 s of quiet after the keys); the clock runs from writing 1,000 `j` at once until the emulated screen equals it. resume-tui's final footer: `{t['resume-tui at']}` (top line 1001: {t['resume-tui ok']}); less's top line: `{t['less at']}` (a line from 900-1100 of the file: {t['less ok']}).")
    w(f"4. **SSH connect to first paint**: the same `ssh -tt -F /dev/null` (OpenSSH client, BatchMode, no known_hosts) against `resume-tui serve` and against OpenSSH's sshd (`-D`, throwaway config: `UsePAM no`, `none` authentication for an account with an empty password and `PermitEmptyPasswords yes`, `ForceCommand resume-tui`, `SetEnv LANG=C.UTF-8`, `DisableForwarding yes`); clock from spawning `ssh` until the name is on screen; runs interleaved. Timeouts: {r['connect_failures']}.")
    if wi:
        w("4. **SSH packets per `j`**: an asyncssh client (xterm-256color, 80x24) on each server, `2` for the Career page, then `j` 10 times, each answer read until 0.15 s of quiet; every channel data message is one SSH packet. The same binary runs behind both, so the bytes are alike: "
          + "; ".join(f"{label} {fmt(x['bytes'], digits=0)} bytes per `j`" for label, x in wi.items()) + ".")
    for label, x in ra.items():
        w(f"5. **Sessions/s, {label}**: first-paint latency under load {fmt(x['latency'])} ms.")
    w("6. **Memory**: N sessions opened (10 at a time, each waited for until painted), 2 s idle, then PSS summed from `/proc/PID/smaps_rollup` over the server process and all its descendants, ÷ N. Marginal = (sum − the server alone before) ÷ N:")
    for k, x in r["memory"].items():
        w(f"   - {k}: total {x['total_kib'] / 1024:.1f} MiB over {x['processes']} processes; server alone {x['base_kib'] / 1024:.1f} MiB; marginal {x['marginal_kib'] / 1024:.2f} MiB/session")
    w("7. **Scale** (`swift run -c release resume-bench`; synthetic résumés; median / min ms):\n")
    w("```")
    w(r["scale_table"].rstrip())
    w("```")
    if os.path.exists(os.path.join(root, "bench/scale.png")):
        w("\n![time vs lines](scale.png)\n")

    w("## Diagnosis: one local first paint under `perf stat` and `strace -f -c`\n")
    d = r["diagnosis"]
    w("Each program once under each tool, until the name shows, then `q`; the loader figure is from `LD_DEBUG=statistics` on a plain-text run (noisy: a cold cache multiplies it).\n")
    mhz = cpu_mhz()
    w("| | task-clock ms | page faults | context switches | syscalls | shared libraries (ldd) | dynamic loader (LD_DEBUG=statistics) |")
    w("|---|---|---|---|---|---|---|")
    for label, x in d.items():
        pf = x["perf"]
        cyc = x.get("loader_cycles")
        if cyc is None:
            loader = "none: a static executable" if x["libraries"] == 0 else "?"
        else:
            loader = f"{cyc / 1e6:.1f} M cycles" + (f" ≈ {cyc / (mhz * 1000):.1f} ms" if mhz else "")
        w(f"| {label} | {pf.get('task-clock', '?')} | {pf.get('page-faults', '?')} | {pf.get('context-switches', '?')} | {sum(x['syscalls'].values())} | {x['libraries']} | {loader} |")
    top = sorted(d["resume-tui"]["syscalls"].items(), key=lambda kv: -kv[1])[:10]
    w("\nresume-tui's most frequent syscalls: " + ", ".join(f"{k} {v}" for k, v in top) + ".")
    analysis = os.path.join(os.path.dirname(os.path.abspath(__file__)), "analysis.md")
    if os.path.exists(analysis):
        w(open(analysis).read().rstrip())
    w("")
    return "\n".join(out) + "\n"


def plot(table, path):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return
    rows = scale_rows(table)
    if not rows:
        return
    xs = [n for n, _ in rows]
    fig, ax = plt.subplots(figsize=(7, 4.5))
    for col in rows[0][1]:
        # resume-bench prints 0.00 below 5 µs: no point on a log axis
        ax.plot(xs, [v[col] if v[col] > 0 else float("nan") for _, v in rows], marker="o", label=col)
    ax.axhline(16, color="grey", linestyle="--", linewidth=1, label="16 ms (one frame at 60 Hz)")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("résumé lines (Markdown)")
    ax.set_ylabel("ms (median)")
    ax.set_title("resume-bench: layout and search cost vs size")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
