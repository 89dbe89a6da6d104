import Crypto
import NIOCore
import NIOEmbedded
import NIOSSH
import XCTest

@testable import ResumeServer

/// The schemes inside swift-nio-ssh's real handler and packet parser: a swift-nio-ssh client
/// that knows only one AES-CTR scheme logs in to a server configured with
/// `TransportSchemes.offered`, opens a session and echoes data, with every byte delivered
/// in pieces of 1, 7 or 1500 bytes. So negotiation picks the pair from lists that repeat
/// names, and the parser's "wait for more" path runs on every packet boundary.
final class AESCTRHandshakeTests: XCTestCase {
    func testEachSchemeCarriesASessionThroughTheRealParser() throws {
        let schemes: [NIOSSHTransportProtection.Type] = [AES128EtM.self, AES256EtM.self, AES128EaM.self, AES256EaM.self]
        for scheme in schemes {
            for piece in [1, 7, 1500] {
                let pair = try BackToBack(clientSchemes: [scheme])
                let message = ByteBuffer(bytes: (0..<40_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
                let echoed = try pair.echo(message, piece: piece)
                XCTAssertEqual(echoed, message, "\(scheme.cipherName) \(scheme.macName ?? "") in pieces of \(piece)")
                try pair.finish()
            }
        }
    }

    /// A byte changed in flight ends the connection with our error; nothing traps.
    func testTamperingClosesTheConnection() throws {
        let pair = try BackToBack(clientSchemes: [AES128EaM.self])
        _ = try pair.echo(ByteBuffer(string: "before"), piece: 1500)
        pair.corruptNextClientByte(at: 20)
        XCTAssertThrowsError(try pair.echo(ByteBuffer(string: "after"), piece: 1500)) { error in
            XCTAssertEqual((error as? TransportProtectionError)?.kind, .authenticationFailed, "\(error)")
        }
    }
}

// MARK: - Harness

/// A swift-nio-ssh client and server on two embedded channels that share a loop; bytes are
/// moved between them by hand, so a test decides how they are cut.
private final class BackToBack {
    let loop = EmbeddedEventLoop()
    let client: EmbeddedChannel
    let server: EmbeddedChannel
    private var corruptAt: Int?
    private var clientChild: Channel?
    private let received = Received()

    init(clientSchemes: [NIOSSHTransportProtection.Type]) throws {
        client = EmbeddedChannel(loop: loop)
        server = EmbeddedChannel(loop: loop)
        let received = self.received
        let clientHandler = NIOSSHHandler(
            role: .client(.init(userAuthDelegate: PasswordOnce(), serverAuthDelegate: AnyHostKey(),
                                globalRequestDelegate: nil, transportProtectionSchemes: clientSchemes)),
            allocator: client.allocator, inboundChildChannelInitializer: nil)
        let serverHandler = NIOSSHHandler(
            role: .server(.init(hostKeys: [NIOSSHPrivateKey(ed25519Key: .init())], userAuthDelegate: AcceptAnyone(),
                                globalRequestDelegate: nil, banner: nil,
                                transportProtectionSchemes: TransportSchemes.offered)),
            allocator: server.allocator,
            inboundChildChannelInitializer: { child, _ in
                child.eventLoop.makeCompletedFuture { try child.pipeline.syncOperations.addHandler(Echo()) }
            })
        try client.pipeline.syncOperations.addHandler(clientHandler)
        try server.pipeline.syncOperations.addHandler(serverHandler)
        try client.connect(to: .init(unixDomainSocketPath: "/client")).wait()
        try server.connect(to: .init(unixDomainSocketPath: "/server")).wait()
        try pump(piece: 1500)

        var child: Channel?
        clientHandler.createChannel(nil, channelType: .session) { channel, _ in
            child = channel
            return channel.eventLoop.makeCompletedFuture {
                try channel.pipeline.syncOperations.addHandler(Collect(into: received))
            }
        }
        try pump(piece: 1500)
        clientChild = child
    }

    /// Sends `message` from the client's session channel and returns what came back.
    func echo(_ message: ByteBuffer, piece: Int) throws -> ByteBuffer {
        let child = try XCTUnwrap(clientChild)
        received.bytes.clear()
        child.writeAndFlush(SSHChannelData(type: .channel, data: .byteBuffer(message)), promise: nil)
        try pump(piece: piece)
        return received.bytes
    }

    func corruptNextClientByte(at offset: Int) {
        corruptAt = offset
    }

    func finish() throws {
        _ = try client.finish(acceptAlreadyClosed: true)
        _ = try server.finish(acceptAlreadyClosed: true)
    }

    /// Moves bytes both ways, `piece` at a time, until neither side has more to say.
    private func pump(piece: Int) throws {
        var moved = true
        while moved {
            moved = false
            loop.run()
            while var data = try client.readOutbound(as: ByteBuffer.self) {
                if let offset = corruptAt, offset < data.readableBytes {
                    data.setInteger(data.getInteger(at: data.readerIndex + offset, as: UInt8.self).map { $0 ^ 0x40 } ?? 0,
                                    at: data.readerIndex + offset)
                    corruptAt = nil
                }
                try deliver(data, to: server, piece: piece)
                moved = true
            }
            while let data = try server.readOutbound(as: ByteBuffer.self) {
                try deliver(data, to: client, piece: piece)
                moved = true
            }
        }
    }

    private func deliver(_ data: ByteBuffer, to channel: EmbeddedChannel, piece: Int) throws {
        var data = data
        while let slice = data.readSlice(length: min(piece, data.readableBytes)), slice.readableBytes > 0 {
            try channel.writeInbound(slice)
            loop.run()
        }
    }
}

private final class Received {
    var bytes = ByteBuffer()
}

/// The server side of a session: sends back whatever arrives.
private final class Echo: ChannelInboundHandler {
    typealias InboundIn = SSHChannelData
    typealias OutboundOut = SSHChannelData

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        context.writeAndFlush(data, promise: nil)
    }
}

private final class Collect: ChannelInboundHandler {
    typealias InboundIn = SSHChannelData

    private let received: Received

    init(into received: Received) {
        self.received = received
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .byteBuffer(var bytes) = unwrapInboundIn(data).data {
            received.bytes.writeBuffer(&bytes)
        }
    }
}

private final class PasswordOnce: NIOSSHClientUserAuthenticationDelegate {
    func nextAuthenticationType(availableMethods: NIOSSHAvailableUserAuthenticationMethods,
                                nextChallengePromise: EventLoopPromise<NIOSSHUserAuthenticationOffer?>) {
        nextChallengePromise.succeed(.init(username: "visitor", serviceName: "", offer: .password(.init(password: "x"))))
    }
}

private final class AnyHostKey: NIOSSHClientServerAuthenticationDelegate {
    func validateHostKey(hostKey: NIOSSHPublicKey, validationCompletePromise: EventLoopPromise<Void>) {
        validationCompletePromise.succeed(())
    }
}

private final class AcceptAnyone: NIOSSHServerUserAuthenticationDelegate {
    let supportedAuthenticationMethods: NIOSSHAvailableUserAuthenticationMethods = .password

    func requestReceived(request: NIOSSHUserAuthenticationRequest,
                         responsePromise: EventLoopPromise<NIOSSHUserAuthenticationOutcome>) {
        responsePromise.succeed(.success)
    }
}
