/// Which kind of algorithm a client and this server have none of in common, found the way
/// swift-nio-ssh 0.15.1 negotiates (SSHKeyExchangeStateMachine), so it names the step that
/// really failed:
///
/// 1. a key exchange both know, then a host key algorithm both know;
/// 2. per direction, the client's first cipher we know, then its first MAC we know. nio-ssh
///    asks for a MAC match even when the cipher is an AEAD (AES-GCM) that uses none, unlike
///    OpenSSH, so `ssh -m hmac-md5` fails against this server whatever the cipher;
/// 3. the same cipher and MAC both ways.
struct NegotiationDiagnosis: Equatable {
    enum Missing: String, Equatable {
        case keyExchange = "kex"
        case hostKey = "host-key"
        case cipher
        case mac

        /// As the visitor reads it: "no matching <noun>".
        var noun: String {
            switch self {
            case .keyExchange: "key exchange algorithm"
            case .hostKey: "host key algorithm"
            case .cipher: "cipher"
            case .mac: "MAC"
            }
        }
    }

    /// Nil when every kind overlaps: nio-ssh failed for a reason this does not model.
    let missing: Missing?
    /// What the client offered of that kind, its markers left out (see `markers`).
    let offered: [String]
    /// What we offer of that kind.
    let ours: [String]

    /// Names a client lists among its key exchanges that are signals, not algorithms
    /// (RFC 8308 ext-info, OpenSSH's strict key exchange): echoing them back would only
    /// puzzle the visitor.
    static let markers: Set<String> = ["ext-info-c", "ext-info-s",
                                       "kex-strict-c-v00@openssh.com", "kex-strict-s-v00@openssh.com"]

    static func diagnose(client: AlgorithmOffer, server: AlgorithmOffer) -> NegotiationDiagnosis {
        func missing(_ kind: Missing, _ offered: [String], _ ours: [String]) -> NegotiationDiagnosis {
            NegotiationDiagnosis(missing: kind, offered: offered.filter { !markers.contains($0) }, ours: ours)
        }
        func pick(_ offered: [String], _ ours: [String]) -> String? { offered.first { ours.contains($0) } }

        guard pick(client.keyExchange, server.keyExchange) != nil else {
            return missing(.keyExchange, client.keyExchange, server.keyExchange)
        }
        guard pick(client.hostKey, server.hostKey) != nil else {
            return missing(.hostKey, client.hostKey, server.hostKey)
        }
        let checks: [(Missing, [String], [String], [String])] = [
            (.cipher, client.ciphersToServer, client.ciphersToClient, server.ciphersToServer),
            (.mac, client.macsToServer, client.macsToClient, server.macsToServer),
        ]
        for (kind, toServer, toClient, ours) in checks {
            guard let up = pick(toServer, ours) else { return missing(kind, toServer, ours) }
            guard let down = pick(toClient, ours) else { return missing(kind, toClient, ours) }
            // nio-ssh supports only one cipher and MAC for both directions.
            if up != down { return missing(kind, [up + " (to server)", down + " (to client)"], ours) }
        }
        return NegotiationDiagnosis(missing: nil, offered: [], ours: [])
    }

    /// The visitor's client prints this; OpenSSH shows at most 400 characters of it. The
    /// client's own list is echoed (sanitized: it came off the wire) and cut to fit.
    var description: String {
        guard let missing else { return "key exchange failed: no algorithms in common with this server" }
        let offer = offered.isEmpty ? "nothing" : ClientText.printable(Self.list(offered), limit: 150)
        return "no matching \(missing.noun): you offer \(offer); this server offers \(Self.list(ours))"
    }

    static func list(_ names: [String]) -> String { names.joined(separator: ", ") }
}
