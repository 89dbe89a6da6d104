"""The screen of the scripted terminal (`scripted_terminal.py`): pyte's, with what the
tests need to know and pyte does not do.

- Widths: East Asian Ambiguous characters take two cells on a terminal set to draw them
  wide (`make_width(True)`), one otherwise; pyte's draw measures with the function
  installed as `pyte.screens.wcwidth`.
- What goes wrong on such terminals is counted: whole-screen scrolls (the tab bar leaves
  row 0), characters that go past the right edge and wrap, any character that ends in the
  last cell of the last row.
- What xterm's terminfo offers and ncurses uses, but pyte 0.8.2 ignores: SU and SD
  (`indn`, `rin`) and REP (`rep`).
- Reading back: rows rendered from the buffer (pyte's `display` raises IndexError after a
  resize that leaves a wide character's stub behind), runs of cells by look, the
  ambiguous characters on screen.
"""

import unicodedata

import pyte
import pyte.screens
from pyte import graphics
from pyte import modes as mo


# MARK: - Widths

_base_width = pyte.screens.wcwidth


def is_ambiguous(char):
    """Drawn two cells wide by an ambiguous-wide terminal, one cell by the rest."""
    return len(char) == 1 and _base_width(char) == 1 and unicodedata.east_asian_width(char) == "A"


def make_width(ambiguous_wide):
    def width(char):
        w = _base_width(char)
        if ambiguous_wide and w == 1 and unicodedata.east_asian_width(char) == "A":
            return 2
        return w
    return width


# MARK: - The screen

_INDEX_256 = {value: index for index, value in enumerate(graphics.FG_BG_256)}


class ScriptedScreen(pyte.Screen):
    """pyte's screen, plus what the tests must know and pyte does not implement:
    scrolls counted, wraps and the last cell watched, SU/SD/REP understood."""

    def __init__(self, columns, lines, width, answers, write):
        super().__init__(columns, lines)
        self.width = width
        self.answers = answers
        self.write = write
        self.facts = {
            "scrolls_full": 0,       # the whole screen moved up or down: the tab bar left row 0
            "scrolls_region": 0,     # a scroll inside margins (ncurses' own optimisation)
            "wraps": 0,              # a character drawn past the right edge wrapped
            "wrap_rows": [],
            "last_cell_written": False,
            "last_cell_writes": [],
            "cursor_queries": 0,
            "device_queries": 0,
        }
        self.last_char = None

    # The program wrote text.
    def draw(self, data):
        for char in data:
            w = self.width(char)
            if w > 0:
                if mo.DECAWM in self.mode:
                    # A real terminal wraps a two-cell character that does not fit in the
                    # last column; pyte would clip it into that column.
                    if w == 2 and self.cursor.x == self.columns - 1:
                        self.cursor.x = self.columns
                    if self.cursor.x >= self.columns:
                        self.facts["wraps"] += 1
                        if len(self.facts["wrap_rows"]) < 20:
                            self.facts["wrap_rows"].append(self.cursor.y)
            super().draw(char)
            if w > 0:
                self.last_char = char
                # The cell a character ends on is the last column exactly when the cursor
                # is left past it (pending wrap).
                if self.cursor.y == self.lines - 1 and self.cursor.x == self.columns:
                    self.facts["last_cell_written"] = True
                    if len(self.facts["last_cell_writes"]) < 10:
                        self.facts["last_cell_writes"].append(char)

    def _count_scroll(self, at_edge):
        top, bottom = self.margins or (0, self.lines - 1)
        if at_edge(top, bottom):
            if top == 0 and bottom == self.lines - 1:
                self.facts["scrolls_full"] += 1
            else:
                self.facts["scrolls_region"] += 1

    def index(self):
        self._count_scroll(lambda top, bottom: self.cursor.y == bottom)
        super().index()

    def reverse_index(self):
        self._count_scroll(lambda top, bottom: self.cursor.y == top)
        super().reverse_index()

    # SU, SD and REP: in xterm's terminfo (indn, rin, rep), and ncurses uses them.
    def scroll_up(self, count=1, **_):
        top, bottom = self.margins or (0, self.lines - 1)
        saved = (self.cursor.x, self.cursor.y)
        self.cursor.y = bottom
        for _ in range(max(count, 1)):
            self.index()
        self.cursor.x, self.cursor.y = saved

    def scroll_down(self, count=1, **_):
        top, bottom = self.margins or (0, self.lines - 1)
        saved = (self.cursor.x, self.cursor.y)
        self.cursor.y = top
        for _ in range(max(count, 1)):
            self.reverse_index()
        self.cursor.x, self.cursor.y = saved

    def repeat_character(self, count=1, **_):
        if self.last_char is not None:
            self.draw(self.last_char * max(count, 1))

    # Answers.
    def report_device_status(self, mode=0, **kwargs):
        if mode == 6:
            self.facts["cursor_queries"] += 1
            if not self.answers.get("cursor", True):
                return
        super().report_device_status(mode)

    def report_device_attributes(self, mode=0, **kwargs):
        if not kwargs.get("private"):
            self.facts["device_queries"] += 1
        if not self.answers.get("device", True):
            return
        super().report_device_attributes(mode, **kwargs)

    def write_process_input(self, data):
        self.write(data.encode())

    # Reading it back.
    def row_text(self, y):
        text = ""
        covered = False
        for x in range(self.columns):
            data = self.buffer[y][x].data
            if data == "":
                # The stub after a wide character; a stub left without one (after a
                # resize) shows as a blank.
                if not covered:
                    text += " "
                covered = False
                continue
            text += data
            covered = self.width(data[0]) == 2 if data else False
        return text

    def row_width(self, y):
        width = 0
        for x in range(self.columns):
            data = self.buffer[y][x].data
            if data:
                width += max(self.width(data[0]), 0)
        return width

    def style_runs(self, y):
        runs = []
        for x in range(self.columns):
            char = self.buffer[y][x]
            if char.data == "":
                continue
            key = style_of(char)
            if runs and runs[-1]["key"] == key:
                runs[-1]["text"] += char.data
            else:
                runs.append({"x": x, "text": char.data, "key": key})
        return [dict(run.pop("key"), x=run["x"], text=run["text"]) for run in runs]

    def snapshot(self):
        rows = [self.row_text(y) for y in range(self.lines)]
        ambiguous = sorted({c for y in range(self.lines) for x in range(self.columns)
                            for c in self.buffer[y][x].data if is_ambiguous(c)})
        last = self.buffer[self.lines - 1][self.columns - 1]
        return {
            "columns": self.columns,
            "lines": self.lines,
            "rows": rows,
            "styles": [self.style_runs(y) for y in range(self.lines)],
            "ambiguous": ambiguous,
            "max_row_width": max(self.row_width(y) for y in range(self.lines)),
            "last_cell": dict(style_of(last), text=last.data),
            "cursor": [self.cursor.x, self.cursor.y],
        }


def color_index(value):
    """pyte keeps 256-colour values as hex and the eight ANSI ones by name."""
    if value in _INDEX_256:
        return _INDEX_256[value]
    names = ["black", "red", "green", "brown", "blue", "magenta", "cyan", "white"]
    return names.index(value) if value in names else None


def style_of(char):
    return {"fg": char.fg, "bg": char.bg, "fg256": color_index(char.fg), "bg256": color_index(char.bg),
            "bold": char.bold, "italic": char.italics, "underline": char.underscore, "reverse": char.reverse}


class ScriptedStream(pyte.ByteStream):
    csi = dict(pyte.ByteStream.csi, S="scroll_up", T="scroll_down", b="repeat_character")
