import Foundation

/// The uuid an imported record may carry: the 8-4-4-4-12 hex form every QuietLegs export writes.
enum RecordUUID {
  /// The lowercase form of `text`, or nil when it is not a uuid.
  static func canonical(_ text: String) -> String? {
    guard text.utf8.count == 36, UUID(uuidString: text) != nil else { return nil }
    return text.lowercased()
  }

  /// What is wrong with a text that is not a uuid, and what is allowed.
  static func problem(_ text: String) -> String {
    "'\(TextSanitizer.clean(String(text.prefix(40))))' is not a uuid; use the 8-4-4-4-12 hex form "
      + "(0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b) or leave it empty"
  }
}
