#define _GNU_SOURCE
#include "starter.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

// At most three descriptors travel with a request (stdin, stdout, stderr pipes).
#define MAX_FDS 3

// Waits up to timeout_ms for one int from the starter; 0, or -1 with errno.
static int read_reply(int sock, int timeout_ms, int *value);

int cpty_starter_socketpair(int fds[2]) {
    return socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, fds);
}

int cpty_become_subreaper(void) {
    return prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
}

pid_t cpty_spawn_starter(const char *path, char *const argv[], char *const envp[], int socket_fd) {
    // dup2 onto the same number would leave close-on-exec set: move it out of the way first.
    int moved = -1;
    if (socket_fd == 3) {
        moved = fcntl(socket_fd, F_DUPFD_CLOEXEC, 10);
        if (moved < 0) return -1;
        socket_fd = moved;
    }
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    sigset_t all, none;
    sigfillset(&all);
    sigemptyset(&none);
    pid_t pid = -1;
    int rc = posix_spawn_file_actions_init(&actions);
    if (rc == 0) {
        rc = posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
        if (rc == 0) rc = posix_spawn_file_actions_adddup2(&actions, socket_fd, 3);
        if (rc == 0) rc = posix_spawnattr_init(&attributes);
        if (rc == 0) {
            rc = posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
            if (rc == 0) rc = posix_spawnattr_setsigmask(&attributes, &none);
            if (rc == 0) rc = posix_spawnattr_setsigdefault(&attributes, &all);
            if (rc == 0) rc = posix_spawn(&pid, path, &actions, &attributes, argv, envp);
            posix_spawnattr_destroy(&attributes);
        }
        posix_spawn_file_actions_destroy(&actions);
    }
    if (moved >= 0) close(moved);
    if (rc != 0) {
        errno = rc;
        return -1;
    }
    return pid;
}

pid_t cpty_starter_request(int sock, const char *message, size_t length, const int *fds, int fd_count,
                           int timeout_ms) {
    if (fd_count < 0 || fd_count > MAX_FDS) {
        errno = EINVAL;
        return -1;
    }
    struct iovec part = { .iov_base = (void *)message, .iov_len = length };
    union {
        char buffer[CMSG_SPACE(sizeof(int) * MAX_FDS)];
        struct cmsghdr align;
    } control;
    memset(&control, 0, sizeof control);
    struct msghdr header = { .msg_iov = &part, .msg_iovlen = 1 };
    if (fd_count > 0) {
        header.msg_control = control.buffer;
        header.msg_controllen = CMSG_SPACE(sizeof(int) * (size_t)fd_count);
        struct cmsghdr *rights = CMSG_FIRSTHDR(&header);
        rights->cmsg_level = SOL_SOCKET;
        rights->cmsg_type = SCM_RIGHTS;
        rights->cmsg_len = CMSG_LEN(sizeof(int) * (size_t)fd_count);
        memcpy(CMSG_DATA(rights), fds, sizeof(int) * (size_t)fd_count);
    }
    ssize_t sent;
    do {
        sent = sendmsg(sock, &header, MSG_NOSIGNAL);
    } while (sent < 0 && errno == EINTR);
    if (sent < 0) return -1;
    int value = 0;
    if (read_reply(sock, timeout_ms, &value) != 0) return -1;
    if (value <= 0) {
        errno = value < 0 ? -value : EPROTO;
        return -1;
    }
    return value;
}

int cpty_starter_await_ready(int sock, int timeout_ms) {
    int value = -1;
    if (read_reply(sock, timeout_ms, &value) != 0) return -1;
    if (value != 0) {
        errno = EPROTO;
        return -1;
    }
    return 0;
}

static int read_reply(int sock, int timeout_ms, int *value) {
    struct pollfd ready = { .fd = sock, .events = POLLIN };
    int polled;
    do {
        polled = poll(&ready, 1, timeout_ms);
    } while (polled < 0 && errno == EINTR);
    if (polled < 0) return -1;
    if (polled == 0) {
        errno = ETIMEDOUT;
        return -1;
    }
    ssize_t got;
    do {
        got = recv(sock, value, sizeof *value, 0);
    } while (got < 0 && errno == EINTR);
    if (got < 0) return -1;
    if (got != (ssize_t)sizeof *value) {
        errno = EPIPE;  // the starter closed its end (0 bytes) or said something else
        return -1;
    }
    return 0;
}

int cpty_is_seqpacket_socket(int fd) {
    int type = 0;
    socklen_t length = sizeof type;
    return getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &length) == 0 && type == SOCK_SEQPACKET;
}

