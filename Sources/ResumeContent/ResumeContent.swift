import ResumeModel

/// The résumé this binary was built with: the bytes of the top-level resume.md, and of
/// its translations beside it (resume.en.md, …), each also parsed at build time.
///
/// `embeddedBytes`, `embeddedResume` and `embeddedTranslations` are generated at build
/// time by the EmbedResume plugin, so editing resume.md (or adding resume.ja.md) and
/// rebuilding is all a fork needs to serve its own résumé.
public enum ResumeContent {
    public static var bytes: [UInt8] { embeddedBytes }

    /// resume.md as parsing `bytes` gives it; nil when it doesn't show (the program then
    /// parses the bytes and says why).
    public static var parsed: Resume? { embeddedResume }

    /// Each translation's language code (`en` for resume.en.md), bytes and parsed
    /// résumé, by code; empty when the repository has none.
    public static var translations: [(code: String, bytes: [UInt8], parsed: Resume?)] { embeddedTranslations }
}
