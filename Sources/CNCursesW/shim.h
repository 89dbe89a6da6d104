// The one C header TerminalUI sees. pkg-config's -D_XOPEN_SOURCE flags are dropped
// by SwiftPM, so the wide-character API is switched on here, before the include.
#ifndef RESUME_TUI_CNCURSESW_SHIM_H
#define RESUME_TUI_CNCURSESW_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <stdio.h>
#include <stdlib.h>
#include <ncursesw/curses.h>
#include <poll.h>
#include <signal.h>
#include <time.h>

// Macros and globals Swift cannot import (or, in Swift 6 mode, rejects as not
// concurrency-safe) are wrapped in small inline functions.
static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_italic(void) { return A_ITALIC; }
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_key_f(int n) { return KEY_F(n); }
static inline mmask_t cn_wheel_and_click_events(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED; }
static inline mmask_t cn_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cn_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t cn_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t cn_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t cn_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline FILE *cn_stdin(void) { return stdin; }
static inline FILE *cn_stdout(void) { return stdout; }
static inline void cn_getmaxyx(WINDOW *w, int *y, int *x) { getmaxyx(w, *y, *x); }
static inline WINDOW *cn_curscr(void) { return curscr; }
static inline WINDOW *cn_newscr(void) { return newscr; }
// A terminfo string capability, or NULL when the terminal has none (tigetstr's -1 too).
static inline const char *cn_string_capability(const char *name) {
    const char *value = tigetstr(name);
    return value == (const char *)-1 ? NULL : value;
}
// tiparm is variadic, which Swift cannot call.
static inline const char *cn_with_count(const char *capability, int count) { return tiparm(capability, count); }

// ncurses' public terminfo calls (mvcur, putp, vidattr) write through putchar, to stdio's
// stdout, while a refresh writes its own buffer with one write(2): mixed, a frame leaves
// in two writes, and over SSH in two packets. Between begin and end, stdout is a memory
// stream (glibc lets stdout be assigned), and end feeds what was written into ncurses'
// buffer through _nc_outch, the output function its refresh and tputs use (exported by
// libtinfo under a versioned ABI since ncurses 5.0, though no header declares it), so it
// leaves ahead of the refresh's output, in the same write.
extern int _nc_outch(int);
typedef struct { FILE *saved; FILE *stream; char *bytes; size_t size; } cn_capture;
static inline int cn_capture_begin(cn_capture *capture) {
    capture->bytes = NULL;
    capture->size = 0;
    capture->stream = open_memstream(&capture->bytes, &capture->size);
    if (capture->stream == NULL) return ERR;
    fflush(stdout);
    capture->saved = stdout;
    stdout = capture->stream;
    return OK;
}
static inline void cn_capture_end(cn_capture *capture) {
    if (capture->stream == NULL) return;
    stdout = capture->saved;
    fclose(capture->stream);
    for (size_t i = 0; i < capture->size; i++) _nc_outch((unsigned char)capture->bytes[i]);
    free(capture->bytes);
    capture->stream = NULL;
}

// ppoll(2), which glibc declares only under _GNU_SOURCE: waits for `fd` to be readable
// with the signal mask `during` in force, swapped in and out atomically (NULL: the mask
// as it is). Returns poll's result and sets `revents`; a negative `milliseconds` waits
// without a bound.
extern int ppoll(struct pollfd *, nfds_t, const struct timespec *, const sigset_t *);
static inline int cn_wait_readable(int fd, int milliseconds, const sigset_t *during, short *revents) {
    struct pollfd entry = { .fd = fd, .events = POLLIN, .revents = 0 };
    struct timespec bound = { .tv_sec = milliseconds / 1000, .tv_nsec = (long)(milliseconds % 1000) * 1000000L };
    int result = ppoll(&entry, 1, milliseconds < 0 ? NULL : &bound, during);
    *revents = entry.revents;
    return result;
}

#endif
