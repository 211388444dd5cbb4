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
