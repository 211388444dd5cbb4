import QuietLegsCore

/// A failure to report to the user as one line on standard error, with a non-zero exit.
struct CLIError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
  init(_ error: FieldError) { self.description = error.description }
}
