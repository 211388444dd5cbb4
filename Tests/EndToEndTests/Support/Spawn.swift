import Foundation

/// A `quietlegs` process started in the background, to be killed at a chosen moment.
final class Spawned {
  let process = Process()
  private let output = Pipe()

  init(_ q: QuietLegsProcess, _ arguments: [String]) throws {
    process.executableURL = QuietLegsProcess.binary
    process.arguments = arguments
    process.environment = q.environment
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
  }

  /// Sends SIGKILL (if still running) and returns what it printed.
  func kill() -> String {
    Glibc.kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    return String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  }

  /// Waits for it to end and returns what it printed.
  func finish() -> String {
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
