import QuietLegsCore

/// A failure to report to the user as one line on standard error, with a non-zero exit status.
struct CLIError: Error, CustomStringConvertible {
  let description: String
  /// The exit status: 1 for refused input unless the failure says otherwise (`ExitStatus`).
  let status: ExitStatus

  init(_ description: String, status: ExitStatus = .refused) {
    self.description = description
    self.status = status
  }

  init(_ error: FieldError) { self.init(error.description) }

  /// A journal failure, with the exit status its kind calls for.
  init(_ error: JournalError) { self.init(error.description, status: error.exitStatus) }
}

/// Runs a call that refuses with a `JournalError` or a `FieldError`, turning the refusal into a
/// one-line message with the exit status its kind calls for; other errors pass through unchanged.
@discardableResult
func cliCall<T>(_ body: () throws -> T) throws -> T {
  do {
    return try body()
  } catch let error as JournalError {
    throw CLIError(error)
  } catch let error as FieldError {
    throw CLIError(error)
  }
}
