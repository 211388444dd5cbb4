/// What the command line looks like before swift-argument-parser reads it: global options a user
/// put before the subcommand are moved after it, and a first word that is no command is named.
enum ArgumentShape {
  /// Options every subcommand takes, each followed by one value (`--data-dir X` or `--data-dir=X`).
  static let globalOptionsWithValue: Set<String> = ["--data-dir"]

  /// The outcome of looking at the arguments.
  enum Outcome: Equatable {
    /// Arguments to parse, reordered where needed.
    case parse([String])
    /// The first word is not a command; `suggestion` is the nearest command, if one is close.
    case unknownCommand(String, suggestion: String?)
  }

  /// Looks at `arguments` (without the program name) given the subcommand names, and for a
  /// command with subcommands of its own (`med`), their names.
  static func shape(_ arguments: [String], commands: [String], nested: [String: Set<String>] = [:]) -> Outcome
  {
    var leading: [String] = []
    var index = 0
    while index < arguments.count {
      let word = arguments[index]
      if globalOptionsWithValue.contains(word), index + 1 < arguments.count {
        leading += [word, arguments[index + 1]]
        index += 2
      } else if let name = word.split(separator: "=", maxSplits: 1).first,
        word.contains("="), globalOptionsWithValue.contains(String(name))
      {
        leading.append(word)
        index += 1
      } else {
        break
      }
    }
    guard index < arguments.count else { return .parse(arguments) }
    let first = arguments[index]
    if first.hasPrefix("-") { return .parse(arguments) }
    guard commands.contains(first) || first == "help" else {
      return .unknownCommand(first, suggestion: nearest(to: first, in: commands))
    }
    // A command with subcommands of its own (`med add`) takes the options after the subcommand.
    var head = [first]
    if let inner = nested[first], index + 1 < arguments.count, inner.contains(arguments[index + 1]) {
      head.append(arguments[index + 1])
      index += 1
    }
    return .parse(head + leading + arguments[(index + 1)...])
  }

  /// The command closest to `word` by edit distance, when it is close enough to be a typing slip.
  static func nearest(to word: String, in commands: [String]) -> String? {
    let scored = commands.map { ($0, editDistance(word.lowercased(), $0)) }
    guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
    let allowed = max(1, min(3, best.0.count / 3))
    if best.1 <= allowed { return best.0 }
    return commands.first { $0.hasPrefix(word.lowercased()) && word.count >= 2 }
  }

  /// Edit distance between two strings, counted in Characters, where swapping two neighbours
  /// (`lgo` for `log`) is one edit like an insertion, a deletion or a substitution.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var best = Swift.min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          best = Swift.min(best, table[i - 2][j - 2] + 1)
        }
        table[i][j] = best
      }
    }
    return table[a.count][b.count]
  }
}
