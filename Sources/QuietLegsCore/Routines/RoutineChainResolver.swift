/// Turns parsed documents into routines, expanding chains into the chained routines' steps.
///
/// A chain may list other chains. An unknown id, an id whose file failed to load, or a cycle
/// makes the chaining routine fail with an error at its `chain` line; the others still resolve.
struct RoutineChainResolver {
  /// Parsed documents by id (user files already placed over built-ins).
  var documents: [String: RoutineDocument]
  /// Ids whose file failed to parse, so a chain naming them gets a clearer error.
  var failedIds: Set<String>

  /// The document as a routine, or the error that keeps it out.
  func resolve(_ document: RoutineDocument) -> Result<Routine, TOMLFileError> {
    switch expand(document, trail: []) {
    case .failure(let problem):
      return .failure(
        TOMLFileError(
          file: document.file, line: document.chainLine, message: problem.message(for: document.id)))
    case .success(let parts):
      let chain: [String]
      if case .chain(let ids) = document.body { chain = ids } else { chain = [] }
      return .success(
        Routine(
          id: document.id, name: document.name, summary: document.summary,
          safety: document.safety ?? parts.safetyNotes.joinedOrNil,
          sources: (document.sources + parts.sources).uniqued, steps: parts.steps, chain: chain,
          origin: document.origin))
    }
  }

  /// What a chain borrows from the routines it lists.
  private struct Parts {
    var steps: [RoutineStep] = []
    var sources: [String] = []
    var safetyNotes: [String] = []
  }

  private func expand(_ document: RoutineDocument, trail: [String]) -> Result<Parts, ChainProblem> {
    let ids: [String]
    switch document.body {
    case .steps(let steps): return .success(Parts(steps: steps))
    case .chain(let listed): ids = listed
    }
    let path = trail + [document.id]
    var parts = Parts()
    for next in ids {
      if let start = path.firstIndex(of: next) {
        return .failure(.cycle(Array(path[start...]) + [next]))
      }
      guard let listed = documents[next] else {
        return .failure(
          failedIds.contains(next)
            ? .failedToLoad(owner: document.id, id: next)
            : .unknown(
              owner: document.id, id: next, known: documents.keys.filter { $0 != document.id }.sorted()))
      }
      switch expand(listed, trail: path) {
      case .failure(let problem):
        return .failure(problem)
      case .success(let inner):
        parts.steps += inner.steps
        parts.sources += listed.sources + inner.sources
        parts.safetyNotes += [listed.safety].compactMap { $0 } + inner.safetyNotes
      }
    }
    return .success(parts)
  }
}

/// Why a chain could not be expanded.
private enum ChainProblem: Error {
  case unknown(owner: String, id: String, known: [String])
  case failedToLoad(owner: String, id: String)
  case cycle([String])

  func message(for root: String) -> String {
    switch self {
    case .unknown(let owner, let id, let known):
      let subject = owner == root ? "chain" : "chain goes through '\(owner)', which"
      return "\(subject) lists unknown routine '\(id)'; a chain may list only these routine ids: "
        + known.joined(separator: ", ")
    case .failedToLoad(let owner, let id):
      let subject = owner == root ? "chain" : "chain goes through '\(owner)', which"
      return
        "\(subject) lists '\(id)', whose file has an error (see its own message); fix it or remove it here"
    case .cycle(let ids):
      let cycle = ids.joined(separator: " → ")
      let subject = ids.first == root ? "chain forms a cycle" : "chain goes through a cycle"
      return "\(subject): \(cycle); a chain may not lead back to a routine already in it"
    }
  }
}

extension Array where Element == String {
  /// The elements in order, without repeats.
  fileprivate var uniqued: [String] {
    var seen: Set<String> = []
    return filter { seen.insert($0).inserted }
  }

  /// The distinct notes on separate lines, or nil when there are none.
  fileprivate var joinedOrNil: String? { isEmpty ? nil : uniqued.joined(separator: "\n") }
}
