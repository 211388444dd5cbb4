#!/usr/bin/env python3
"""Writes the quietlegs(1) man page from the program's own description of its commands.

Usage: quietlegs --experimental-dump-help | Scripts/manpage.py > quietlegs.1

The commands, arguments and options come from swift-argument-parser's help dump, so the page
cannot drift from the program; FILES, ENVIRONMENT and EXIT STATUS are written here, beside the
code that reads those files and variables (Sources/QuietLegsCore/Settings/AppPaths.swift).
"""
import json
import sys


def roff(text):
    """Escapes text for roff: backslashes, and a leading dot or quote."""
    text = (text or "").replace("\\", "\\e").replace("-", "\\-")
    lines = []
    for line in text.splitlines() or [""]:
        if line.startswith(".") or line.startswith("'"):
            line = "\\&" + line
        lines.append(line)
    return "\n".join(lines)


def option_label(argument):
    """How an argument is written on the command line: --at <when>, <kind>, --woke."""
    value = argument.get("valueName", "value")
    if argument["kind"] == "positional":
        label = f"<{value}>"
    else:
        names = []
        for name in argument.get("names", []):
            prefix = "-" if name["kind"] == "short" else "--"
            names.append(prefix + name["name"])
        label = ", ".join(names)
        if argument["kind"] == "option":
            label += f" <{value}>"
    if argument.get("isRepeating"):
        label += " ..."
    return label


def visible_arguments(command):
    return [a for a in command.get("arguments", []) if a.get("shouldDisplay", True)]


def synopsis(command, path):
    parts = []
    for argument in visible_arguments(command):
        if any(n["name"] in ("help", "version") for n in argument.get("names", [])):
            continue
        label = option_label(argument).split(", ")[-1]
        parts.append(label if not argument.get("isOptional") else f"[{label}]")
    return " ".join([path] + parts)


def write_command(out, command, path):
    out.append(f".SS {roff(path)}")
    out.append(roff(command.get("abstract", "")))
    out.append(".PP")
    out.append(f".B {roff(synopsis(command, path))}")
    if command.get("discussion"):
        out.append(".PP")
        out.append(roff(command["discussion"]))
    for argument in visible_arguments(command):
        if argument.get("names") and any(n["name"] in ("help", "version") for n in argument["names"]):
            continue
        out.append(".TP")
        out.append(f".B {roff(option_label(argument))}")
        out.append(roff(argument.get("abstract", "")))
    for sub in command.get("subcommands", []):
        if sub["commandName"] != "help" and sub.get("shouldDisplay", True):
            write_command(out, sub, f"{path} {sub['commandName']}")


FILES = [
    ("$XDG_DATA_HOME/quietlegs/journal.sqlite3",
     "The journal (SQLite): episodes, ticked causes, lab values, evening factors, routine runs. "
     "Without XDG_DATA_HOME: ~/.local/share/quietlegs/. --data-dir or QUIETLEGS_DATA_DIR name another folder."),
    ("$XDG_DATA_HOME/quietlegs/backups/",
     "Daily copies of the journal and copies made by quietlegs backup; quietlegs restore brings one back."),
    ("$XDG_CONFIG_HOME/quietlegs/config.toml",
     "Settings (night boundary hour, week start, theme). Without XDG_CONFIG_HOME: ~/.config/quietlegs/."),
    ("$XDG_CONFIG_HOME/quietlegs/themes/*.toml", "Your own colour themes."),
    ("$XDG_CONFIG_HOME/quietlegs/routines/*.toml", "Your own guided routines."),
    ("$XDG_DATA_HOME/quietlegs/reminder-due",
     "A bedtime reminder kept by quietlegs notify when no desktop notification could be shown; "
     "the full-screen program shows it and removes it."),
    ("$XDG_CONFIG_HOME/systemd/user/quietlegs-remind-*.timer, .service",
     "Bedtime reminders written by quietlegs remind (with a link in timers.target.wants/); "
     "without a systemd user manager, a crontab line marked # quietlegs-reminder. "
     "quietlegs remind --off removes them."),
]

