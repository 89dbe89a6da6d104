#define _GNU_SOURCE
#include "cpty.h"

#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

int cpty_open_master(char *slave_path, size_t slave_path_len) {
    int fd = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return -1;
    if (grantpt(fd) != 0 || unlockpt(fd) != 0 || ptsname_r(fd, slave_path, slave_path_len) != 0) {
        int saved = errno;
        close(fd);
        errno = saved;
        return -1;
    }
    return fd;
}

int cpty_set_window_size(int fd, unsigned short rows, unsigned short columns) {
    struct winsize size = { .ws_row = rows, .ws_col = columns, .ws_xpixel = 0, .ws_ypixel = 0 };
    return ioctl(fd, TIOCSWINSZ, &size);
}

// SETSID: the child leads its own session and process group, so a signal to
// -pid reaches everything it started. SETSIGDEF with a full set: dispositions
// the server ignores (SIGPIPE) would otherwise survive exec into the UI.
static int prepare_attributes(posix_spawnattr_t *attributes) {
    sigset_t all, none;
    sigfillset(&all);
    sigemptyset(&none);
    int rc = posix_spawnattr_init(attributes);
    if (rc != 0) return rc;
    rc = posix_spawnattr_setflags(attributes, POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    if (rc == 0) rc = posix_spawnattr_setsigmask(attributes, &none);
    if (rc == 0) rc = posix_spawnattr_setsigdefault(attributes, &all);
    return rc;
}

static pid_t spawn(const char *path, char *const argv[], char *const envp[], posix_spawn_file_actions_t *actions) {
    posix_spawnattr_t attributes;
    int rc = prepare_attributes(&attributes);
    pid_t pid = -1;
    if (rc == 0) rc = posix_spawn(&pid, path, actions, &attributes, argv, envp);
    posix_spawnattr_destroy(&attributes);
    if (rc != 0) {
        errno = rc;
        return -1;
    }
    return pid;
}

// Spawns if the file actions were all set up (rc == 0), frees them either way, and
// returns the pid or -1 with errno from whichever step failed.
static pid_t spawn_and_destroy(int rc, const char *path, char *const argv[], char *const envp[],
                               posix_spawn_file_actions_t *actions) {
    pid_t pid = -1;
    if (rc == 0) pid = spawn(path, argv, envp, actions);
    else errno = rc;
    int saved = errno;
    posix_spawn_file_actions_destroy(actions);
    errno = saved;
    return pid;
}

pid_t cpty_spawn_on_terminal(const char *path, char *const argv[], char *const envp[], const char *slave_path) {
    posix_spawn_file_actions_t actions;
    int rc = posix_spawn_file_actions_init(&actions);
    if (rc != 0) { errno = rc; return -1; }
    // glibc runs setsid before the file actions, so opening the slave here
    // (without O_NOCTTY) makes it the child's controlling terminal.
    rc = posix_spawn_file_actions_addopen(&actions, 0, slave_path, O_RDWR, 0);
    if (rc == 0) rc = posix_spawn_file_actions_adddup2(&actions, 0, 1);
    if (rc == 0) rc = posix_spawn_file_actions_adddup2(&actions, 0, 2);
    return spawn_and_destroy(rc, path, argv, envp, &actions);
}

pid_t cpty_spawn_with_pipes(const char *path, char *const argv[], char *const envp[], int in_fd, int out_fd, int err_fd) {
    posix_spawn_file_actions_t actions;
    int rc = posix_spawn_file_actions_init(&actions);
    if (rc != 0) { errno = rc; return -1; }
    rc = posix_spawn_file_actions_adddup2(&actions, in_fd, 0);
    if (rc == 0) rc = posix_spawn_file_actions_adddup2(&actions, out_fd, 1);
    if (rc == 0) rc = posix_spawn_file_actions_adddup2(&actions, err_fd, 2);
    return spawn_and_destroy(rc, path, argv, envp, &actions);
}

int cpty_pipe(int fds[2]) {
    return pipe2(fds, O_CLOEXEC);
}

pid_t cpty_try_reap(pid_t pid, int *exit_code, int *signal) {
    int status = 0;
    pid_t rc;
    do {
        rc = waitpid(pid, &status, WNOHANG);
    } while (rc < 0 && errno == EINTR);
    *exit_code = -1;
    *signal = -1;
    if (rc > 0) {
        if (WIFEXITED(status)) *exit_code = WEXITSTATUS(status);
        else if (WIFSIGNALED(status)) *signal = WTERMSIG(status);
    }
    return rc;
}

void cpty_release_free_memory(void) {
    malloc_trim(0);
}
