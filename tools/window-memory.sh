#!/bin/bash
# Resident memory of the window with a register open, all years chosen and the table scrolled end to end.
# Needs a display at 1280x800 (e.g. `Xvfb :99 -screen 0 1280x800x24 &`, DISPLAY=:99) and xdotool.
# usage: tools/window-memory.sh DB [java options...]
set -eu
db=$1; shift
jar=${JAR:-app/target/tidtam.jar}
data=$(mktemp -d)
XDG_DATA_HOME=$data java "$@" -jar "$jar" --db "$db" --today 2025-06-15 >/dev/null 2>&1 &
for _ in $(seq 1 600); do
  grep -qh "start:" "$data"/tidtam/logs/*.log 2>/dev/null && break; sleep 0.1
done
sleep 2
pid=$(pgrep -f "tidtam.tuned=true.*$db" | head -1 || true)
[ -z "$pid" ] && pid=$(pgrep -f "tidtam.jar --db $db" | head -1)
echo "after the start: $(grep VmRSS /proc/"$pid"/status)"
wid=$(xdotool search --name "ติดตาม" | head -1)
xdotool windowactivate --sync "$wid" 2>/dev/null || true
xdotool key ctrl+2; sleep 1
# the year list, by keys (a banner over the tabs moves it): one step back from the search box
xdotool key ctrl+f; sleep 0.5; xdotool key shift+Tab; sleep 0.3
xdotool key alt+Down; sleep 1; xdotool key End Return; sleep 3   # ทุกปี, the last entry
xdotool mousemove 640 450 click 1; sleep 0.5   # a row of the table
for _ in $(seq 1 300); do xdotool key Page_Down; done; sleep 1
xdotool key End; sleep 3
for _ in $(seq 1 200); do xdotool key Page_Up; done; sleep 1
xdotool key Home; sleep 3
echo "after scrolling end to end: $(grep VmRSS /proc/"$pid"/status)"
kill "$pid"; sleep 2
rm -rf "$data"
