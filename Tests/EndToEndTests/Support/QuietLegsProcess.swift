import Foundation

/// Runs the built `quietlegs` binary with a private data folder, a fixed "now" and time zone.
struct QuietLegsProcess {
  /// What one run printed and how it ended.
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  let home: URL
  var environment: [String: String]

  /// The binary next to the test bundle in the build folder.
  static let binary: URL = {
    let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var folder = exe.deletingLastPathComponent()
    while folder.path != "/" {
      let candidate = folder.appendingPathComponent("quietlegs")
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        return candidate
      }
      folder = folder.deletingLastPathComponent()
    }
    return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("quietlegs")
  }()

  init(now: String = "2026-11-22T09:30:00+01:00", timeZone: String = "Europe/Berlin") throws {
    home = FileManager.default.temporaryDirectory.appendingPathComponent("ql-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    environment = [
      "PATH": "/usr/bin:/bin",
      "HOME": home.path,
      "QUIETLEGS_DATA_DIR": home.appendingPathComponent("data").path,
      "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
      "QUIETLEGS_NOW": now,
      "TZ": timeZone,
      "LANG": "C.UTF-8",
    ]
  }

  var dataFolder: URL { home.appendingPathComponent("data") }
  var journalFile: URL { dataFolder.appendingPathComponent("journal.sqlite3") }

  /// Runs `quietlegs` with arguments and optional standard input.
  @discardableResult
  func run(_ arguments: [String], stdin: String? = nil) throws -> Result {
    let process = Process()
    process.executableURL = Self.binary
    process.arguments = arguments
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let input = Pipe()
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  func cleanUp() { try? FileManager.default.removeItem(at: home) }
}
