import Foundation
import XCTest

/// Compares `text` with `Snapshots/<name>` in the folder of the test file that calls it.
/// With RECORD_SNAPSHOTS=1 the file is written and the test fails anyway, so nothing is
/// accepted before a person has read it; otherwise a difference fails with a line diff.
public func assertSnapshot(_ text: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let folder = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("Snapshots")
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            XCTFail("recorded \(name): read it, then run again without RECORD_SNAPSHOTS", file: file, line: line)
        } catch {
            XCTFail("could not record \(name): \(error)", file: file, line: line)
        }
        return
    }
    guard let recorded = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("no snapshot \(name): record it with RECORD_SNAPSHOTS=1", file: file, line: line)
        return
    }
    guard recorded != text else { return }
    XCTFail("\(name) changed (- recorded, + now):\n" + lineDiff(recorded, text), file: file, line: line)
}

/// A line diff by longest common subsequence: enough for files of a few hundred lines,
/// and it shows a screen whose rows moved as moved rather than as all changed.
public func lineDiff(_ old: String, _ new: String) -> String {
    let a = old.split(separator: "\n", omittingEmptySubsequences: false)
    let b = new.split(separator: "\n", omittingEmptySubsequences: false)
    var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
        for j in stride(from: b.count - 1, through: 0, by: -1) {
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
        }
    }
    var out: [String] = []
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
        if i < a.count, j < b.count, a[i] == b[j] {
            i += 1
            j += 1
        } else if j < b.count, i == a.count || lcs[i][j + 1] >= lcs[i + 1][j] {
            out.append("+\(j + 1): \(b[j])")
            j += 1
        } else {
            out.append("-\(i + 1): \(a[i])")
            i += 1
        }
    }
    return out.joined(separator: "\n")
}
