import Glibc

/// The key the per-address limits count by. An IPv4 address is itself; an IPv6 address
/// is its /64, because one customer of any provider gets at least a /64 and can use
/// 2^64 addresses: counting them one by one would make every per-address limit void.
/// An IPv4-mapped IPv6 address (::ffff:a.b.c.d, from a dual-stack socket) is its IPv4.
enum AddressKey {
    static func forLimits(_ address: String) -> String {
        guard address.contains(":") else { return address }
        var raw = in6_addr()
        guard inet_pton(AF_INET6, address, &raw) == 1 else { return address }
        let bytes = withUnsafeBytes(of: raw) { Array($0) }
        if bytes[0..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xFF, bytes[11] == 0xFF {
            return bytes[12..<16].map(String.init).joined(separator: ".")
        }
        let prefix = stride(from: 0, to: 8, by: 2).map { String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16) }
        return prefix.joined(separator: ":") + "::/64"
    }
}
