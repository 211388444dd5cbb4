import QuietLegsCore
import TOMLKit

/// Reads a theme file (`name`, `description`, `[roles.<role>]` tables) into a `ThemePatch`,
/// reporting the file and line of anything it does not understand.
public enum ThemeParser {
  /// Keys allowed at the top of a theme file.
  public static let topLevelKeys = ["name", "description", "roles"]
  /// Keys allowed in a `[roles.<role>]` table.
  public static let roleKeys = ["fg", "bg", "bold", "dim", "underline", "reverse"]

  /// Parses the text of a theme file; `file` names it in error messages.
  public static func parse(_ text: String, file: String) throws(TOMLFileError) -> ThemePatch {
    let source = try TOMLSource(text: text, file: file)
    var patch = ThemePatch()
    for key in source.root.keys where !topLevelKeys.contains(key) {
      throw source.error("unknown key '\(key)'; allowed: \(topLevelKeys.joined(separator: ", "))", key: key)
    }
    patch.name = try optionalString("name", in: source)
    patch.description = try optionalString("description", in: source)
    guard let rolesValue = source.root["roles"] else { return patch }
    guard let roles = rolesValue.table else {
      throw source.error("roles must be a table of [roles.<role>] sections", key: "roles")
    }
    for roleName in roles.keys {
      guard let role = StyleRole(rawValue: roleName) else {
        throw TOMLFileError(
          file: file, line: lineOfRole(roleName, in: source),
          message:
            "unknown role '\(roleName)'; roles are: \(StyleRole.allCases.map(\.name).joined(separator: ", "))"
        )
      }
      guard let table = roles[roleName]?.table else {
        throw TOMLFileError(
          file: file, line: lineOfRole(roleName, in: source),
          message: "roles.\(roleName) must be a table with fg, bg, bold, dim, underline, reverse")
      }
      patch.roles[role] = try parseRole(table, named: roleName, in: source)
    }
    return patch
  }

  /// The line of `[roles.<name>]`, or of `<name> = ...` inside `[roles]`.
  private static func lineOfRole(_ name: String, in source: TOMLSource) -> Int? {
    source.line(ofTable: "roles.\(name)") ?? source.line(ofKey: name, inTable: "roles")
  }

  private static func optionalString(_ key: String, in source: TOMLSource) throws(TOMLFileError) -> String? {
    guard let value = source.root[key] else { return nil }
    guard let text = value.string else { throw source.error("\(key) must be text in quotes", key: key) }
    return text
  }

  private static func parseRole(_ table: TOMLTable, named name: String, in source: TOMLSource)
    throws(TOMLFileError) -> RolePatch
  {
    let tableName = "roles.\(name)"
    var patch = RolePatch()
    for key in table.keys where !roleKeys.contains(key) {
      throw source.error(
        "unknown key '\(key)' in [\(tableName)]; allowed: \(roleKeys.joined(separator: ", "))",
        key: key, table: tableName)
    }
    patch.foreground = try color("fg", in: table, tableName: tableName, source: source)
    patch.background = try color("bg", in: table, tableName: tableName, source: source)
    patch.bold = try flag("bold", in: table, tableName: tableName, source: source)
    patch.dim = try flag("dim", in: table, tableName: tableName, source: source)
    patch.underline = try flag("underline", in: table, tableName: tableName, source: source)
    patch.reverse = try flag("reverse", in: table, tableName: tableName, source: source)
    return patch
  }

  private static func color(_ key: String, in table: TOMLTable, tableName: String, source: TOMLSource)
    throws(TOMLFileError) -> TerminalColor?
  {
    guard let value = table[key] else { return nil }
    if let index = value.int {
      guard let color = TerminalColor(index: index) else {
        throw source.error(
          "\(key) = \(index) is not a palette colour; use 0 to 255", key: key, table: tableName)
      }
      return color
    }
    if let name = value.string, let color = TerminalColor(name: name) {
      return color
    }
    throw source.error(
      "\(key) must be a colour: a name (\(TerminalColor.allNames.joined(separator: ", "))), 0-255, or \"#rrggbb\"",
      key: key, table: tableName)
  }

  private static func flag(_ key: String, in table: TOMLTable, tableName: String, source: TOMLSource)
    throws(TOMLFileError) -> Bool?
  {
    guard let value = table[key] else { return nil }
    guard let flag = value.bool else {
      throw source.error("\(key) must be true or false", key: key, table: tableName)
    }
    return flag
  }
}
