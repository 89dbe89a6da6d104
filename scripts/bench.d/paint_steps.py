"""When each step of a local start reaches the terminal: resume-tui builds against less.

Usage: paint_steps.py [--runs N] [--file MD] NAME=BINARY [NAME=BINARY ...]

Each program is spawned on a fresh 80x24 pty, in turn, `--runs` times (interleaved and
rotated, so that the machine's drift and the place in the round fall on all alike), and
the raw bytes it writes are watched, with no emulator in between. For resume-tui the milestones are: its questions to the
terminal written (`ESC [ c`, the last of them), the probe character erased after the
answers (`CR ESC [ K`), the screen opened (`ESC [ ? 1049 h`), and the name on screen.
For less only the last. Times are milliseconds from spawn: quartiles and minimum.

The bench's first paint (bench.py) waits until pyte shows the name, which adds the
emulator's parsing to both; this script splits the program's own part into steps.
Run it with the project's venv: .venv/bin/python3.
"""
import argparse
import os
import select
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptyterm import Term  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NAME = b"Wonho Ha"
MILESTONES = [("asked", b"\x1b[c"), ("answered", b"\r\x1b[K"), ("screen", b"\x1b[?1049h"), ("painted", NAME)]


def run(argv, needle):
    """Milliseconds from spawn to each milestone seen in `argv`'s output."""
    term = Term(argv, cwd=ROOT, emulate=False)
    seen, output = {}, b""
    deadline = time.perf_counter() + 5
    while "painted" not in seen and time.perf_counter() < deadline:
        ready, _, _ = select.select([term.fd], [], [], 0.05)
        if not ready:
            continue
        try:
            data = os.read(term.fd, 65536)
        except OSError:
            break
        if not data:
            break
        now = (time.perf_counter() - term.t0) * 1000
        output += data
        term._answer(data)  # the questions get a narrow, dark terminal's answers
        for name, marker in MILESTONES:
            if name not in seen and (needle if name == "painted" else marker) in output:
                seen[name] = now
    term.close()
    return seen


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--file", default=os.path.join(ROOT, "resume.md"), help="the file less shows")
    parser.add_argument("--name", default=NAME.decode(), help="the text that marks the first paint")
    parser.add_argument("programs", nargs="+", metavar="NAME=BINARY")
    args = parser.parse_args()
    programs = [(p.split("=", 1)[0], [p.split("=", 1)[1]]) for p in args.programs]
    programs.append(("less", ["less", args.file]))
    needle = args.name.encode()
    times = {}
    for run_index in range(args.runs):
        # Rotated each round: whichever runs first after the others was measured about
        # 0.5 ms slower, the same binary against itself.
        shift = run_index % len(programs)
        for label, argv in programs[shift:] + programs[:shift]:
            for step, ms in run(argv, needle).items():
                times.setdefault(label, {}).setdefault(step, []).append(ms)
    print(f"{'program':<12} {'step':<9} {'p25':>7} {'median':>7} {'p75':>7} {'min':>7}  n")
    for label, _ in programs:
        for step, _ in MILESTONES:
            values = times.get(label, {}).get(step)
            if not values or len(values) < 2 or (label == "less" and step != "painted"):
                continue
            q = statistics.quantiles(values, n=4)
            print(f"{label:<12} {step:<9} {q[0]:7.2f} {q[1]:7.2f} {q[2]:7.2f} {min(values):7.2f}  {len(values)}")


if __name__ == "__main__":
    main()
