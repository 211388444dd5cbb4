import Foundation
import TOMLKit

/// Reads the TOML text of one routine file into a `RoutineDocument`, or a line-numbered error.
///
/// Built-in files are held to a stricter standard: they need a summary, a cue on every step and
/// at least one source. User files need only a name and steps (or a chain).
struct RoutineParser {
  private let source: TOMLSource
  private let isBuiltIn: Bool

  private init(source: TOMLSource, isBuiltIn: Bool) {
    self.source = source
    self.isBuiltIn = isBuiltIn
  }

  /// Parses `text`; `file` names the file in errors.
  static func parse(
    _ text: String, id: String, file: String, origin: RoutineOrigin
  ) throws(TOMLFileError) -> RoutineDocument {
    let parser = RoutineParser(source: try TOMLSource(text: text, file: file), isBuiltIn: origin == .builtIn)
    return try parser.document(id: id, origin: origin)
  }

  private func document(id: String, origin: RoutineOrigin) throws(TOMLFileError) -> RoutineDocument {
    let root = source.root
    try rejectUnknownKeys(in: root, allowed: RoutineLimits.routineKeys, step: nil)
    let name = try requiredText("name", in: root, step: nil, length: RoutineLimits.nameLength)
    let summary =
      isBuiltIn
      ? try requiredText("summary", in: root, step: nil, length: RoutineLimits.summaryLength)
      : try text("summary", in: root, step: nil, length: RoutineLimits.summaryLength) ?? ""
    let safety = try text("safety", in: root, step: nil, length: RoutineLimits.safetyLength)
    return RoutineDocument(
      id: id, name: name, summary: summary, safety: safety?.isEmpty == false ? safety : nil,
      sources: try sources(in: root), body: try body(of: root), origin: origin, file: source.file,
      chainLine: source.line(ofKey: "chain"))
  }

  // MARK: - Top-level parts

  private func sources(in root: TOMLTable) throws(TOMLFileError) -> [String] {
    let list = try strings("sources", in: root) { !$0.trimmed.isEmpty }
    if isBuiltIn, list.isEmpty {
      throw error(
        "built-in routines need at least one source, e.g. sources = [\"seed-003\"]", key: "sources", step: nil
      )
    }
    return list
  }

  private func body(of root: TOMLTable) throws(TOMLFileError) -> RoutineDocument.Body {
    switch (root["steps"], root["chain"]) {
    case (nil, nil):
      throw error(
        "a routine needs [[steps]] tables or chain = [\"routine-id\", ...]; neither is present",
        key: nil, step: nil)
    case (.some, .some):
      throw error(
        "a routine has either [[steps]] or chain = [...], not both; remove one", key: "chain", step: nil)
    case (.some(let value), nil):
      return .steps(try steps(value))
    case (nil, .some):
      let ids = try strings("chain", in: root) { Identifier.isValid($0) }
      guard !ids.isEmpty else {
        throw error(
          "chain must list at least one routine id, e.g. chain = [\"foot-soak\"]", key: "chain", step: nil)
      }
      return .chain(ids)
    }
  }

  private func steps(_ value: TOMLValueConvertible) throws(TOMLFileError) -> [RoutineStep] {
    guard let array = value.array, !array.isEmpty else {
      throw error("steps must be one or more [[steps]] tables", key: "steps", step: nil)
    }
    var steps: [RoutineStep] = []
    for (index, element) in array.enumerated() {
      guard let table = element.table else {
        throw error("steps must be [[steps]] tables, each with title and seconds", key: "steps", step: nil)
      }
      steps.append(try step(table, index: index))
    }
    return steps
  }

  private func step(_ table: TOMLTable, index: Int) throws(TOMLFileError) -> RoutineStep {
    try rejectUnknownKeys(in: table, allowed: RoutineLimits.stepKeys, step: index)
    let title = try requiredText("title", in: table, step: index, length: RoutineLimits.titleLength)
    let cue =
      isBuiltIn
      ? try requiredText("cue", in: table, step: index, length: RoutineLimits.cueLength)
      : try text("cue", in: table, step: index, length: RoutineLimits.cueLength) ?? ""
    guard let seconds = try number("seconds", in: table, step: index, range: RoutineLimits.seconds) else {
      throw error(
        "step \(index + 1) has no seconds; add seconds = 30 (a whole number from 1 to 7200)",
        key: nil, step: index)
    }
    let repetitions = try number("repeat", in: table, step: index, range: RoutineLimits.repetitions) ?? 1
    let rest = try number("rest", in: table, step: index, range: RoutineLimits.restSeconds) ?? 0
    return RoutineStep(
      title: title, cue: cue, seconds: seconds, repetitions: repetitions, restSeconds: rest,
      side: try side(in: table, step: index))
  }

