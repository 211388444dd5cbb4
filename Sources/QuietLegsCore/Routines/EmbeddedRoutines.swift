/// The built-in routines carried in the binary: `Builtin/*.toml` beside this file, embedded by
/// SwiftPM's `.embedInCode` (Package.swift). A file added there needs its line here
/// (`RoutineBuiltinTests` fails until it has one).
public enum EmbeddedRoutines {
  /// Routine id (file name without `.toml`) -> file text.
  public static let files: [String: String] = [
    "bedtime-ritual": PackageResources.bedtime_ritual_toml,
    "calf-stretches": PackageResources.calf_stretches_toml,
    "cramp-rescue": PackageResources.cramp_rescue_toml,
    "foot-soak": PackageResources.foot_soak_toml,
    "rls-settle-down": PackageResources.rls_settle_down_toml,
    "toe-raises": PackageResources.toe_raises_toml,
  ].mapValues { String(decoding: $0, as: UTF8.self) }
}
