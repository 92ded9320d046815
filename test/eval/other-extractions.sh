#!/bin/sh
# Scores the server on two other texts of the PDFs in ../shared/eval/dev: `pdftotext -raw` (the PDF's
# content-stream order) and a clean text rendered from the publisher's JATS XML (test/eval/jats2txt.py).
# The gold of each is rebuilt by the dev set's own pdfgold.py. Needs poppler-utils and python3; run from the
# project root after `npm run build`. Usage: sh test/eval/other-extractions.sh [OUTDIR]
set -e
DEV=../shared/eval/dev
[ -d "$DEV" ] || { echo "The dev set is not here: $DEV (the shared folder beside the repository)." >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "pdftotext is missing: apt-get install poppler-utils" >&2; exit 1; }
OUT=${1:-$(mktemp -d)}
mkdir -p "$OUT"
for set in raw xml; do
  rm -rf "$OUT/$set"
  cp -r "$DEV" "$OUT/$set"
  for pdf in "$OUT/$set"/*.pdf; do
    name=${pdf%.pdf}
    if [ "$set" = raw ]; then pdftotext -enc UTF-8 -raw "$pdf" "$name.txt"; else python3 test/eval/jats2txt.py "$name.xml" "$name.txt"; fi
    (cd "$OUT/$set" && python3 pdfgold.py "$(basename "$name")" >/dev/null)
  done
  echo "== $set ($OUT/$set): $(cd "$OUT/$set" && python3 pdfgold.py --check | tail -1)"
  python3 ../shared/eval/lsp_score.py --corpus "$OUT/$set" --gold "$OUT/$set" | grep -E '^(paper|ALL|cit\.)'
done
