#ifndef QUIETLEGS_CNCURSES_SHIM_H
#define QUIETLEGS_CNCURSES_SHIM_H
/* What Swift cannot see in <curses.h> directly: attribute macros, function-like
   macros, and library globals (stdscr, curscr, COLORS), exposed as inline functions. */
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <signal.h>
#include <termios.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Standard streams, which Swift 6 rejects as shared mutable globals. */
static inline FILE *ql_stdin(void) { return stdin; }
static inline FILE *ql_stdout(void) { return stdout; }

/* Library globals. */
static inline WINDOW *ql_stdscr(void) { return stdscr; }
static inline WINDOW *ql_curscr(void) { return curscr; }
static inline int ql_colors(void) { return COLORS; }
static inline int ql_color_pairs(void) { return COLOR_PAIRS; }
static inline int ql_lines(void) { return LINES; }
static inline int ql_cols(void) { return COLS; }

/* Window size (getmaxyx is a macro). */
static inline int ql_max_y(WINDOW *win) { return getmaxy(win); }
static inline int ql_max_x(WINDOW *win) { return getmaxx(win); }

/* Attributes. */
static inline attr_t ql_a_normal(void) { return A_NORMAL; }
static inline attr_t ql_a_bold(void) { return A_BOLD; }
static inline attr_t ql_a_dim(void) { return A_DIM; }
static inline attr_t ql_a_underline(void) { return A_UNDERLINE; }
static inline attr_t ql_a_reverse(void) { return A_REVERSE; }

/* Key codes returned by wget_wch with KEY_CODE_YES. */
static inline int ql_key_code_yes(void) { return KEY_CODE_YES; }
static inline int ql_key_up(void) { return KEY_UP; }
static inline int ql_key_down(void) { return KEY_DOWN; }
static inline int ql_key_left(void) { return KEY_LEFT; }
static inline int ql_key_right(void) { return KEY_RIGHT; }
static inline int ql_key_home(void) { return KEY_HOME; }
static inline int ql_key_end(void) { return KEY_END; }
static inline int ql_key_ppage(void) { return KEY_PPAGE; }
static inline int ql_key_npage(void) { return KEY_NPAGE; }
static inline int ql_key_enter(void) { return KEY_ENTER; }
static inline int ql_key_backspace(void) { return KEY_BACKSPACE; }
static inline int ql_key_dc(void) { return KEY_DC; }
static inline int ql_key_btab(void) { return KEY_BTAB; }
static inline int ql_key_resize(void) { return KEY_RESIZE; }
static inline int ql_key_f(int n) { return KEY_F(n); }

/* Reads one wide character or key code from stdscr. */
static inline int ql_get_wch(wint_t *out) { return wget_wch(stdscr, out); }

/* Puts one cell (up to CCHARW_MAX wide characters) at a position of stdscr. */
static inline int ql_put_cell(int y, int x, const wchar_t *chars, attr_t attrs, int pair) {
  cchar_t cell;
  if (setcchar(&cell, chars, attrs, 0, &pair) != OK) return ERR;
  return mvwadd_wch(stdscr, y, x, &cell);
}

/* Resizes curses to the size the kernel reports for `fd` (after SIGWINCH). */
static inline int ql_resize_to_tty(int fd) {
  struct winsize size;
  if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return ERR;
  return resizeterm(size.ws_row, size.ws_col);
}

/* Cells curses cannot hold (an emoji sequence has more than one spacing character, a flag is
   two columns where wcwidth says one) are drawn over a wide blank after the update: their
   output is gathered here, then written at once. */
struct ql_overlay_output { char bytes[16384]; size_t length; };

static inline struct ql_overlay_output *ql_overlay(void) {
  static struct ql_overlay_output output;
  return &output;
}

static inline int ql_overlay_putc(int c) {
  struct ql_overlay_output *out = ql_overlay();
  if (out->length < sizeof out->bytes) out->bytes[out->length++] = (char)c;
  return c;
}

