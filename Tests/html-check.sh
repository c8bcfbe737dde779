#!/usr/bin/env bash
# make html-check: renders the HTML change reports of the two real corpus pairs (inline
# and side by side), opens each in headless Chromium, and saves PNG screenshots and a
# PDF print under .build/html-check/ (never committed). Fails when Chromium fails or
# reports an error, or when a page comes out blank. Look at the screenshots yourself.
set -euo pipefail
cd "$(dirname "$0")/.."

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "html-check: Chromium is missing; install Debian's 'chromium' package (as root: apt-get install chromium)" >&2
    exit 2
  fi
  echo "html-check: installing Chromium from Debian's packages" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  browser=$(command -v chromium)
fi

swift build --product resdiff >/dev/null
resdiff="$(swift build --show-bin-path)/resdiff"
out=.build/html-check
rm -rf "$out" && mkdir -p "$out"

check_png() {  # fails when the screenshot is missing or all one colour
  python3 Tests/png-check.py "$1"
}

# An Arabic pair: the real excerpt of A/RES/55/100 and a copy with one verb changed
# ("تهيب" calls upon → "تدعو" invites) in its first operative paragraph; its text must
# run right to left.
sed '0,/تهيب/s//تدعو/' Corpus/A-RES-55-100.excerpt.ar.txt > "$out/A-RES-55-100.edited.ar.txt"

# A word longer than any line (a URL, a symbol run together): it must break, not widen
# the page past the window.
python3 -c 'import sys; t = open(sys.argv[1], encoding="utf-8").read(); open(sys.argv[2], "w", encoding="utf-8").write(t.replace("Reaffirms that it is one", "Reaffirms " + "X" * 400 + " that it is one"))' \
  Corpus/A-HRC-RES-32-6.txt "$out/A-HRC-RES-32-6.wide.txt"

status=0
for pair in "A-HRC-RES-28-2 A-HRC-RES-32-6" "A-RES-65-218 A-RES-75-180" "A-RES-55-100.excerpt.ar $out/A-RES-55-100.edited.ar" \
  "A-HRC-RES-32-6 $out/A-HRC-RES-32-6.wide"; do
  set -- $pair
  second="Corpus/$2.txt"
  case "$2" in */*) second="$2.txt" ;; esac
  for layout in inline side-by-side; do
    name="$1_to_$(basename "$2")_$layout"
    html="$out/$name.html"
    rc=0
    "$resdiff" "Corpus/$1.txt" "$second" --format html --layout "$layout" -o "$html" || rc=$?
    if [ "$rc" -ne 1 ]; then echo "html-check: resdiff exited $rc for $name" >&2; status=1; continue; fi
    url="file://$PWD/$html"
    flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-extensions)
    if ! "$browser" "${flags[@]}" --window-size=1280,2400 --screenshot="$out/$name.png" "$url" >"$out/$name.log" 2>&1; then
      echo "html-check: Chromium failed on $name (see $out/$name.log)" >&2; status=1; continue
    fi
    # A narrower window, as on a laptop beside another document.
    "$browser" "${flags[@]}" --window-size=800,2400 --screenshot="$out/$name.800.png" "$url" >>"$out/$name.log" 2>&1 || {
      echo "html-check: Chromium failed on $name at 800 px" >&2; status=1; }
    # The page checks its own filter and keys (#selftest) and writes the outcome into it.
    # ... at 1024 px, the narrowest window a side-by-side table must fit.
    selftest=$("$browser" "${flags[@]}" --window-size=1024,1400 --virtual-time-budget=5000 --dump-dom "$url#selftest" 2>/dev/null | grep -o '<pre id="selftest">[^<]*' | sed 's/.*>//' || true)
    if [ "$selftest" != "selftest: filter ok, keys ok, fits" ]; then
      echo "html-check: $name: navigation self-test: ${selftest:-no result}" >&2; status=1
    fi
    "$browser" "${flags[@]}" --print-to-pdf="$out/$name.pdf" --no-pdf-header-footer "$url" >>"$out/$name.log" 2>&1 || {
      echo "html-check: Chromium could not print $name" >&2; status=1; }
    if grep -E "CONSOLE|Uncaught|ERR_FILE_NOT_FOUND|Failed to load" "$out/$name.log" >&2; then
      echo "html-check: Chromium reported an error on $name" >&2; status=1
    fi
    "$browser" "${flags[@]}" --dump-dom "$url" 2>/dev/null | grep -q "Changes from" || {
      echo "html-check: $name has no report in its DOM" >&2; status=1; }
    check_png "$out/$name.png" || status=1
    check_png "$out/$name.800.png" || status=1
    case "$1" in *.ar)
      grep -q '<main lang="ar" dir="rtl">' "$html" || { echo "html-check: $name is not set right to left" >&2; status=1; } ;;
    esac
    echo "html-check: $name: $out/$name.png, $out/$name.800.png, $out/$name.pdf; $selftest"
  done
done
exit $status
