/// The résumé this binary was built with: the bytes of the top-level resume.md, and of
/// its translations beside it (resume.en.md, …).
///
/// `embeddedBytes` and `embeddedTranslations` are generated at build time by the
/// EmbedResume plugin, so editing resume.md (or adding resume.ja.md) and rebuilding is
/// all a fork needs to serve its own résumé.
public enum ResumeContent {
    public static var bytes: [UInt8] { embeddedBytes }

    /// Each translation's language code (`en` for resume.en.md) and bytes, by code;
    /// empty when the repository has none.
    public static var translations: [(code: String, bytes: [UInt8])] { embeddedTranslations }
}
