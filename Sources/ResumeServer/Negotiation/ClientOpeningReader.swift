/// Reads what a client sends first: its version line (RFC 4253 §4.2), then its first binary
/// packet, which must be its KEXINIT (§7.1). Fed the bytes as they arrive; keeps only what
/// it needs (a line, then one packet), so a client that trickles bytes costs linear time.
///
/// Input is hostile: every length is checked before use and each stage is bounded, and
/// anything unexpected ends the reading with `.unreadable` rather than a trap. It never
/// decides anything about the connection; swift-nio-ssh, reading the same bytes, does.
struct ClientOpeningReader {
    enum Event: Equatable {
        /// The version line, control characters dropped, at most 255 bytes.
        case version(String)
        /// The client's KEXINIT: what it offers. Reading is over.
        case offer(AlgorithmOffer)
        /// Not something we can read; reading is over.
        case unreadable(String)
    }

    /// RFC 4253 §4.2: the version line is at most 255 bytes, CR LF included.
    static let maxVersionLine = 255
    /// Lines before the version line: clients should send none; allow a few.
    static let maxBeforeVersion = 8 * 1024
    /// RFC 4253 §6.1: every implementation handles packets of 35,000 bytes; a KEXINIT
    /// is about 1.5 KB, so nothing real is larger.
    static let maxPacket = 35_000

    private enum Stage {
        case line(current: [UInt8], consumed: Int)
        case packet([UInt8])
        case done
    }

    private var stage = Stage.line(current: [], consumed: 0)

    var isDone: Bool {
        if case .done = stage { return true }
        return false
    }

    /// Takes the next bytes and says what they completed, in order (a version line and
    /// an offer can arrive in one read).
    mutating func feed(_ bytes: some Collection<UInt8>) -> [Event] {
        var events: [Event] = []
        var index = bytes.startIndex
        while index != bytes.endIndex {
            switch stage {
            case .done:
                return events
            case .line(var current, var consumed):
                let byte = bytes[index]
                index = bytes.index(after: index)
                consumed += 1
                if byte == UInt8(ascii: "\n") {
                    let line = String(decoding: current.filter { $0 >= 0x20 && $0 < 0x7F }, as: UTF8.self)
                    if line.hasPrefix("SSH-") {
                        events.append(.version(line))
                        stage = .packet([])
                        continue
                    }
                    current = []  // a line before the version: skip it
                } else if current.count < Self.maxVersionLine {
                    current.append(byte)
                }
                if consumed > Self.maxBeforeVersion {
                    return finish(events, .unreadable("no version line in \(Self.maxBeforeVersion) bytes"))
                }
                stage = .line(current: current, consumed: consumed)
            case .packet(var packet):
                let wanted = Self.wantedLength(packet)
                let take = bytes[index...].prefix(max(0, wanted - packet.count))
                packet.append(contentsOf: take)
                index = take.endIndex
                stage = .packet(packet)
                if packet.count == 4, Self.wantedLength(packet) > Self.maxPacket + 4 {
                    return finish(events, .unreadable("first packet longer than \(Self.maxPacket) bytes"))
                }
                if packet.count >= 4, packet.count == Self.wantedLength(packet) {
                    return finish(events, Self.read(packet: packet))
                }
            }
        }
        return events
    }

    private mutating func finish(_ events: [Event], _ last: Event) -> [Event] {
        stage = .done
        return events + [last]
    }

    /// How many bytes the packet needs in all: its length field, then what it says.
    private static func wantedLength(_ packet: [UInt8]) -> Int {
        guard packet.count >= 4 else { return 4 }
        return 4 + Int(WireReader.uint32(packet, at: 0))
    }

    /// A whole plaintext packet (RFC 4253 §6: length, padding length, payload, padding; no
    /// MAC before keys are exchanged) whose payload must be a KEXINIT.
    private static func read(packet: [UInt8]) -> Event {
        guard packet.count >= 6 else { return .unreadable("packet too short") }
        let padding = Int(packet[4])
        let payloadEnd = packet.count - padding
        guard payloadEnd > 5 else { return .unreadable("padding longer than the packet") }
        var reader = WireReader(packet[5..<payloadEnd])
        guard let type = reader.byte(), type == 20 else {
            return .unreadable("first packet is not KEXINIT")
        }
        guard reader.skip(16),  // the cookie
              let kex = reader.nameList(), let hostKey = reader.nameList(),
              let ciphersToServer = reader.nameList(), let ciphersToClient = reader.nameList(),
              let macsToServer = reader.nameList(), let macsToClient = reader.nameList()
        else { return .unreadable("KEXINIT ends early") }
        return .offer(AlgorithmOffer(keyExchange: kex, hostKey: hostKey,
                                     ciphersToServer: ciphersToServer, ciphersToClient: ciphersToClient,
                                     macsToServer: macsToServer, macsToClient: macsToClient))
    }
}

/// Reads SSH wire types (RFC 4251 §5) from bytes, checking each length against what is
/// left. Every read returns nil rather than go past the end.
struct WireReader {
    private var bytes: ArraySlice<UInt8>

    init(_ bytes: ArraySlice<UInt8>) { self.bytes = bytes }

    static func uint32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }

    mutating func byte() -> UInt8? { bytes.popFirst() }

    mutating func skip(_ count: Int) -> Bool {
        guard bytes.count >= count else { return false }
        bytes.removeFirst(count)
        return true
    }

    mutating func uint32() -> UInt32? {
        guard bytes.count >= 4 else { return nil }
        defer { bytes.removeFirst(4) }
        return bytes.prefix(4).reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// A string: uint32 length, then that many bytes.
    mutating func string() -> ArraySlice<UInt8>? {
        guard let length = uint32(), bytes.count >= Int(length) else { return nil }
        defer { bytes.removeFirst(Int(length)) }
        return bytes.prefix(Int(length))
    }

    /// A name-list: a string of comma-separated names.
    mutating func nameList() -> [String]? {
        string().map { $0.split(separator: UInt8(ascii: ",")).map { String(decoding: $0, as: UTF8.self) } }
    }
}
