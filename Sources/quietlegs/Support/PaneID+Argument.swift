import ArgumentParser
import QuietLegsTUI

/// `--pane NAME`: the parser reads the pane, refuses an unknown name listing the panes, and
/// offers the names to shell completion.
extension PaneID: ExpressibleByArgument {}
