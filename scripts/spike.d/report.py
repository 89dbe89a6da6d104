"""The run's results as rows (figure, result, target, verdict), printed as a table and
written as a Markdown section that can be pasted into bench/RESULTS.md."""
from ramp import percentiles

MIB = 1024


def ms(seconds):
    return "–" if seconds is None else f"{seconds * 1000:.1f}"


def latency_text(values):
    p50, p99, top = percentiles(values)
    return f"p50 {ms(p50)} / p99 {ms(p99)} / max {ms(top)} ms ({len(values)})"


def reasons(counts, limit=4):
    if not counts:
        return "none"
    top = sorted(counts.items(), key=lambda kv: -kv[1])
    text = "; ".join(f"{why}: {n}" for why, n in top[:limit])
    return text + (f"; {len(top) - limit} more kinds" if len(top) > limit else "")


def verdict(ok):
    return "met" if ok else "MISSED"


def rows(r):
    """(figure, result, target, verdict) from the run's results `r`."""
    out = []
    ramp = r.get("ramp")
    if ramp:
        n, rate = ramp["target"], ramp["rate_target"]
        out.append(("sessions opened and held", f"{ramp['opened']} / {n} ({ramp['open_at_end']} still open after the ramp)",
                    f"{n}", verdict(ramp["opened"] == n)))
        out.append(("ramp failures by reason", reasons(ramp["failures"]), "none",
                    verdict(not ramp["failures"])))
        out.append(("open rate over the ramp",
                    f"{ramp['achieved_rate']:.1f}/s ({ramp['painted']} painted, {ramp['churned']} of them churned, "
                    f"in {ramp['schedule_seconds']:.0f} s; worst 5 s window {ramp['worst_window_rate']:.1f}/s; "
                    f"launcher behind by up to {ramp['launcher_max_lag']:.2f} s)",
                    f"{rate:g}/s held for {ramp['schedule_seconds']:.0f} s", verdict(ramp["held"])))
        out.append(("connect to painted first screen", latency_text(ramp["latencies"]), "–", "info"))
    keys = r.get("keys")
    if keys:
        p50, p99, top = percentiles(keys["latencies"])
        out.append(("keystroke to first output byte",
                    f"{len(keys['latencies'])} keys in {keys['seconds']:.0f} s: p50 {ms(p50)} / p99 {ms(p99)} / "
                    f"max {ms(top)} ms; failures: {reasons(keys['failures'])}",
                    "p99 < 100 ms", verdict(p99 is not None and p99 < 0.1 and not keys["failures"])))
    mem = r.get("memory")
    if mem:
        out.append(("PSS per session (marginal, server tree)",
                    f"{mem['marginal_kib'] / MIB:.2f} MiB ({mem['pss'] / MIB:.0f} MiB for {mem['processes']} children; "
                    f"server alone {mem['server_pss'] / MIB:.0f} MiB, baseline {r['baseline']['pss'] / MIB:.0f} MiB)",
                    "≤ 2.3 MiB", verdict(mem["marginal_kib"] <= 2.3 * MIB)))
        out.append(("server fds / ptys / threads with all open",
                    f"{mem['fds']} / {r.get('pty_nr_held', '?')} (kernel's count; {mem['ptys']} master fds) / "
                    f"{mem['threads']} (children's threads: {mem['child_threads']})",
                    "–", "info"))
    leave = r.get("leave")
    if leave:
        back = leave["back"]
        parts = [f"{k} {back[k]:.1f} s" if k in back else f"{k} not within {leave['limit']:.0f} s"
                 for k in ("processes", "fds", "ptys", "memory")]
        final = leave["final"]
        out.append(("back to baseline after all leave at once", ", ".join(parts) +
                    f" (after: {final['processes']} children, {final['fds']} fds, {final['ptys']} ptys, "
                    f"server heap {final['server_anon'] / MIB:.0f} MiB)", "all back within 60 s", verdict(len(back) == 4)))
    server = r.get("server_log")
    if server:
        alive = r.get("alive", False)
        out.append(("server alive throughout; refusals in its log", f"{'alive' if alive else 'DIED'}; "
                    f"{reasons(server['refused'])}; at stop: {server['stopped'] or 'no server stopped line'}",
                    "alive, none", verdict(alive and not server["refused"])))
    peers = r.get("peers")
    if peers:
        ours, theirs = peers.get("resume-tui serve"), peers.get("sshd + ForceCommand")
        if ours and theirs:
            ratio = ours["rate"] / theirs["rate"] if theirs["rate"] else float("inf")
            each = [", ".join(f"{x['rate']:.1f}" for x in side["rounds"]) for side in (ours, theirs)]
            out.append(("sessions/s at saturation: resume-tui serve / sshd",
                        f"{ours['rate']:.1f} / {theirs['rate']:.1f} = {ratio:.2f}× (rounds {each[0]} / {each[1]}; "
                        f"failures {reasons(ours['failures'])} / {reasons(theirs['failures'])})",
                        "≥ 3×", verdict(ratio >= 3)))
    elif r.get("peers_skipped"):
        out.append(("sessions/s at saturation: resume-tui serve / sshd", r["peers_skipped"], "≥ 3×", "n/a"))
    cpu = r.get("ramp_cpu")
    if cpu:
        out.append(("CPU during the ramp", f"machine {cpu['machine_busy'] * 100:.0f}% busy; server tree "
                    f"{cpu['server_cpu'] / cpu['wall']:.2f} cores; driver {cpu['driver_cpu'] / cpu['wall']:.2f} cores "
                    f"({cpu['driver_cpu']:.0f} s in {cpu['wall']:.0f} s)", "–", "info"))
    return out


def table(all_rows):
    """Verdict first, the long result last, so the columns line up on a terminal."""
    header = ("figure", "result", "target", "verdict")
    w_figure = max(len(row[0]) for row in all_rows + [header])
    w_target = max(len(row[2]) for row in all_rows + [header])
    lines = []
    for figure, result, target, mark in [header] + all_rows:
        lines.append(f"{mark:<7}  {figure:<{w_figure}}  {target:<{w_target}}  {result}")
    return "\n".join(lines)


def markdown(r, all_rows, details):
    m = r["machine"]
    end = r.get("machine_end", m)
    lines = [f"## Spike: {r['args']['sessions']:,} sessions on one machine", ""]
    lines.append(f"`scripts/spike {r['args']['command_line']}`, {r['started']}: {m['cores']} cores ({m['cpu']}), "
                 f"{m['ram_gib']:.0f} GiB, Linux {m['kernel']}; load average {m['load'][0]:.2f} at the start, "
                 f"{end['load'][0]:.2f} at the end (1 min, every user of the machine). Server and clients on this "
                 f"one machine over loopback; all clients in one Python process (asyncssh{r['loop_note']}), "
                 f"each from its own 127.0.x.y address.")
    lines += ["", "| figure | result | target | verdict |", "|---|---|---|---|"]
    for figure, result, target, mark in all_rows:
        lines.append(f"| {figure} | {result.replace('|', '/')} | {target} | {mark} |")
    lines += ["", "Details:", ""]
    lines += [f"- {d}" for d in details]
    return "\n".join(lines) + "\n"
