import Foundation
import Testing

@Suite("Privacy: modes regardless of umask")
struct PrivacyTests {
  @Test func everyFileWeWriteIsPrivateEvenWithUmaskZero() throws {
    let q = try QuietLegsProcess()
    defer { q.cleanUp() }
    let old = umask(0)
    defer { umask(old) }
    try q.run(["log", "cramp", "--at", "02:00"])
    try q.run(["export", "--output", q.home.appendingPathComponent("e.json").path])
    try q.run(["report", "--output", q.home.appendingPathComponent("r.md").path])
    try q.run(["backup"])
    func mode(_ path: String) throws -> Int {
      try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! Int
    }
    #expect(try mode(q.dataFolder.path) == 0o700)
    #expect(try mode(q.journalFile.path) == 0o600)
    #expect(try mode(q.home.appendingPathComponent("e.json").path) == 0o600)
    #expect(try mode(q.home.appendingPathComponent("r.md").path) == 0o600)
    let backups = q.dataFolder.appendingPathComponent("backups")
    #expect(try mode(backups.path) == 0o700)
    for name in try FileManager.default.contentsOfDirectory(atPath: backups.path) {
      #expect(try mode(backups.appendingPathComponent(name).path) == 0o600, "\(name)")
    }
    for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: q.journalFile.path + suffix) {
      #expect(try mode(q.journalFile.path + suffix) == 0o600)
    }
  }
}
