import Crypto
import Foundation

/// The server's long-lived identity: loaded from disk, or created once on first start.
public struct HostKey: Sendable {
    public var privateKey: Curve25519.Signing.PrivateKey
    public var comment: String
    /// True when this start created the key (worth telling the owner).
    public var created: Bool

    /// The `ssh-keygen -l` line for this key.
    public var fingerprintLine: String { OpenSSHKeyFile.fingerprintLine(privateKey.publicKey, comment: comment) }

    /// Loads the key at `path`; when no file exists there, creates one (mode 0600) and a
    /// `.pub` beside it. Any other problem throws: a key is never silently replaced.
    public static func loadOrCreate(at path: String, comment: String = "resume-tui host key") throws -> HostKey {
        if FileManager.default.fileExists(atPath: path) {
            return try load(at: path)
        }
        return try create(at: path, comment: comment)
    }

    public static func load(at path: String) throws -> HostKey {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw HostKeyError.unreadable(path: path, reason: String(describing: error.localizedDescription))
        }
        guard data.count < 64 * 1024 else {
            throw HostKeyError.invalid(path: path, underlying: "file too large for a key")
        }
        do {
            let contents = try OpenSSHKeyFile.decode(String(decoding: data, as: UTF8.self))
            return HostKey(privateKey: contents.key, comment: contents.comment, created: false)
        } catch let error as HostKeyError {
            throw HostKeyError.invalid(path: path, underlying: error.description)
        }
    }

    static func create(at path: String, comment: String) throws -> HostKey {
        let key = Curve25519.Signing.PrivateKey()
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw HostKeyError.unwritable(path: path, reason: error.localizedDescription)
            }
        }
        // O_EXCL: if another process created the file meanwhile, fail rather than overwrite it.
        try write(OpenSSHKeyFile.encode(key, comment: comment), to: path, mode: 0o600, exclusive: true)
        try write(OpenSSHKeyFile.publicKeyLine(key.publicKey, comment: comment) + "\n", to: path + ".pub",
                  mode: 0o644, exclusive: false)
        return HostKey(privateKey: key, comment: comment, created: true)
    }

    private static func write(_ text: String, to path: String, mode: mode_t, exclusive: Bool) throws {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (exclusive ? O_EXCL : O_TRUNC)
        let fd = open(path, flags, mode)
        guard fd >= 0 else {
            throw HostKeyError.unwritable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        // The umask may have narrowed the mode; the private key must be exactly 0600.
        fchmod(fd, mode)
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw HostKeyError.unwritable(path: path, reason: String(cString: strerror(errno)))
            }
            written += n
        }
    }
}
