/// The résumé this binary was built with: the bytes of the top-level resume.md.
///
/// `embeddedBytes` is generated at build time by the EmbedResume plugin, so editing
/// resume.md and rebuilding is all a fork needs to serve its own résumé.
public enum ResumeContent {
    public static var bytes: [UInt8] { embeddedBytes }
}
