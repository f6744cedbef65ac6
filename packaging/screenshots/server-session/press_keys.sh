# press_keys.sh KEYS: pizhu's window on $USER's server library under Xvfb, driven by xdotool as the README's team
# section did (run as each coder: sudo -iu li xvfb-run -a -s "-screen 0 1366x768x24" bash press_keys.sh li.keys).
# A KEYS line: key KEYS... | click X Y | type TEXT | sleep S | shot NAME (a screenshot of the screen in /tmp).
export PIZHU_DB=postgresql://$USER@localhost/newsdesk LANG=zh_CN.UTF-8
pizhu > /tmp/pizhu-$USER.log 2>&1 &
PID=$!
WID=$(xdotool search --sync --onlyvisible --name "newsdesk" | head -1)
sleep 4
while read -r verb rest; do
  case "$verb" in
    key) xdotool key --delay 300 $rest ;;
    click) xdotool mousemove $rest click 1 ;;
    sleep) sleep $rest ;;
    shot) import -window root /tmp/shot-$USER-$rest.png ;;
    type) LC_ALL=C.UTF-8 xdotool type --delay 100 "$rest" ;;
  esac
  sleep 0.7
done < "$1"
sleep 2
kill $PID; wait $PID
