// swift-tools-version:6.1
import PackageDescription

// cmark-gfm is linked from its shared libraries, unless RESUME_TUI_STATIC_CMARK is set
// (scripts/build-release sets it): then from the static archives Debian's -dev packages
// ship, so the deployed binary needs no cmark-gfm on the host.
let cmarkLibraries: [LinkerSetting] = Context.environment["RESUME_TUI_STATIC_CMARK"] == nil
    ? [.linkedLibrary("cmark-gfm-extensions"), .linkedLibrary("cmark-gfm")]
    : [.unsafeFlags(["-Xlinker", "-l:libcmark-gfm-extensions.a", "-Xlinker", "-l:libcmark-gfm.a"])]

// The deployed binary is a static PIE when RESUME_TUI_STATIC_PIE is set (scripts/build-release
// sets it): glibc, ncursesw with its libtinfo, libstdc++ and libgcc from their static
// archives, still position-independent, so ASLR stays. A start then maps no shared
// library and looks up no symbol (bench/RESULTS.md, "Start-up"). Only this executable:
// the plugin's tool is built for the host and linked as usual. clang would warn that
// the Swift driver's own -pie goes unused, which -static-pie includes.
let staticPIE: [LinkerSetting] = Context.environment["RESUME_TUI_STATIC_PIE"] == nil
    ? []
    : [.unsafeFlags(["-Xclang-linker", "-static-pie", "-Xclang-linker", "-Wno-unused-command-line-argument",
                     "-Xlinker", "-ltinfo"])]

// Module layout (each arrow points at what a module may import):
//   resume-tui ─▶ ResumeServer ─▶ CPTY
//              ─▶ TerminalUI   ─▶ CNCursesW, ResumeViewer
//              ─▶ ResumeViewer ─▶ ResumeLayout ─▶ ResumeModel ─▶ CMarkGFM, Yams
// Only TerminalUI imports ncurses and only ResumeServer imports NIO, so the pure
// modules (the viewer's state, keymaps, reducer and frames among them) build and test
// without a terminal or a network.
let package = Package(
    name: "resume-tui",
    products: [
        .executable(name: "resume-tui", targets: ["resume-tui"]),
        .library(name: "ResumeModel", targets: ["ResumeModel"]),
        .library(name: "ResumeLayout", targets: ["ResumeLayout"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssh.git", exact: "0.15.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
    ],
    targets: [
        // MARK: - Pure modules
        // Debian's libcmark-gfm (libcmark-gfm-dev, libcmark-gfm-extensions-dev): Markdown
        // is parsed by the CommonMark reference implementation, never by hand.
        .systemLibrary(name: "CMarkGFM", providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .target(name: "ResumeModel", dependencies: ["CMarkGFM", .product(name: "Yams", package: "Yams")],
                linkerSettings: cmarkLibraries),
        .target(name: "ResumeLayout", dependencies: ["ResumeModel"]),

        // The top-level resume.md, compiled into the binary by the EmbedResume plugin
        // so that `resume-tui` works from any folder and a fork only edits one file.
        .target(name: "ResumeContent", dependencies: ["ResumeModel"], plugins: ["EmbedResume"]),
        .executableTarget(name: "resume-embed", dependencies: ["ResumeModel"]),
        .plugin(name: "EmbedResume", capability: .buildTool(), dependencies: ["resume-embed"]),

        // MARK: - Terminal front end
        // The viewer as values: state, keymaps, reducer, effects, the composed frame.
        .target(name: "ResumeViewer", dependencies: ["ResumeLayout", "ResumeModel"]),
        .systemLibrary(name: "CNCursesW"),
        .target(name: "TerminalUI", dependencies: ["CNCursesW", "ResumeViewer", "ResumeLayout", "ResumeModel"]),

        // MARK: - SSH server
        .target(name: "CPTY"),
        .target(
            name: "ResumeServer",
            dependencies: [
                "CPTY",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSH", package: "swift-nio-ssh"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // MARK: - The program
        .executableTarget(
            name: "resume-tui",
            dependencies: [
                "ResumeModel", "ResumeLayout", "ResumeContent", "TerminalUI", "ResumeServer", "CPTY",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            linkerSettings: staticPIE
        ),

        // Measures parse, layout and search cost; run by scripts/bench, not by the tests.
        .executableTarget(name: "resume-bench", dependencies: ["ResumeModel", "ResumeLayout", "ResumeContent", "TestSupport"]),

        // MARK: - Fuzz targets
        // libFuzzer entry points only (`@_cdecl("LLVMFuzzerTestOneInput")`, no top-level
        // code): `scripts/fuzz` builds them with `--sanitize=fuzzer --sanitize=address`. A
        // normal build links them too and they do nothing when run.
        .executableTarget(name: "FuzzParser", dependencies: ["ResumeModel", "ResumeLayout"]),
        .executableTarget(name: "FuzzKeys", dependencies: ["TerminalUI", "ResumeViewer", "ResumeLayout", "ResumeModel"]),
        .executableTarget(name: "FuzzServer", dependencies: ["ResumeServer"]),

        // MARK: - Tests
        // What the tests and resume-bench share (a seeded generator, a synthetic résumé
        // of any size); never part of the product.
        .target(name: "TestSupport", dependencies: ["ResumeModel"], path: "Tests/TestSupport"),
        // A résumé using every construct, embedded by the same plugin as the program's.
        .target(name: "EmbeddedFixture", dependencies: ["ResumeModel"], path: "Tests/EmbeddedFixture",
                exclude: ["resume.md", "resume.en.md"], plugins: ["EmbedResume"]),
        .target(name: "SnapshotSupport", path: "Tests/SnapshotSupport"),
        .testTarget(name: "ResumeModelTests", dependencies: ["ResumeModel", "ResumeContent", "TestSupport", "EmbeddedFixture"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "ResumeLayoutTests", dependencies: ["ResumeLayout", "ResumeModel", "ResumeContent", "TestSupport", "SnapshotSupport"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "ResumeViewerTests", dependencies: ["ResumeViewer", "ResumeLayout", "ResumeModel", "TestSupport", "SnapshotSupport"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "ResumeViewer", "ResumeLayout", "ResumeModel", "TestSupport"]),
        .testTarget(name: "ResumeServerTests", dependencies: ["ResumeServer", "TestSupport", .product(name: "NIOEmbedded", package: "swift-nio"), .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOSSH", package: "swift-nio-ssh"), .product(name: "Logging", package: "swift-log")]),
        // The command line parsed in-process, as swift-argument-parser's own tests do.
        .testTarget(name: "CommandLineTests", dependencies: ["resume-tui", "ResumeServer", "ResumeModel", "ResumeLayout", "ResumeViewer"]),
        // Drives the built binary through tmux and the OpenSSH client, as a person would.
        .testTarget(name: "EndToEndTests", dependencies: ["resume-tui", "ResumeViewer", "TestSupport"], exclude: ["Fixtures", "Support/scripted_terminal.py", "Support/scripted_screen.py"]),
    ]
)
