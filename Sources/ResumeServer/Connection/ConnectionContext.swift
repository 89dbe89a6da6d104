import NIOCore

/// What the handlers of one TCP connection know about it. Lives on the connection's
/// event loop; the session channels of the connection share the same loop.
final class ConnectionContext {
    let address: String
    let admission: ServerState.Admission
    /// The client's SSH version line ("SSH-2.0-OpenSSH_9.2p1 ..."), once seen; for logs.
    var clientVersion = "?"
    var authenticated = false
    /// Where the first key exchange is, as `NegotiationSniffer` saw it; tells
    /// `NegotiationFailureReporter` whether a failure can still be answered in plaintext.
    var firstKeyExchange = FirstKeyExchange.waiting
    /// Session channels open right now on this connection.
    var openSessionChannels = 0

    init(address: String, admission: ServerState.Admission) {
        self.address = address
        self.admission = admission
    }
}

/// The first key exchange, seen from the bytes before the SSH handler.
enum FirstKeyExchange: Equatable {
    /// The client's KEXINIT has not arrived yet.
    case waiting
    /// The SSH handler is reading the client's KEXINIT right now: a negotiation failure
    /// raised now is this one's, and nothing is encrypted yet.
    case negotiating(AlgorithmOffer)
    /// The client's opening could not be read (see `ClientOpeningReader`).
    case unreadable
    /// The KEXINIT was read and negotiation went on; any later failure is a re-key's.
    case past
}
