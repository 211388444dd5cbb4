/// The program's version, shown by `quietlegs --version` and in exported calendars.
public enum QuietLegsVersion { public static let string = "0.1.0" }
