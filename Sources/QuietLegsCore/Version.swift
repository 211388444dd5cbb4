public enum QuietLegsVersion { public static let string = "0.1.0" }
