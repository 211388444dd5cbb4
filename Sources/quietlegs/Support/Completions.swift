import ArgumentParser
import Foundation
import QuietLegsCore
import QuietLegsTUI

/// What the shell completions offer for each value: fixed words for kinds, legs and places;
/// the program itself, asked at Tab time, for names that depend on the person's files (themes,
/// routines, factors) and for the cause catalogue (read only when asked, not on every run).
enum Completions {
  static let kinds = CompletionKind.list(EpisodeKind.allCases.map(\.rawValue))
  static let sides = CompletionKind.list(Side.allCases.map(\.rawValue))
  static let sites = CompletionKind.list(Site.allCases.map(\.rawValue))
  static let labTests = CompletionKind.list(LabTest.allCases.map(\.rawValue))

  static let themes = CompletionKind.custom { _, _, prefix in
    matching(prefix, ThemeLoader(userThemesDirectory: paths.userThemesDirectory).listThemes().map(\.name))
  }

  static let routines = CompletionKind.custom { _, _, prefix in
    matching(prefix, RoutineLibrary.load(paths: paths).routines.map(\.id))
  }

  static let causes = CompletionKind.custom { _, _, prefix in
    matching(prefix, CauseCatalog.builtIn.causes.map(\.id))
  }

  static let factors = CompletionKind.custom { _, _, prefix in
    let custom = Settings.loadKeepingValid(from: paths.configFile).settings.customFactors
    return matching(prefix, EveningFactor.all(custom: custom).map(\.id))
  }

  /// The folders from the environment (themes, routines and config.toml do not depend on `--data-dir`).
  private static var paths: AppPaths { AppPaths.resolve(dataDirOption: nil) }

  /// The candidates that start with what was typed so far, in their order.
  static func matching(_ prefix: String, _ candidates: [String]) -> [String] {
    candidates.filter { $0.hasPrefix(prefix) }
  }
}