  private func side(in table: TOMLTable, step: Int) throws(TOMLFileError) -> RoutineSide? {
    guard let value = table["side"] else { return nil }
    guard let raw = value.string, let side = RoutineSide(rawValue: raw) else {
      throw error(
        "step \(step + 1): side must be \"left\", \"right\" or \"alternate\" (got \(describe(value)))",
        key: "side", step: step)
    }
    return side
  }

  // MARK: - Typed values

  /// A one-line, non-blank string within `length`; its absence is an error.
  private func requiredText(
    _ key: String, in table: TOMLTable, step: Int?, length: ClosedRange<Int>
  ) throws(TOMLFileError) -> String {
    let limit = max(1, length.lowerBound)...length.upperBound
    guard let string = try text(key, in: table, step: step, length: limit) else {
      let place = step.map { "step \($0 + 1) has no \(key)" } ?? "\(key) is missing"
      let needed = isBuiltIn && ["summary", "cue"].contains(key) ? " (built-in routines need it)" : ""
      throw error(
        "\(place)\(needed); add \(key) = \"...\" (\(limit.lowerBound) to \(limit.upperBound) characters)",
        key: nil, step: step)
    }
    return string
  }

  /// A one-line string within `length`, without outer spaces, or nil when absent.
  private func text(
    _ key: String, in table: TOMLTable, step: Int?, length: ClosedRange<Int>
  ) throws(TOMLFileError) -> String? {
    guard let value = table[key] else { return nil }
    let rule =
      "\(step.map { "step \($0 + 1): " } ?? "")\(key) must be one line of text in quotes, "
      + "\(length.lowerBound) to \(length.upperBound) characters"
    guard let string = value.string else {
      throw error("\(rule) (got \(describe(value)))", key: key, step: step)
    }
    guard length.contains(string.trimmed.count), !string.contains(where: \.isNewline) else {
      throw error("\(rule) (got \(string.trimmed.count) characters)", key: key, step: step)
    }
    return string.trimmed
  }

  /// A whole number within `range`, or nil when absent.
  private func number(
    _ key: String, in table: TOMLTable, step: Int, range: ClosedRange<Int>
  ) throws(TOMLFileError) -> Int? {
    guard let value = table[key] else { return nil }
    guard let number = value.int, range.contains(number) else {
      throw error(
        "step \(step + 1): \(key) must be a whole number from \(range.lowerBound) to \(range.upperBound)"
          + " (got \(describe(value)))",
        key: key, step: step)
    }
    return number
  }

  /// A list of strings each passing `isValid`, or an empty list when absent.
  private func strings(
    _ key: String, in table: TOMLTable, isValid: (String) -> Bool
  ) throws(TOMLFileError) -> [String] {
    guard let value = table[key] else { return [] }
    let rule =
      key == "chain"
      ? "chain must be a list of routine ids (lowercase letters, digits and hyphens), e.g. [\"foot-soak\"]"
      : "\(key) must be a list of non-empty texts in quotes, e.g. [\"seed-003\"]"
    guard let array = value.array else {
      throw error("\(rule) (got \(describe(value)))", key: key, step: nil)
    }
    var list: [String] = []
    for item in array {
      guard let string = item.string, isValid(string) else {
        throw error("\(rule) (got \(describe(item)))", key: key, step: nil)
      }
      list.append(string)
    }
    return list
  }

  // MARK: - Errors

  private func rejectUnknownKeys(
    in table: TOMLTable, allowed: [String], step: Int?
  ) throws(TOMLFileError) {
    let unknown = table.keys.filter { !allowed.contains($0) }
    guard !unknown.isEmpty else { return }
    // The table's keys come back sorted; report the one written first.
    let errors = unknown.map { key in
      error(
        "\(step.map { "step \($0 + 1): " } ?? "")unknown key '\(key)'; allowed: \(allowed.joined(separator: ", "))",
        key: key, step: step)
    }
    throw errors.min { ($0.line ?? .max) < ($1.line ?? .max) } ?? errors[0]
  }

  /// An error at the line of `key` (in the `step`-th `[[steps]]` table when given).
  private func error(_ message: String, key: String?, step: Int?) -> TOMLFileError {
    var line: Int?
    if let step {
      if let key { line = source.line(ofKey: key, inTable: "steps", occurrence: step) }
      line = line ?? source.line(ofTable: "steps", occurrence: step) ?? source.line(ofKey: "steps")
    } else if let key {
      line = source.line(ofKey: key) ?? source.line(ofTable: key)
    }
    return TOMLFileError(file: source.file, line: line, message: message)
  }

  private func describe(_ value: TOMLValueConvertible) -> String {
    if let string = value.string { return "\"\(string)\"" }
    return value.debugDescription
  }
}

extension String {
  fileprivate var trimmed: String { trimmingCharacters(in: .whitespaces) }
}
