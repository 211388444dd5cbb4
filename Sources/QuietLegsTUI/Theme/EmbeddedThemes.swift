/// The built-in themes carried in the binary: `Builtin/*.toml` beside this file, embedded by
/// SwiftPM's `.embedInCode` (Package.swift). A file added there needs its line here
/// (`EmbeddedThemesTests` fails until it has one).
public enum EmbeddedThemes {
  /// Theme name (file name without `.toml`) -> file text.
  public static let files: [String: String] = [
    "default": PackageResources.default_toml,
    "high-contrast": PackageResources.high_contrast_toml,
    "mono": PackageResources.mono_toml,
    "night": PackageResources.night_toml,
  ].mapValues { String(decoding: $0, as: UTF8.self) }
}
