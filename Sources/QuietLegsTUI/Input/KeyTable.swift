/// A keymap with its actions left out: what the footer, the help overlay and the key
/// documentation test read, for any context, whatever its action type.
public struct KeyTable: Equatable, Sendable {
  /// One binding as it is shown.
  public struct Row: Equatable, Sendable {
    /// Every key that triggers the binding; the first ones are shown.
    public var keys: [Key]
    /// A word or two for the footer (`move`, `help`).
    public var label: String
    /// A sentence for the help overlay.
    public var help: String
    /// Whether the footer lists this binding (the help overlay always does).
    public var inFooter: Bool
    /// True for the frame's help key, which the footer always keeps.
    public var isHelp: Bool
    /// True for the frame's quit key, which the footer keeps too.
    public var isQuit: Bool = false

    /// The keys as shown to the user, e.g. `↑/k`.
    public var keyLabel: String {
      keys.map(\.label).joined(separator: "/")
    }
  }

  /// The context's name as the help overlay heads it.
  public var title: String
  public var rows: [Row]

  /// Rows the footer shows.
  public var footerRows: [Row] { rows.filter(\.inFooter) }

  /// Keys bound to more than one action in this table (should be empty).
  public var conflictingKeys: [Key] {
    var seen: Set<Key> = []
    var conflicts: [Key] = []
    for row in rows {
      for key in row.keys where !seen.insert(key).inserted {
        conflicts.append(key)
      }
    }
    return conflicts
  }

  /// This table followed by another's rows.
  public func merged(with other: KeyTable) -> KeyTable {
    KeyTable(title: title, rows: rows + other.rows)
  }
}
