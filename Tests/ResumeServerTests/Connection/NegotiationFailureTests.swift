import Crypto
import NIOCore
import NIOEmbedded
import NIOSSH
@testable import ResumeServer
import XCTest

/// swift-nio-ssh's real server handler between the sniffer and the reporter, on an embedded
/// channel: a client offering nothing we have gets a plaintext DISCONNECT and one log line.
final class NegotiationFailureTests: XCTestCase {
    private var channel: EmbeddedChannel!
    private var connection: ConnectionContext!
    private let log = LogRecorder()
    private var refused = 0

    override func setUpWithError() throws {
        channel = EmbeddedChannel()
        connection = ConnectionContext(address: "192.0.2.7", admission: .serve)
        let configuration = SSHServerConfiguration(
            hostKeys: [NIOSSHPrivateKey(ed25519Key: Curve25519.Signing.PrivateKey())],
            userAuthDelegate: AcceptAnyoneDelegate {}, globalRequestDelegate: nil, banner: nil,
            transportProtectionSchemes: TransportSchemes.offered)
        let ssh = NIOSSHHandler(role: .server(configuration), allocator: channel.allocator,
                                inboundChildChannelInitializer: nil)
        let reporter = NegotiationFailureReporter(connection: connection, logger: log.logger) { [unowned self] in
            self.refused += 1
        }
        try channel.pipeline.syncOperations.addHandlers([
            NegotiationSniffer(connection: connection), ssh, reporter,
            ErrorCloser(logger: log.logger, address: connection.address),
        ])
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 22)).wait()
    }

    override func tearDown() {
        _ = try? channel?.finish()
    }

    private func written() throws -> [UInt8] {
        var bytes: [UInt8] = []
        while let buffer = try channel.readOutbound(as: ByteBuffer.self) { bytes += Array(buffer.readableBytesView) }
        return bytes
    }

    /// The server's packets after its version line: nio-ssh sends its KEXINIT once it has
    /// the client's version, so a reply to a whole opening is KEXINIT, then what we add.
    private func packets(_ bytes: [UInt8]) throws -> [[UInt8]] {
        var rest = bytes[...]
        var packets: [[UInt8]] = []
        while rest.count >= 4 {
            let length = rest.prefix(4).reduce(0) { $0 << 8 | Int($1) }
            let packet = try XCTUnwrap(length <= rest.count - 4 ? Array(rest.prefix(4 + length)) : nil, "a whole packet")
            packets.append(packet)
            rest = rest.dropFirst(4 + length)
        }
        XCTAssertTrue(rest.isEmpty, "nothing after the last packet")
        return packets
    }

    // MARK: - What we offer

    /// Our lists are written down in `AlgorithmOffer.server()`; nio-ssh's own KEXINIT,
    /// read with the client reader, must say the same (it repeats names: see
    /// `TransportSchemes`).
    func testOurListsAreWhatNIOSSHReallySends() throws {
        try channel.writeInbound(ByteBuffer(string: KexInitBytes.version + "\r\n"))
        var reader = ClientOpeningReader()
        guard case .offer(let sent) = reader.feed(try written()).last else { return XCTFail("no KEXINIT") }
        func once(_ names: [String]) -> [String] {
            names.enumerated().filter { !names[..<$0.offset].contains($0.element) }.map(\.element)
        }
        let ours = AlgorithmOffer.server()
        XCTAssertEqual(sent.keyExchange, ours.keyExchange)
        XCTAssertEqual(sent.hostKey, ours.hostKey)
        XCTAssertEqual(once(sent.ciphersToServer), ours.ciphersToServer)
        XCTAssertEqual(once(sent.ciphersToClient), ours.ciphersToClient)
        XCTAssertEqual(once(sent.macsToServer), ours.macsToServer)
        XCTAssertEqual(once(sent.macsToClient), ours.macsToClient)
    }

    // MARK: - A failed negotiation

    func testNoCommonCipherGetsAPlaintextDisconnectAndOneLogLine() throws {
        _ = try written()
        try channel.writeInbound(ByteBuffer(bytes: KexInitBytes.opening(KexInitBytes.offer(ciphers: ["chacha20-poly1305@openssh.com"]))))
        let sent = try packets(try written())
        XCTAssertEqual(sent.count, 2, "nio-ssh's KEXINIT, then ours")
        XCTAssertEqual(sent.first?[5], 20)
        let packet = try XCTUnwrap(sent.last)

        // RFC 4253 §6: uint32 length, byte padding, payload, padding of 4 or more, no MAC;
        // all a multiple of 8.
        XCTAssertEqual(packet.count % 8, 0)
        let padding = Int(packet[4])
        XCTAssertGreaterThanOrEqual(padding, 4)
        guard packet.count >= 5 + 9 + 4 + padding else { return XCTFail("too short: \(packet)") }
        let payload = Array(packet[5..<(packet.count - padding)])
        XCTAssertEqual(payload.first, 1, "SSH_MSG_DISCONNECT")
        XCTAssertEqual(Array(payload[1..<5]), [0, 0, 0, 3], "SSH_DISCONNECT_KEY_EXCHANGE_FAILED")
        let textLength = payload[5..<9].reduce(0) { $0 << 8 | Int($1) }
        XCTAssertEqual(payload.count, 9 + textLength + 4, "description, then an empty language tag")
        guard payload.count == 9 + textLength + 4 else { return }
        let description = String(decoding: payload[9..<(9 + textLength)], as: UTF8.self)
        XCTAssertEqual(description, "no matching cipher: you offer chacha20-poly1305@openssh.com; this server offers "
                       + "aes256-gcm@openssh.com, aes128-gcm@openssh.com, aes256-ctr, aes128-ctr")
        XCTAssertEqual(Array(payload.suffix(4)), [0, 0, 0, 0])

        XCTAssertFalse(channel.isActive, "closed once the packet is out")
        XCTAssertEqual(refused, 1)
        XCTAssertEqual(log.messages.filter { $0.hasPrefix("negotiation failed") }, [
            "negotiation failed address=192.0.2.7 client=\"SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u6\" missing=cipher "
                + "offered=\"chacha20-poly1305@openssh.com\" "
                + "ours=\"aes256-gcm@openssh.com, aes128-gcm@openssh.com, aes256-ctr, aes128-ctr\"",
        ])
        XCTAssertFalse(log.contains("connection error"), "handled here, not passed on to ErrorCloser")
    }

    func testAHostileBannerAndOfferCannotInjectIntoTheLog() throws {
        _ = try written()
        let offer = KexInitBytes.offer(kex: ["evil\"\u{1B}[2J\rmore"])
        try channel.writeInbound(ByteBuffer(bytes: KexInitBytes.opening(offer, version: "SSH-2.0-\u{1B}[31m\"x\\y")))
        let line = try XCTUnwrap(log.messages.first { $0.hasPrefix("negotiation failed") })
        XCTAssertTrue(line.contains(#"client="SSH-2.0-[31m?x?y" missing=kex offered="evil??[2J?more""#), line)
        XCTAssertTrue(line.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }, line)
    }

    // MARK: - Everything else is left alone

    func testAMatchingOfferPassesAndTheSnifferLeaves() throws {
        _ = try written()
        try channel.writeInbound(ByteBuffer(bytes: KexInitBytes.opening()))
        XCTAssertTrue(channel.isActive)
        XCTAssertEqual(connection.clientVersion, KexInitBytes.version)
        XCTAssertEqual(connection.firstKeyExchange, .past)
        XCTAssertThrowsError(try channel.pipeline.syncOperations.context(handlerType: NegotiationSniffer.self),
                             "no cost after the KEXINIT")
        XCTAssertEqual(refused, 0)
        XCTAssertFalse(log.contains("negotiation failed"))
    }

    func testOtherErrorsGoOnToErrorCloserWithoutADisconnect() throws {
        _ = try written()
        _ = try channel.writeInbound(ByteBuffer(bytes: Array("SSH-2.0-x\r\n".utf8) + DisconnectPacket.frame([21])))
        XCTAssertEqual(try packets(try written()).map { $0[5] }, [20], "nio-ssh's KEXINIT only: no DISCONNECT")
        XCTAssertFalse(channel.isActive)
        XCTAssertEqual(connection.firstKeyExchange, .unreadable)
        XCTAssertEqual(refused, 0)
        XCTAssertTrue(log.contains("connection error"), "\(log.messages)")
    }
}
