/// The cause catalogue and its sources, carried in the binary: `causes.toml` and `sources.toml`
/// beside this file, embedded by SwiftPM's `.embedInCode` (Package.swift).
public enum EmbeddedKnowledge {
  /// File name without `.toml` -> file text.
  public static let files: [String: String] = [
    "causes": PackageResources.causes_toml,
    "sources": PackageResources.sources_toml,
  ].mapValues { String(decoding: $0, as: UTF8.self) }
}
