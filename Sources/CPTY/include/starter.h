#ifndef RESUME_TUI_STARTER_H
#define RESUME_TUI_STARTER_H

#include <stddef.h>
#include <sys/types.h>

// The session starter: a single-threaded copy of resume-tui, started once by
// `resume-tui serve`, that forks each session's process instead of the server
// spawning (exec'ing) the binary afresh. A fork of a process that has already
// loaded, relocated and initialised the binary skips the half of a session's
// start that exec costs (bench/RESULTS.md, "Spike").
//
// The server and the starter talk over a SOCK_SEQPACKET socket pair. The
// starter first says it is ready (0); then, for each session, one
// request (the command line and environment as NUL-separated strings, the
// session's descriptors passed with SCM_RIGHTS) and one reply (the session's
// pid, or -errno). The starter forks twice, so the session is orphaned at once
// and the kernel hands it to the server, a child subreaper: the server waits
// for it, signals it and reaps it exactly as a child it spawned itself.

/// socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC).
int cpty_starter_socketpair(int fds[2]);

/// prctl(PR_SET_CHILD_SUBREAPER): the server adopts the sessions the starter
/// forks. Must come before the starter is spawned.
int cpty_become_subreaper(void);

/// Spawns the starter in its own session: `socket_fd` becomes its descriptor
/// 3, standard input is /dev/null, standard output and error are the server's.
pid_t cpty_spawn_starter(const char *path, char *const argv[], char *const envp[], int socket_fd);

/// Server side: sends one request with `fd_count` descriptors and waits up to
/// `timeout_ms` for the reply. Returns the session's pid, or -1 with errno
/// (the starter's own errno when it could not fork; ETIMEDOUT; EPIPE when the
/// starter is gone).
pid_t cpty_starter_request(int sock, const char *message, size_t length, const int *fds, int fd_count,
                           int timeout_ms);

/// Server side: waits up to `timeout_ms` for the starter to say it is ready (its
/// warm-up done). 0, or -1 with errno.
int cpty_starter_await_ready(int sock, int timeout_ms);

/// Starter side: whether `fd` is a SOCK_SEQPACKET socket (the starter's
/// descriptor 3 is, when the server started it).
int cpty_is_seqpacket_socket(int fd);

/// Starter side: PR_SET_PDEATHSIG, so the starter ends with the server.
/// Returns -1 if the server is already gone.
int cpty_die_with_parent(void);

/// Starter side: receives one request. Returns its length (0 when the server
/// has closed its end) and up to `max_fds` descriptors (close-on-exec) in
/// `fds`, their number in `fd_count`; -1 with errno on error.
ssize_t cpty_starter_receive(int sock, char *buffer, size_t capacity, int *fds, int max_fds, int *fd_count);

/// Starter side: the reply to the last request (a pid, or -errno).
int cpty_starter_reply(int sock, int value);

/// Starter side: forks the session, twice, so that it is orphaned and adopted
/// by the server. Returns 0 in the session, its pid in the starter, -1 with
/// errno if it could not fork.
pid_t cpty_starter_fork(void);

/// In the session, before anything else: a new session and process group, the
/// pty as controlling terminal (`terminal`, fds[0]) or the three pipes as
/// standard input, output and error, the starter's socket closed, every signal
/// at its default and none blocked, and the process named resume-tui again.
int cpty_starter_enter_session(int sock, const int *fds, int fd_count, int terminal);

/// prctl(PR_SET_NAME): what ps and /proc/PID/comm show.
void cpty_set_process_name(const char *name);

#endif
