import Foundation

/// Every routine the app can run (built-ins carried in the binary plus the user's folder) and the load errors.
///
/// A user file named like a built-in (`foot-soak.toml`) replaces that built-in, so a user can copy
/// one and adjust it; chains naming that id then use the user's version. If the user file is
/// broken, its error is reported and the built-in stays. A broken file never stops the others loading.
public struct RoutineLibrary: Sendable, Equatable {
  /// Built-ins first, then the user's own routines, each group ordered by name.
  public private(set) var routines: [Routine] = []
  /// One error per file (or chain) that could not be loaded.
  public private(set) var errors: [TOMLFileError] = []

  /// Builds the library from built-in texts (id → TOML) and user files.
  public init(builtIns: [String: String] = EmbeddedRoutines.files, userFiles: [RoutineFile] = []) {
    let builtInFiles = builtIns.sorted { $0.key < $1.key }.map { id, text in
      (RoutineFile(id: id, file: "built-in routine \(id)", text: text), RoutineOrigin.builtIn)
    }
    let ownFiles = userFiles.map { ($0, RoutineOrigin.user(path: $0.file)) }
    var resolver = RoutineChainResolver(documents: [:], failedIds: [])
    for (file, origin) in builtInFiles + ownFiles {
      do {
        resolver.documents[file.id] = try Self.parse(file, origin: origin)
      } catch {
        errors.append(error)
        resolver.failedIds.insert(file.id)
      }
    }
    for document in resolver.documents.values.sorted(by: { $0.file < $1.file }) {
      switch resolver.resolve(document) {
      case .success(let routine): routines.append(routine)
      case .failure(let error): errors.append(error)
      }
    }
    routines.sort { ($0.origin.sortRank, $0.name, $0.id) < ($1.origin.sortRank, $1.name, $1.id) }
  }

  private static func parse(_ file: RoutineFile, origin: RoutineOrigin) throws(TOMLFileError)
    -> RoutineDocument
  {
    guard Identifier.isValid(file.id) else {
      throw TOMLFileError(
        file: file.file, line: nil,
        message: "'\(file.id)' is not a valid routine id; name the file with 1 to 40 lowercase letters, "
          + "digits and hyphens, e.g. evening-calves.toml")
    }
    return try RoutineParser.parse(file.text, id: file.id, file: file.file, origin: origin)
  }

  /// Loads the built-ins and every `<id>.toml` in `userDirectory` (a missing folder means none).
  public static func load(
    userDirectory: URL, builtIns: [String: String] = EmbeddedRoutines.files
  ) -> RoutineLibrary {
    let folder = RoutineFolder.read(userDirectory)
    var library = RoutineLibrary(builtIns: builtIns, userFiles: folder.files)
    library.errors.insert(contentsOf: folder.errors, at: 0)
    return library
  }

  /// Loads the built-ins and the user routines under `paths.userRoutinesDirectory`.
  public static func load(paths: AppPaths) -> RoutineLibrary {
    load(userDirectory: paths.userRoutinesDirectory)
  }

  /// The routine with this id, if it loaded.
  public func routine(id: String) -> Routine? { routines.first { $0.id == id } }
}

/// The text of one routine file: its id (the file name without `.toml`), a path or label, and its TOML.
public struct RoutineFile: Sendable, Equatable {
  public var id: String
  /// The path (or a label such as `built-in routine foot-soak`) used in error messages.
  public var file: String
  public var text: String

  public init(id: String, file: String, text: String) {
    self.id = id
    self.file = file
    self.text = text
  }
}

extension RoutineOrigin {
  /// Built-ins list before user routines.
  fileprivate var sortRank: Int { self == .builtIn ? 0 : 1 }
}
