# Shared by the bench/ scripts (sourced, not run): timing one process and summing up runs.

# The load average now: "1-min 5-min 15-min".
load_average() {
  cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime | sed 's/.*load average[s]*: //'
}

# time_once FILE COMMAND...: runs COMMAND (output discarded) and appends "wall_ms cpu_ms rss_kb"
# to FILE; cpu is user + system of the process and its children; rss the peak resident set
# (0 when /usr/bin/time is not there). Returns the command's exit code.
time_once() {
  local file=$1 code
  shift
  if [[ -x /usr/bin/time ]]; then
    local t
    t=$(mktemp)
    /usr/bin/time -f '%e %U %S %M' -o "$t" "$@" > /dev/null 2>&1
    code=$?
    # A failed command makes GNU time add a "Command exited..." line first; the figures are last.
    tail -1 "$t" | awk '{ printf "%d %d %d\n", $1 * 1000, ($2 + $3) * 1000, $4 }' >> "$file"
    rm -f "$t"
  else
    local TIMEFORMAT='%R %U %S' line
    line=$({ time "$@" > /dev/null 2>&1; } 2>&1)
    code=$?
    awk '{ printf "%d %d 0\n", $1 * 1000, ($2 + $3) * 1000 }' <<< "$line" >> "$file"
  fi
  return $code
}

# median_of FILE COLUMN: the median (lower middle) of a column of time_once's lines.
median_of() {
  cut -d' ' -f"$2" "$1" | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'
}

# summary NAME FILE: one line: wall min/median/max, cpu median, peak RSS (max over the runs).
summary() {
  local wall cpu
  wall=$(cut -d' ' -f1 "$2" | sort -n | awk '{ t[NR] = $1 } END { printf "min %5d  median %5d  max %5d", t[1], t[int((NR + 1) / 2)], t[NR] }')
  cpu=$(median_of "$2" 2)
  rss=$(cut -d' ' -f3 "$2" | sort -n | tail -1)
  printf '%-26s runs %2d  wall ms: %s   cpu median %5d ms   peak RSS %4d MiB\n' \
    "$1" "$(wc -l < "$2")" "$wall" "$cpu" $((rss / 1024))
}
