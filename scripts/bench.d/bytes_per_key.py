"""Bytes a key press costs on the terminal: resume-tui against less, on the same file.

Usage: bytes_per_key.py [--binary PATH] [--file MD] [--presses N] [--sessions N]
                        [--themes dark,light,mono] [--no-less] [--show]

For `j` (one line down) it reports, per press, the bytes written and the bytes beyond the
text of the line the scroll revealed: the body's bottom row from its first to its last
non-blank character, in UTF-8 (indentation and trailing blanks are cursor movement, not
text, for both programs). For Space (page down, in fresh sessions) the bytes beyond the
text of every body row. `--show` prints one `j`'s bytes, escapes made readable.

Run it with the project's venv (pyte): /work/main/.venv/bin/python3.
"""
import argparse
import os
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptyterm import Term  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class Recorder:
    """Stands in for the pyte stream: keeps every chunk the program wrote, then feeds pyte."""

    def __init__(self, stream):
        self.stream, self.chunks = stream, []

    def feed(self, data):
        self.chunks.append(data)
        self.stream.feed(data)

    def take(self):
        data, self.chunks = b"".join(self.chunks), []
        return data


def row_text(term, y):
    """Row `y` from its first to its last non-blank, in UTF-8. Read from pyte's cells, not
    `Screen.display`, which raises on a wide character's stub cell left by an overwrite."""
    line = term.screen.buffer[y]
    return "".join(line[x].data for x in range(term.cols)).strip(" ").encode()


def session(argv, rows, cols):
    """A started program on a pty, its start-up output read and forgotten."""
    term = Term(argv, rows=rows, cols=cols, cwd=ROOT)
    recorder = Recorder(term.stream)
    term.stream = recorder
    # Painted once the bottom row (footer or less's prompt) shows something.
    term.wait_for(lambda t: row_text(t, rows - 1) != b"", timeout=10)
    term.drain(quiet=0.3)
    recorder.take()
    return term, recorder


def press(term, recorder, key):
    term.send(key)
    term.drain(quiet=0.15)
    return recorder.take()


def measure(argv, body, rows, cols, presses, sessions):
    """(j per press, Space per session): each a list of (total bytes, bytes beyond the text)."""
    js, spaces, sample = [], [], None
    term, recorder = session(argv, rows, cols)
    for _ in range(presses):
        data = press(term, recorder, b"j")
        js.append((len(data), len(data) - len(row_text(term, body[-1]))))
        sample = sample or data
    term.close()
    for _ in range(sessions):
        term, recorder = session(argv, rows, cols)
        data = press(term, recorder, b" ")
        spaces.append((len(data), len(data) - sum(len(row_text(term, y)) for y in body)))
        term.close()
    return js, spaces, sample


def figures(pairs, which):
    xs = [p[which] for p in pairs]
    return f"{min(xs)}/{statistics.median(xs):g}/{max(xs)}" if xs else "-"


def readable(data):
    return data.decode("utf-8", "replace").replace("\x1b", "ESC").replace("\r", "\\r").replace("\n", "\\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/debug/resume-tui"))
    parser.add_argument("--file", default=os.path.join(ROOT, "Tests/Fixtures/owner/resume.md"),
                        help="default: the owner's résumé as the tests keep it (a 58-line career page)")
    parser.add_argument("--page", default="career")
    parser.add_argument("--presses", type=int, default=30, help="j presses, from the top (stay short of the end)")
    parser.add_argument("--sessions", type=int, default=3)
    parser.add_argument("--themes", default="dark,light,mono")
    parser.add_argument("--rows", type=int, default=24)
    parser.add_argument("--cols", type=int, default=80)
    parser.add_argument("--no-less", action="store_true")
    parser.add_argument("--show", action="store_true", help="print one j's bytes")
    args = parser.parse_args()

    runs = [(f"resume-tui --theme {theme}",
             [args.binary, "show", "--file", args.file, "--page", args.page, "--theme", theme],
             range(1, args.rows - 1)) for theme in args.themes.split(",")]
    if not args.no_less:
        runs.append(("less", ["less", args.file], range(0, args.rows - 1)))

    print(f"{args.cols}x{args.rows}, {os.path.relpath(args.file, ROOT) if args.file.startswith(ROOT) else args.file}; "
          f"j: {args.presses} presses, Space: {args.sessions} fresh sessions; figures min/median/max")
    print(f"| {'program':<24} | {'j total':>11} | {'j beyond text':>13} | {'Space total':>14} | {'Space beyond':>12} |")
    print(f"|{'-' * 26}|{'-' * 12}:|{'-' * 14}:|{'-' * 15}:|{'-' * 13}:|")
    samples = []
    for label, argv, body in runs:
        js, spaces, sample = measure(argv, list(body), args.rows, args.cols, args.presses, args.sessions)
        print(f"| {label:<24} | {figures(js, 0):>11} | {figures(js, 1):>13} | "
              f"{figures(spaces, 0):>14} | {figures(spaces, 1):>12} |", flush=True)
        samples.append((label, sample))
    if args.show:
        for label, sample in samples:
            print(f"\n{label}, one j ({len(sample or b'')} bytes):\n  {readable(sample or b'')}")


if __name__ == "__main__":
    main()
