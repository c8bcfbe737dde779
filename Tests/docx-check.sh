#!/usr/bin/env bash
# make docx-check: writes the Word redlines of the two real corpus pairs, a pair with a
# paragraph moved and the Arabic pair, converts each with headless LibreOffice (installed
# from Debian's packages when missing) to PDF and to a flat OpenDocument file, and
# renders the first two pages to PNG under .build/docx-check/ (never committed). Fails
# when LibreOffice fails, when it finds no tracked change where the report has
# changes, or when a page comes out blank. Look at the pages yourself.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "docx-check: LibreOffice is missing; install Debian's 'libreoffice-writer-nogui' and 'poppler-utils'" >&2
    exit 2
  fi
  echo "docx-check: installing LibreOffice Writer from Debian's packages" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    libreoffice-writer-nogui poppler-utils fonts-dejavu-core >/dev/null
fi

swift build --product resdiff >/dev/null
resdiff="$(swift build --show-bin-path)/resdiff"
out=.build/docx-check
rm -rf "$out" && mkdir -p "$out"

# 32/6 with its fifth operative paragraph moved to follow the twentieth.
python3 - Corpus/A-HRC-RES-32-6.txt "$out/A-HRC-RES-32-6.moved.txt" <<'PY'
import re, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
number = lambda l: (re.match(r"[-\s]*(\d+)\.\s", l) or [None, None])[1]
five = lines.pop(next(k for k, l in enumerate(lines) if number(l) == "5"))
lines.insert(next(k for k, l in enumerate(lines) if number(l) == "20") + 1, five)
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(lines))
PY
sed '0,/تهيب/s//تدعو/' Corpus/A-RES-55-100.excerpt.ar.txt > "$out/A-RES-55-100.edited.ar.txt"

status=0
for pair in "Corpus/A-HRC-RES-28-2 Corpus/A-HRC-RES-32-6" "Corpus/A-RES-65-218 Corpus/A-RES-75-180" \
  "Corpus/A-HRC-RES-32-6 $out/A-HRC-RES-32-6.moved" "Corpus/A-RES-55-100.excerpt.ar $out/A-RES-55-100.edited.ar"; do
  set -- $pair
  name="$(basename "$1")_to_$(basename "$2")"
  rc=0
  "$resdiff" "$1.txt" "$2.txt" --format docx --summary -o "$out/$name.docx" || rc=$?
  if [ "$rc" -ne 1 ]; then echo "docx-check: resdiff exited $rc for $name" >&2; status=1; continue; fi
  if ! soffice --headless --convert-to pdf --outdir "$out" "$out/$name.docx" >"$out/$name.log" 2>&1 \
    || [ ! -s "$out/$name.pdf" ]; then
    echo "docx-check: LibreOffice could not convert $name to PDF (see $out/$name.log)" >&2; status=1; continue
  fi
  soffice --headless --convert-to fodt --outdir "$out" "$out/$name.docx" >>"$out/$name.log" 2>&1 || true
  changes=$(grep -o '<text:changed-region' "$out/$name.fodt" 2>/dev/null | wc -l)
  if [ "$changes" -eq 0 ]; then echo "docx-check: LibreOffice sees no tracked change in $name" >&2; status=1; fi
  pdftoppm -r 70 -f 1 -l 2 -png "$out/$name.pdf" "$out/$name"
  python3 Tests/png-check.py "$out/$name"-*.png || status=1
  pages=$(pdfinfo "$out/$name.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  echo "docx-check: $name: $changes tracked changes as LibreOffice reads them, ${pages:-?} pages; $out/$name.pdf, $out/$name-1.png"
done
exit $status
