import Foundation

/// Reads the `<id>.toml` files of the user's routines folder, without parsing them.
enum RoutineFolder {
  /// The files in name order, plus errors for files that cannot be read as UTF-8 text.
  /// Hidden files, sub-folders and files not ending in `.toml` are ignored.
  static func read(_ directory: URL) -> (files: [RoutineFile], errors: [TOMLFileError]) {
    let manager = FileManager.default
    guard let names = try? manager.contentsOfDirectory(atPath: directory.path) else { return ([], []) }
    var files: [RoutineFile] = []
    var errors: [TOMLFileError] = []
    for name in names.sorted() where name.hasSuffix(".toml") && !name.hasPrefix(".") {
      let url = directory.appendingPathComponent(name)
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
        continue
      }
      let text: String
      do {
        guard let read = try TextFile.read(url) else { continue }
        text = read
      } catch {
        errors.append(error)
        continue
      }
      files.append(RoutineFile(id: String(name.dropLast(".toml".count)), file: url.path, text: text))
    }
    return (files, errors)
  }
}
