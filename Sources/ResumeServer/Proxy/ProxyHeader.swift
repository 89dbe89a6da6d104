import Glibc
import NIOCore

/// The PROXY protocol v2 header (haproxy.org/download/2.9/doc/proxy-protocol.txt, §2.2)
/// a load balancer puts before the client's bytes. Only v2, the binary form: v1 is text
/// a client could more easily fake in tests of a misconfigured deployment, and every
/// proxy that speaks v1 speaks v2.
enum ProxyHeader {
    static let signature: [UInt8] = [0x0D, 0x0A, 0x0D, 0x0A, 0x00, 0x0D, 0x0A, 0x51, 0x55, 0x49, 0x54, 0x0A]
    /// Fixed part: signature, version/command, family/protocol, length.
    static let fixedLength = 16
    /// Longest header accepted. Addresses take at most 216 bytes (AF_UNIX); the rest is
    /// TLVs (AWS puts a VPC endpoint id there). 4 KiB leaves room and bounds the buffer.
    static let maximumLength = 4096

    enum Parse: Equatable {
        /// Need more bytes.
        case incomplete
        /// Not a v2 header, or one we cannot use: close the connection.
        case invalid(String)
        /// A header of `length` bytes; `source` is the visitor's address, or nil for a
        /// LOCAL command or an unspecified family (the proxy's own health check): use the
        /// socket's peer address then.
        case header(source: String?, length: Int)
    }

    static func parse(_ buffer: ByteBuffer) -> Parse {
        let bytes = buffer.readableBytesView
        let prefix = min(bytes.count, signature.count)
        guard bytes.prefix(prefix).elementsEqual(signature.prefix(prefix)) else { return .invalid("no PROXY v2 signature") }
        guard bytes.count >= fixedLength else { return .incomplete }
        let start = bytes.startIndex
        let versionCommand = bytes[start + 12]
        let familyProtocol = bytes[start + 13]
        let length = Int(bytes[start + 14]) << 8 | Int(bytes[start + 15])
        guard versionCommand >> 4 == 2 else { return .invalid("PROXY version \(versionCommand >> 4)") }
        let total = fixedLength + length
        guard total <= maximumLength else { return .invalid("PROXY header of \(total) bytes") }
        guard bytes.count >= total else { return .incomplete }
        switch versionCommand & 0x0F {
        case 0x0:  // LOCAL
            return .header(source: nil, length: total)
        case 0x1:  // PROXY
            break
        default:
            return .invalid("PROXY command \(versionCommand & 0x0F)")
        }
        let body = Array(bytes[(start + fixedLength)..<(start + total)])
        switch familyProtocol >> 4 {
        case 0x0:  // AF_UNSPEC
            return .header(source: nil, length: total)
        case 0x1:  // AF_INET: src 4, dst 4, ports 2 + 2
            guard body.count >= 12 else { return .invalid("PROXY address block too short") }
            return .header(source: format(Array(body[0..<4]), family: AF_INET), length: total)
        case 0x2:  // AF_INET6: src 16, dst 16, ports 2 + 2
            guard body.count >= 36 else { return .invalid("PROXY address block too short") }
            return .header(source: format(Array(body[0..<16]), family: AF_INET6), length: total)
        default:
            // AF_UNIX carries no IP address to limit by.
            return .invalid("PROXY family \(familyProtocol >> 4)")
        }
    }

    /// The same text NIO gives for a socket's peer (`SocketAddress.ipAddress`).
    static func format(_ raw: [UInt8], family: Int32) -> String? {
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        let ok = raw.withUnsafeBytes { source in
            inet_ntop(family, source.baseAddress, &text, socklen_t(text.count)) != nil
        }
        guard ok else { return nil }
        return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