int cpty_die_with_parent(void) {
    pid_t parent = getppid();
    if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) != 0) return -1;
    // The server may have ended between the spawn and the prctl.
    return getppid() == parent ? 0 : -1;
}

ssize_t cpty_starter_receive(int sock, char *buffer, size_t capacity, int *fds, int max_fds, int *fd_count) {
    *fd_count = 0;
    if (max_fds > MAX_FDS) max_fds = MAX_FDS;
    struct iovec part = { .iov_base = buffer, .iov_len = capacity };
    union {
        char buffer[CMSG_SPACE(sizeof(int) * MAX_FDS)];
        struct cmsghdr align;
    } control;
    struct msghdr header = { .msg_iov = &part, .msg_iovlen = 1, .msg_control = control.buffer,
                             .msg_controllen = sizeof control.buffer };
    ssize_t got;
    do {
        got = recvmsg(sock, &header, MSG_CMSG_CLOEXEC);
    } while (got < 0 && errno == EINTR);
    if (got < 0) return -1;
    for (struct cmsghdr *c = CMSG_FIRSTHDR(&header); c != NULL; c = CMSG_NXTHDR(&header, c)) {
        if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS) continue;
        int count = (int)((c->cmsg_len - CMSG_LEN(0)) / sizeof(int));
        int *passed = (int *)CMSG_DATA(c);
        for (int i = 0; i < count; i++) {
            if (*fd_count < max_fds) fds[(*fd_count)++] = passed[i];
            else close(passed[i]);
        }
    }
    // A request cut short (MSG_TRUNC, MSG_CTRUNC) is refused by the caller as malformed.
    if (header.msg_flags & (MSG_TRUNC | MSG_CTRUNC)) {
        errno = EMSGSIZE;
        for (int i = 0; i < *fd_count; i++) close(fds[i]);
        *fd_count = 0;
        return -1;
    }
    return got;
}

int cpty_starter_reply(int sock, int value) {
    ssize_t sent;
    do {
        sent = send(sock, &value, sizeof value, MSG_NOSIGNAL);
    } while (sent < 0 && errno == EINTR);
    return sent == (ssize_t)sizeof value ? 0 : -1;
}

pid_t cpty_starter_fork(void) {
    int channel[2];
    if (pipe2(channel, O_CLOEXEC) != 0) return -1;
    pid_t middle = fork();
    if (middle < 0) {
        int saved = errno;
        close(channel[0]);
        close(channel[1]);
        errno = saved;
        return -1;
    }
    if (middle == 0) {
        // The middle process forks the session and ends at once: the session is
        // orphaned, and the kernel gives it to the nearest subreaper, the server.
        close(channel[0]);
        pid_t session = fork();
        if (session == 0) {
            close(channel[1]);
            return 0;
        }
        int value = session > 0 ? session : -errno;
        ssize_t ignored = write(channel[1], &value, sizeof value);
        (void)ignored;
        _exit(0);
    }
    close(channel[1]);
    int value = -EPIPE;
    ssize_t got;
    do {
        got = read(channel[0], &value, sizeof value);
    } while (got < 0 && errno == EINTR);
    close(channel[0]);
    // Reaped before the reply: by then the session has its new parent.
    while (waitpid(middle, NULL, 0) < 0 && errno == EINTR) {}
    if (got != (ssize_t)sizeof value) value = -EPIPE;
    if (value < 0) {
        errno = -value;
        return -1;
    }
    return value;
}

int cpty_starter_enter_session(int sock, const int *fds, int fd_count, int terminal) {
    if (sock >= 0) close(sock);
    if (setsid() < 0) return -1;
    if (terminal) {
        if (fd_count < 1 || ioctl(fds[0], TIOCSCTTY, 0) < 0) return -1;
        for (int target = 0; target < 3; target++) {
            if (dup2(fds[0], target) < 0) return -1;
        }
    } else {
        if (fd_count < 3) {
            errno = EINVAL;
            return -1;
        }
        for (int target = 0; target < 3; target++) {
            if (dup2(fds[target], target) < 0) return -1;
        }
    }
    for (int i = 0; i < fd_count; i++) {
        if (fds[i] > 2) close(fds[i]);
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    for (int s = 1; s < NSIG; s++) {
        if (s != SIGKILL && s != SIGSTOP) signal(s, SIG_DFL);  // glibc's own signals refuse: harmless
    }
    cpty_set_process_name("resume-tui");
    return 0;
}

void cpty_set_process_name(const char *name) {
    prctl(PR_SET_NAME, name, 0, 0, 0);
}
