import SnapshotSupport
import XCTest
@testable import ResumeViewer

/// The screens that speak Korean and are not among the scenes every size is tried on.
extension FrameTests {
    /// The Korean résumé asks in Korean; Hangul's two cells a character make the
    /// sentences that fit shorter ones.
    func testSnapshotsOfTheKoreanTooSmallScreen() {
        let scene = Self.scenes[1]
        XCTAssertEqual(scene.fixture, .korean)
        for (width, height) in [(19, 4), (19, 2), (12, 1), (3, 1)] {
            let (state, frame) = frame(scene, width: width, height: height)
            XCTAssertTrue(state.isTooSmall)
            XCTAssertEqual(frame.gridProblems, [], "\(width)x\(height)")
            assertSnapshot(snapshotText(frame, title: "below the minimum of 20x5, in Korean"), named: "too-small-ko-\(width)x\(height).txt")
        }
    }
}
