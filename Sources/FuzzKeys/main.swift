import Foundation
import ResumeModel
import TerminalUI

/// libFuzzer entry: the input as a stream of `wgetch` results, decoded and reduced on
/// the real résumé (see `FuzzEntry.feed`). Built only by `scripts/fuzz`.
///
/// The résumé is read from the package's resume.md rather than through ResumeContent:
/// with `--sanitize=fuzzer` SwiftPM compiles every executable as a library, and the
/// EmbedResume plugin's tool (top-level code) then fails to build.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKeys(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    // The autoclosure runs on the first call only; the document is reused after that.
    FuzzEntry.feed(Array(UnsafeBufferPointer(start: data, count: size)),
                   resume: ResumeParser.parse([UInt8](FileManager.default.contents(atPath: URL(fileURLWithPath: #filePath)
                       .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                       .appendingPathComponent("resume.md").path) ?? Data())).resume)
    return 0
}
