import XCTest
@testable import ResumeLayout
