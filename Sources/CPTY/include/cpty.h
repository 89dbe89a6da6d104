#ifndef RESUME_TUI_CPTY_H
#define RESUME_TUI_CPTY_H

#include <stddef.h>
#include <sys/types.h>

// Pseudo-terminal and process spawning for the SSH server.
//
// These live in C because glibc only declares posix_openpt, ptsname_r and
// POSIX_SPAWN_SETSID under _GNU_SOURCE, and ioctl is variadic (Swift cannot
// call it). Every function returns -1 and leaves errno set on failure; none of
// them forks, so they are safe to call from a multi-threaded NIO process.

/// Opens a new pty master (O_RDWR | O_NOCTTY | O_CLOEXEC), grants and unlocks
/// it, and writes the slave's path into `slave_path`. Returns the master fd.
int cpty_open_master(char *slave_path, size_t slave_path_len);

/// Sets the window size of the terminal behind `fd` (TIOCSWINSZ). The kernel
/// sends SIGWINCH to the terminal's foreground process group.
int cpty_set_window_size(int fd, unsigned short rows, unsigned short columns);

/// Spawns `path` in a new session whose controlling terminal is the pty
/// slave at `slave_path` (opened as fd 0 and duplicated onto 1 and 2), with
/// every signal reset to its default and an empty signal mask. Returns the pid.
pid_t cpty_spawn_on_terminal(const char *path, char *const argv[], char *const envp[], const char *slave_path);

/// Spawns `path` in a new session with the given descriptors as its standard
/// input, output and error (duplicated onto 0, 1 and 2). Returns the pid.
pid_t cpty_spawn_with_pipes(const char *path, char *const argv[], char *const envp[], int in_fd, int out_fd, int err_fd);

/// pipe2(O_CLOEXEC): the parent's ends must not leak into other sessions' children.
int cpty_pipe(int fds[2]);

/// waitpid(pid, WNOHANG). Returns 0 while the child runs, the pid once it has
/// ended (with `exit_code` or `signal` set, the other -1), or -1 on error.
pid_t cpty_try_reap(pid_t pid, int *exit_code, int *signal);

/// malloc_trim(0): gives the allocator's free memory back to the system (glibc's
/// <malloc.h>, which Swift's Glibc module leaves out).
void cpty_release_free_memory(void);

// The session starter's half of this target.
#include "starter.h"

#endif
