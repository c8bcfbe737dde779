#!/usr/bin/env bash
# Makes the Word and PDF fixtures of the tests from the corpus texts with a real office
# suite: LibreOffice, headless, from Debian's packages (libreoffice-writer). Run by hand
# when the fixtures must change; the results are committed, so tests need no LibreOffice.
#
#   numbered-A-HRC-RES-32-6.docx   operative paragraphs as an automatically numbered list,
#                                  footnotes as real footnotes
#   footnotes-A-HRC-RES-28-2.docx  typed numbers, real footnotes
#   tracked-A-RES-65-218.docx      tracked changes: words inserted (OP5), words deleted
#                                  (PP4), a paragraph moved (OP9 after OP10); with
#                                  tracked-A-RES-65-218.accepted.txt, the accepted text
#   plain-A-HRC-RES-32-6.pdf       32/6 printed to PDF, with running head, page and job numbers
#   footnoted-A-HRC-RES-32-6.pdf   the same with real footnotes: markers printed as raised
#                                  digits, which pdftotext gives as plain ones
#   no-document.docx, truncated.docx, encrypted.docx: damaged and refused files
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v soffice >/dev/null || { echo "make-fixtures: needs LibreOffice (apt-get install libreoffice-writer)" >&2; exit 2; }
swift build --product resdiff >/dev/null
bin="$(swift build --show-bin-path)/resdiff"
out=Tests/Fixtures
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for name in A-HRC-RES-32-6 A-HRC-RES-28-2 A-RES-65-218; do
  "$bin" parse --format json "Corpus/$name.txt" > "$tmp/$name.json"
done
python3 "$out/make_fodt.py" "$tmp" "$tmp"
cp "$tmp/tracked-A-RES-65-218.accepted.txt" "$out/"
for f in numbered-A-HRC-RES-32-6 footnotes-A-HRC-RES-28-2 tracked-A-RES-65-218; do
  soffice --headless --convert-to docx:"MS Word 2007 XML" --outdir "$out" "$tmp/$f.fodt" >/dev/null
done
for f in plain-A-HRC-RES-32-6 footnoted-A-HRC-RES-32-6; do
  soffice --headless --convert-to pdf --outdir "$out" "$tmp/$f.fodt" >/dev/null
done
python3 - "$out" <<'PY'
import sys, zipfile
out = sys.argv[1]
# A zip package without word/document.xml.
with zipfile.ZipFile(out + "/no-document.docx", "w") as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    z.writestr("word/styles.xml", "<styles/>")
# A Word file cut in half.
data = open(out + "/numbered-A-HRC-RES-32-6.docx", "rb").read()
open(out + "/truncated.docx", "wb").write(data[: len(data) // 2])
# A password-protected Word file is an OLE compound file, as a .doc is.
open(out + "/encrypted.docx", "wb").write(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))
PY
ls -l "$out"
