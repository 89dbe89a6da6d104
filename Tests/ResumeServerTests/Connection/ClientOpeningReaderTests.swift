@testable import ResumeServer
import TestSupport
import XCTest

/// The version line and KEXINIT reader, fed whole, in pieces, cut short and with garbage.
final class ClientOpeningReaderTests: XCTestCase {
    private func read(_ chunks: [[UInt8]]) -> [ClientOpeningReader.Event] {
        var reader = ClientOpeningReader()
        return chunks.flatMap { reader.feed($0) }
    }

    private func read(_ bytes: [UInt8], piece: Int) -> [ClientOpeningReader.Event] {
        read(stride(from: 0, to: bytes.count, by: piece).map { Array(bytes[$0..<min($0 + piece, bytes.count)]) })
    }

    // MARK: - What a real client sends

    func testTheVersionAndOfferArriveWholeOrInPieces() {
        let expected: [ClientOpeningReader.Event] = [.version(KexInitBytes.version), .offer(KexInitBytes.openSSH)]
        for piece in [1, 3, 7, 64, 100_000] {
            XCTAssertEqual(read(KexInitBytes.opening(), piece: piece), expected, "pieces of \(piece)")
        }
    }

    func testTheVersionIsReportedBeforeThePacketArrives() {
        var reader = ClientOpeningReader()
        XCTAssertEqual(reader.feed(Array("SSH-2.0-Open".utf8)), [])
        XCTAssertEqual(reader.feed(Array("SSH_9.2p1 Debian\r\n\u{0}\u{0}".utf8)), [.version("SSH-2.0-OpenSSH_9.2p1 Debian")])
        XCTAssertFalse(reader.isDone)
    }

    func testBytesAfterTheKexInitAreIgnored() {
        var reader = ClientOpeningReader()
        let events = reader.feed(KexInitBytes.opening() + [0, 0, 0, 12, 99])
        XCTAssertEqual(events.last, .offer(KexInitBytes.openSSH))
        XCTAssertTrue(reader.isDone)
        XCTAssertEqual(reader.feed([1, 2, 3]), [], "nothing more once done")
    }

    func testLinesBeforeTheVersionAreSkipped() {
        let events = read([Array("hello there\r\n".utf8), KexInitBytes.opening()])
        XCTAssertEqual(events.first, .version(KexInitBytes.version))
    }

    func testTheVersionLineIsBoundedAndKeepsNoControlCharacters() {
        let line = "SSH-2.0-\u{1B}[31m" + String(repeating: "A", count: 1_000) + "\r\n"
        guard case .version(let version) = read([Array(line.utf8)]).first else { return XCTFail("no version") }
        XCTAssertTrue(version.hasPrefix("SSH-2.0-[31mAAA"), version)
        XCTAssertLessThanOrEqual(version.utf8.count, 255)
        XCTAssertFalse(version.contains("\u{1B}"))
    }

    // MARK: - Hostile and broken input

    func testTruncatedInputWaitsAndNeverTraps() {
        let opening = KexInitBytes.opening()
        for cut in 0..<opening.count {
            var reader = ClientOpeningReader()
            let events = reader.feed(opening[0..<cut])
            XCTAssertFalse(reader.isDone, "cut at \(cut)")
            XCTAssertFalse(events.contains { if case .offer = $0 { true } else { false } }, "cut at \(cut)")
        }
    }

    func testAPacketThatIsNotKexInitIsUnreadable() {
        let packet = DisconnectPacket.frame([21, 0, 0])  // NEWKEYS-like: wrong type
        XCTAssertEqual(read([Array("SSH-2.0-x\r\n".utf8) + packet]).last, .unreadable("first packet is not KEXINIT"))
    }

    func testAKexInitCutInsideItsListsIsUnreadable() {
        let payload = KexInitBytes.payload(KexInitBytes.openSSH)
        for cut in [1, 10, 17, 21, 60, payload.count - 40] {
            let events = read([Array("SSH-2.0-x\r\n".utf8) + DisconnectPacket.frame(Array(payload.prefix(cut)))])
            XCTAssertEqual(events.last, .unreadable("KEXINIT ends early"), "payload cut at \(cut)")
        }
    }

    func testANameListLongerThanThePacketIsUnreadable() {
        var payload: [UInt8] = [20] + Array(repeating: 0, count: 16)
        payload += [0x7F, 0xFF, 0xFF, 0xFF] + Array("curve25519-sha256".utf8)
        let events = read([Array("SSH-2.0-x\r\n".utf8) + DisconnectPacket.frame(payload)])
        XCTAssertEqual(events.last, .unreadable("KEXINIT ends early"))
    }

    func testHugeLengthsAndPaddingAreRefusedWithoutWaiting() {
        let version = Array("SSH-2.0-x\r\n".utf8)
        XCTAssertEqual(read([version + [0xFF, 0xFF, 0xFF, 0xFF]]).last,
                       .unreadable("first packet longer than 35000 bytes"), "refused at the length field")
        XCTAssertEqual(read([version + [0, 0, 0, 8, 200, 20, 0, 0, 0, 0, 0, 0]]).last,
                       .unreadable("padding longer than the packet"))
        XCTAssertEqual(read([version + [0, 0, 0, 0]]).last, .unreadable("packet too short"))
    }

    func testNoVersionLineInTheBudgetIsUnreadable() {
        let noise = [UInt8](repeating: UInt8(ascii: "x"), count: ClientOpeningReader.maxBeforeVersion + 1)
        XCTAssertEqual(read([noise]), [.unreadable("no version line in 8192 bytes")])
    }

    func testRandomBytesNeverTrap() {
        var random = SeededGenerator(seed: 13)
        for round in 0..<2_000 {
            var bytes = KexInitBytes.opening()
            for _ in 0...random.below(8) {
                bytes[random.below(bytes.count)] = UInt8(truncatingIfNeeded: random.next())
            }
            if round % 3 == 0 { bytes = bytes.map { _ in UInt8(truncatingIfNeeded: random.next()) } }
            _ = read(bytes, piece: 1 + random.below(300))
        }
    }
}
