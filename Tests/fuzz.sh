#!/bin/bash
# make fuzz: libFuzzer (from the Swift toolchain, with address sanitizer) over the four
# paths a user's input takes: the text reader, the Word reader, the amendment reader
# and the full comparison. Seeds come from Corpus/ and Tests/Fixtures; each target runs
# FUZZ_SECONDS (default 60) and keeps crash inputs under .build-fuzz/artifacts/TARGET/.
# A crash fixed is kept as a test input in Tests/Fuzz/regressions/TARGET/ (run by
# FuzzRegressionTests). The figures for Docs/reliability.md are printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET="${FUZZ_SECONDS:-60}"
TARGETS="${FUZZ_TARGETS:-text word amendment compare}"
SCRATCH=.build-fuzz
SWIFT="${SWIFT:-swift}"

"$SWIFT" build -c release --product resdiff-fuzz --scratch-path "$SCRATCH" \
  --sanitize fuzzer -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld 2>&1 | tail -1
"$SWIFT" build -c release --product resdiff 2>&1 | tail -1
FUZZ="$SCRATCH/release/resdiff-fuzz"
RESDIFF="$(swift build -c release --show-bin-path)/resdiff"

seed() {  # seed TARGET: the starting corpus, from real texts
  local dir="$SCRATCH/corpus/$1"; mkdir -p "$dir"
  case "$1" in
    text) cp Corpus/*.txt Corpus/*.md "$dir/" ;;
    word) cp Tests/Fixtures/*.docx "$dir/" ;;
    amendment)
      "$RESDIFF" amend Corpus/A-HRC-RES-32-6.txt Corpus/A-HRC-RES-28-2.txt > "$dir/32-6-to-28-2.txt" || true
      "$RESDIFF" amend Corpus/A-RES-65-218.txt Corpus/A-RES-75-180.txt > "$dir/65-218-to-75-180.txt" || true
      printf '1. Delete footnote 2.\n2. In operative paragraph 26, after the word "Council;" insert a footnote reading: "A/HRC/31/81."\n' > "$dir/footnotes.txt" ;;
    compare)
      for pair in "A-HRC-RES-28-2 A-HRC-RES-32-6" "A-RES-65-218 A-RES-75-180"; do
        set -- $pair
        { cat "Corpus/$1.txt"; printf '\0'; cat "Corpus/$2.txt"; } > "$dir/$1-$2.bin"
      done ;;
  esac
  cp Tests/Fuzz/regressions/"$1"/* "$dir/" 2>/dev/null || true
}

summary=""
for target in $TARGETS; do
  seed "$target"
  artifacts="$SCRATCH/artifacts/$target"; mkdir -p "$artifacts"
  touch "$SCRATCH/.start-$target"   # crash inputs of this run only are counted
  log="$SCRATCH/$target.log"
  echo "fuzz: $target for ${SECONDS_PER_TARGET}s"
  RESDIFF_FUZZ_TARGET="$target" RESDIFF_FUZZ_BASE=Corpus/A-HRC-RES-32-6.txt \
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=quarantine_size_mb=16:detect_leaks=0 \
    "$FUZZ" "$SCRATCH/corpus/$target" -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=4096 \
      -max_len=262144 -print_final_stats=1 -artifact_prefix="$artifacts/" > "$log" 2>&1 || true
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  crashes=$(find "$artifacts" -newer "$SCRATCH/.start-$target" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)
  summary+="$target: ${runs:-0} runs in ${SECONDS_PER_TARGET}s, $crashes crash/timeout inputs in $artifacts"$'\n'
done
printf '%s' "$summary"
