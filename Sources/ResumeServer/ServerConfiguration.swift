/// Everything `ResumeSSHServer` needs; `resume-tui serve` fills it from its options.
///
/// The defaults suit a small public host: a résumé gets a handful of visitors at a time,
/// and each session costs one child process (about 20 MB RSS, mostly shared pages).
public struct ServerConfiguration: Sendable {
    /// Address to listen on. Default 0.0.0.0: the point of the server is to be reachable.
    public var host: String = "0.0.0.0"
    /// Port to listen on. Default 2222: above 1024 so no root is needed, and clear of the
    /// host's own sshd on 22. 0 picks a free port (tests); the chosen one is reported.
    public var port: Int = 2222
    /// The Ed25519 host key file (created on first start).
    public var hostKeyPath: String
    /// The program each session runs as its UI: this same binary.
    public var executablePath: String
    /// The résumé file each session's child reads (`--file`), asked at every session
    /// start; nil for the built-in one. `resume-tui serve --file` answers with its last
    /// version that parses, so an edit goes live with the next visitor and a broken save
    /// never does.
    public var resumeFile: @Sendable () -> String? = { nil }
    /// Expect a PROXY protocol v2 header first on every connection (HAProxy's
    /// `send-proxy-v2`, AWS NLB): limits and logs then use the visitor's address, not the
    /// proxy's. Default off: with it on, anyone who can reach the port directly could
    /// claim any address, so turn it on only behind a proxy that always sends the header.
    public var proxyProtocol = false
    /// The language code (`ko`, `en`, `zh`, `ja`) for sessions whose client sends no
    /// language hint (`serve --lang`); nil for the résumé's first language.
    public var defaultLanguage: String?
    public var limits: Limits = Limits()
    /// Forks each session from this starter (`serve` starts one unless
    /// `--exec-sessions`); nil spawns `executablePath` afresh for each.
    public var sessionStarter: SessionStarter?

    public init(hostKeyPath: String, executablePath: String) {
        self.hostKeyPath = hostKeyPath
        self.executablePath = executablePath
    }

    /// Bounds on what visitors can take. swift-nio-ssh has none of its own.
    public struct Limits: Sendable {
        /// Sessions (child processes) running at once, over all visitors. Default 64:
        /// about 1.3 GB of RSS in the worst case, far above a résumé's real traffic, yet a
        /// flood cannot exhaust a small VM's memory or process table.
        public var maxSessions: Int = 64
        /// Connections at once from one IP address. Default 4: a person rarely has more
        /// than a couple of windows open; a script looping `ssh` is stopped early.
        public var maxPerAddress: Int = 4
        /// Seconds a connection may take to finish key exchange and log in. Default 10:
        /// a real client on a slow link needs well under a second (login needs no typing);
        /// sockets that never speak SSH must not pile up.
        public var handshakeTimeout: Double = 10
        /// Seconds without any input from the visitor before the session ends. Default
        /// 600 (10 min): long enough to read every page slowly, short enough that
        /// forgotten terminals give their process back.
        public var idleTimeout: Double = 600
        /// Longest a session may last, in seconds, active or not. Default 3600 (60 min):
        /// no one reads a résumé for an hour; this bounds what a busy robot can hold.
        public var maxSessionDuration: Double = 3600
        /// Session channels at once on one connection (OpenSSH multiplexing). Default 1:
        /// a visitor needs one screen per connection, and with one, sessions per address
        /// are bounded by `maxPerAddress` too (with 4 they were 4 x 4 = 16, a quarter of
        /// the server). OpenSSH's sshd allows 10; a second channel gets an open failure
        /// and the first one carries on.
        public var maxChannelsPerConnection: Int = 1
        /// Connections still in key exchange or login at once, over all visitors, above
        /// which a new one is closed at once (OpenSSH's MaxStartups, without the random
        /// early drop). Default 32: a real handshake takes milliseconds, so 32 pending
        /// means sockets that hold a slot on purpose; each pending one costs a key exchange.
        /// One address may hold at most `maxPerAddress` of them, so one host's silent
        /// sockets do not lock others out; many hosts together can (as with OpenSSH),
        /// until the handshake timeout frees the slots.
        public var maxStartups: Int = 32
        /// New connections per second from one address (token bucket, bursts of the same
        /// size). Over it, the connection is closed at once, before the server sends its
        /// version line or computes anything: that is what defeats DHEat-style floods of
        /// key exchanges. Default 10: a person opens a few a minute; ssh-audit's rate test
        /// wants under 20. 0 turns it off.
        public var maxRatePerAddress: Double = 10
        /// Seconds between keepalives (a global request with want-reply) to a logged-in
        /// client. Default 15, as OpenSSH's ClientAliveInterval is often set. 0 turns them off.
        public var keepaliveInterval: Double = 15
        /// Keepalives without any answer after which the client is taken as gone and the
        /// connection closed (OpenSSH's ClientAliveCountMax). Default 3: 45 s with the
        /// default interval, instead of the idle timeout's 10 minutes for a dead laptop.
        public var keepaliveCountMax: Int = 3
        /// Seconds between SIGHUP and SIGKILL for a child whose visitor is gone. Default 2:
        /// ncurses restores the terminal and exits in milliseconds; more means it is stuck.
        public var killGrace: Double = 2

        public init() {}

        /// Open TCP connections (in handshake, busy or served) above which a new one is
        /// closed at once without a handshake: twice the sessions, so busy visitors can
        /// still be told so, while a flood of raw sockets cannot grow without bound.
        public var maxConnections: Int { max(2 * maxSessions, maxPerAddress) }
    }
}
