public enum QuietLegsCoreVersion { public static let string = "0.1.0" }
