import Foundation
import QuietLegsCore
import Testing

/// Mounts a small tmpfs for a test; nil where the machine does not allow mounting.
final class SmallDisk {
  let folder: URL

  init?(kilobytes: Int) {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("ql-disk-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    guard Self.shell("mount -t tmpfs -o size=\(kilobytes)k tmpfs '\(folder.path)'") == 0 else {
      try? FileManager.default.removeItem(at: folder)
      return nil
    }
  }

  func remount(readOnly: Bool) -> Bool {
    Self.shell("mount -o remount,\(readOnly ? "ro" : "rw") '\(folder.path)'") == 0
  }

  func empty() {
    try? FileManager.default.removeItem(at: folder.appendingPathComponent("filler"))
  }

  func fill() {
    _ = Self.shell("dd if=/dev/zero of='\(folder.path)/filler' bs=4k 2>/dev/null")
  }

  deinit {
    _ = Self.shell("umount '\(folder.path)'")
    try? FileManager.default.removeItem(at: folder)
  }

  @discardableResult
  static func shell(_ command: String) -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command + " 2>/dev/null"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return -1 }
    process.waitUntilExit()
    return process.terminationStatus
  }
}

@Suite("A full disk and a read-only folder", .serialized)
struct DiskTests {
  @Test func fullDiskIsReportedAndLosesNothing() throws {
    guard let disk = SmallDisk(kilobytes: 512) else { return }  // mounting not allowed here
    var q = try QuietLegsProcess()
    defer { q.cleanUp() }
    q.environment["QUIETLEGS_DATA_DIR"] = disk.folder.appendingPathComponent("data").path
    #expect(try q.run(["log", "cramp", "--at", "02:00", "--note", "before"]).status == 0)
    disk.fill()
    var refused = false
    for i in 0..<40 where !refused {
      let result = try q.run([
        "log", "rls", "--at", "2026-11-21 2\(i % 4):\(10 + i)", "--note", String(repeating: "x", count: 1900),
      ])
      if result.status != 0 {
        refused = true
        #expect(result.stderr.contains("disk is full") || result.stderr.contains("disk"), "\(result.stderr)")
      }
    }
    #expect(refused, "the disk never filled")
    disk.empty()
    let journal = try Journal(file: disk.folder.appendingPathComponent("data/journal.sqlite3"))
    #expect(try journal.integrityCheck() == "ok")
    #expect(try journal.allEpisodes().contains { $0.note == "before" })
  }

  @Test func readOnlyFolderIsReported() throws {
    guard let disk = SmallDisk(kilobytes: 1024) else { return }
    var q = try QuietLegsProcess()
    defer { q.cleanUp() }
    q.environment["QUIETLEGS_DATA_DIR"] = disk.folder.appendingPathComponent("data").path
    #expect(try q.run(["log", "cramp", "--at", "02:00"]).status == 0)
    guard disk.remount(readOnly: true) else { return }
    defer { _ = disk.remount(readOnly: false) }
    let result = try q.run(["log", "rls", "--at", "03:00"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("not writable") || result.stderr.contains("read-only"), "\(result.stderr)")
  }
}
