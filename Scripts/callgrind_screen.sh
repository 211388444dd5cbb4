# Sourced by Scripts/link-order.sh and Scripts/bench_instructions.sh: runs a full-screen program
# under valgrind's callgrind in a 100x30 tmux pane with a private socket, waits for its first
# frame, sends keys, and waits for it to end.
#
# Callers set: socket (tmux socket name) and work (a scratch folder, removed by the caller).

# A copy of a binary callgrind can read: it cannot parse the debug information of a large static
# binary, and a stripped copy runs the same code under the same symbol names.
callgrind_copy() { # binary -> prints the copy's path
  cp "$1" "$work/$(basename "$1")"
  strip --strip-debug "$work/$(basename "$1")"
  echo "$work/$(basename "$1")"
}

# Runs `command` under callgrind in the pane, writing OUT; waits up to 60 s for MARKER on the
# screen, then sends each of KEYS (tmux key names, one second apart) and waits for the end.
callgrind_screen() { # out, marker, "keys", command words...
  local out=$1 marker=$2 keys=$3 i key
  local -
  set -f # key names such as `?` and `[` are not file patterns
  shift 3
  tmux -L "$socket" new-session -d -x 100 -y 30 \
    "valgrind --tool=callgrind --demangle=no --callgrind-out-file=$out $* 2>>$work/valgrind.log"
  for ((i = 0; i < 600; i++)); do
    tmux -L "$socket" capture-pane -p 2>/dev/null | grep -qF "$marker" && break
    sleep 0.1
  done
  for key in $keys; do
    tmux -L "$socket" send-keys "$key"
    sleep 1
  done
  for ((i = 0; i < 300; i++)); do tmux -L "$socket" has-session 2>/dev/null || break; sleep 0.1; done
}

# The instructions callgrind counted in its last report to valgrind.log.
callgrind_total() {
  sed -n "s/^.*Collected : *//p" "$work/valgrind.log" | tail -1
}