ENVIRONMENT = [
    ("QUIETLEGS_DATA_DIR", "The folder of the journal, when --data-dir is not given."),
    ("XDG_DATA_HOME, XDG_CONFIG_HOME, HOME", "Where the data and settings folders are (see FILES)."),
    ("TZ", "The time zone in which nights and times are shown and read."),
    ("TERM", "The terminal type for the full-screen program (its terminfo entry). A terminal that "
             "cannot move the cursor (dumb) is refused with one line, like an unknown one."),
    ("NO_COLOR", "When set and not empty, no colour is used anywhere (it wins over the two below)."),
    ("CLICOLOR_FORCE", "When set and not 0, commands such as calendar keep their colour in pipes."),
    ("COLORTERM", "truecolor or 24bit: the full screen first tries the direct-colour terminfo entry of "
                  "TERM (xterm-256color becomes xterm-direct, from Debian's ncurses-term), so a theme's "
                  "#rrggbb colours are shown exactly."),
    ("LANG, LC_ALL, LC_CTYPE", "The full-screen program needs a UTF-8 locale to show accents and symbols."),
    ("QUIETLEGS_NOW", "A fixed \"now\" (ISO 8601), for demonstrations and tests."),
    ("DBUS_SESSION_BUS_ADDRESS, XDG_RUNTIME_DIR",
     "Where quietlegs notify finds the desktop session bus for notify-send."),
    ("QUIETLEGS_ROUTINE, QUIETLEGS_COMPLETED, QUIETLEGS_STEPS_DONE",
     "Set for the command of --on-done or on_routine_done: the routine's id, true or false, and the steps done in full."),
    ("QUIETLEGS_SOUND", "Set for sound_command: soft with the night theme, else normal."),
]

EXIT_STATUS = [
    ("0", "Success."),
    ("1", "The input was refused (a value out of range, an unknown id, a file whose content cannot be "
          "imported); nothing was changed. quietlegs doctor also exits 1 when it lists problems."),
    ("64", "The command line was not understood (an unknown command or option, a missing argument, "
           "an empty file name)."),
    ("66", "The journal cannot be opened or used (missing permissions, a file instead of the data "
           "folder, damaged, another program's file, written by a newer version), or a file named to "
           "read (import, restore) cannot be read or used."),
    ("70", "An unexpected internal error; please report it with the command you ran."),
    ("74", "Reading or writing failed: the disk is full, or an output or backup file cannot be "
           "written (the journal is left as it was)."),
]


def main():
    dump = json.load(sys.stdin)["command"]
    name = dump["commandName"]
    out = [
        f'.TH {name.upper()} 1 "" "{name}" "User Commands"',
        ".SH NAME",
        f"{name} \\- {roff(dump.get('abstract', ''))}",
        ".SH SYNOPSIS",
        f".B {name}",
        "[\\fIcommand\\fR] [\\fIoptions\\fR]",
        ".SH DESCRIPTION",
        roff("Without a command, quietlegs opens the full-screen program: the episode calendar, "
             "the cause checklist, guided routines and insights. The commands below read and write "
             "the same journal, for scripts and quick use."),
        ".PP",
        roff(dump.get("discussion", "")),
        ".SH COMMANDS",
    ]
    for sub in dump.get("subcommands", []):
        if sub["commandName"] != "help" and sub.get("shouldDisplay", True):
            write_command(out, sub, f"{name} {sub['commandName']}")
    for title, rows in (("FILES", FILES), ("ENVIRONMENT", ENVIRONMENT), ("EXIT STATUS", EXIT_STATUS)):
        out.append(f".SH {title}")
        for term, text in rows:
            out.append(".TP")
            out.append(f".B {roff(term)}")
            out.append(roff(text))
    out += [
        ".SH LICENSE",
        "MIT. QuietLegs informs and organises; it does not give medical advice.",
        ".SH SEE ALSO",
        "The README and docs/ of the QuietLegs source.",
    ]
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
