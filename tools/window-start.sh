#!/bin/bash
# Times a window start: wall milliseconds from the command to a usable window (dashboard and the register's
# first page in), plus the start's milestones from the log. Needs a display (e.g. `Xvfb :99 &`, DISPLAY=:99).
# usage: tools/window-start.sh DB [java options...]      e.g. tools/window-start.sh /tmp/tidtam-1m.db
set -eu
db=$1; shift
jar=${JAR:-app/target/tidtam.jar}
data=$(mktemp -d)
t0=$(date +%s%3N)
XDG_DATA_HOME=$data java "$@" -Dtidtam.exitWhenReady=true -jar "$jar" --db "$db" --today 2025-06-15 >/dev/null 2>&1
for _ in $(seq 1 600); do
  grep -qh "start:" "$data"/tidtam/logs/*.log 2>/dev/null && break; sleep 0.05
done
line=$(grep -h "start:" "$data"/tidtam/logs/*.log | sed 's/.*start: //')
t1=$(echo "$line" | sed 's/.*clock \([0-9]*\)).*/\1/')
echo "wall $((t1 - t0)) ms | $line" | sed 's/; clock [0-9]*//'
while pgrep -f "tidtam.exitWhenReady" >/dev/null; do sleep 0.2; done
rm -rf "$data"