/* Moves to (y, x), sets the attributes through curses (so it knows them) and adds the text. */
static inline int ql_overlay_cell(int y, int x, const char *utf8, attr_t attrs, int pair) {
  const char *cup = tigetstr("cup");
  if (cup == NULL || cup == (char *)-1) return ERR;
  if (ql_overlay()->length + strlen(utf8) + 64 > sizeof ql_overlay()->bytes) return ERR;
  tputs(tiparm(cup, y, x), 1, ql_overlay_putc);
  vid_puts(attrs, 0, &pair, ql_overlay_putc);
  while (*utf8) ql_overlay_putc((unsigned char)*utf8++);
  return OK;
}

/* Writes the gathered cells, then moves the cursor with curses from an unknown place (-1, -1),
   so curses addresses it directly and knows where it is again. */
static inline void ql_overlay_flush(int fd) {
  struct ql_overlay_output *out = ql_overlay();
  if (out->length == 0) return;
  size_t written = 0;
  while (written < out->length) {
    ssize_t count = write(fd, out->bytes + written, out->length - written);
    if (count <= 0) break;
    written += (size_t)count;
  }
  out->length = 0;
  mvcur(-1, -1, 0, 0);
}

/* Columns the C library (so curses) gives a character in the current locale. */
static inline int ql_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

/* What a fatal signal (a crash, Ctrl-\) restores before the program dies: the terminal's own
   settings, saved before curses changed them, and the bytes that leave the full screen. */
struct ql_fatal_restore { struct termios modes; int has_modes; char leave[256]; size_t leave_length; };

static inline struct ql_fatal_restore *ql_fatal(void) {
  static struct ql_fatal_restore state;
  return &state;
}

static inline void ql_fatal_handler(int sig) {
  struct ql_fatal_restore *state = ql_fatal();
  if (state->has_modes) tcsetattr(STDIN_FILENO, TCSANOW, &state->modes);
  if (state->leave_length > 0) {
    ssize_t ignored = write(STDOUT_FILENO, state->leave, state->leave_length);
    (void)ignored;
  }
  signal(sig, SIG_DFL);
  raise(sig);
}

/* Saves the terminal's settings now (call before curses changes them). */
static inline void ql_fatal_save_modes(int fd) {
  struct ql_fatal_restore *state = ql_fatal();
  state->has_modes = tcgetattr(fd, &state->modes) == 0;
}

/* Installs the handler for crashes and SIGQUIT, with `leave` as the bytes to write. */
static inline void ql_fatal_install(const char *leave) {
  struct ql_fatal_restore *state = ql_fatal();
  size_t length = strlen(leave);
  if (length >= sizeof state->leave) length = sizeof state->leave - 1;
  memcpy(state->leave, leave, length);
  state->leave_length = length;
  int signals[] = {SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV, SIGQUIT};
  for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = ql_fatal_handler;
    action.sa_flags = SA_RESETHAND | SA_NODEFER;
    sigemptyset(&action.sa_mask);
    sigaction(signals[i], &action, NULL);
  }
}

/* Puts the default actions back (the terminal is restored normally). */
static inline void ql_fatal_uninstall(void) {
  int signals[] = {SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV, SIGQUIT};
  for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) signal(signals[i], SIG_DFL);
}

/* A terminfo string capability, or "" when the terminal has none. */
static inline const char *ql_capability(const char *name) {
  const char *value = tigetstr(name);
  return value == NULL || value == (char *)-1 ? "" : value;
}

/* Turns XON/XOFF flow control off on `fd`, so Ctrl-S and Ctrl-Q reach the program. */
static inline int ql_disable_flow_control(int fd) {
  struct termios modes;
  if (tcgetattr(fd, &modes) != 0) return -1;
  modes.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
  return tcsetattr(fd, TCSANOW, &modes);
}

/* True when the LC_CTYPE codeset is UTF-8. */
static inline int ql_codeset_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}
#endif
