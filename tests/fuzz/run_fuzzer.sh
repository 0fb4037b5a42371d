#!/bin/sh
# One CTest fuzz test: replays every input kept under the harness's regressions folder (each is
# run once), then fuzzes for SECONDS from a working corpus in the build tree plus the seed
# folders that exist (the shared protocol samples are optional).
#   run_fuzzer.sh HARNESS SECONDS REGRESSIONS_DIR WORK_DIR DICTIONARY|- SEED_DIR...
set -eu
harness=$1 seconds=$2 regressions=$3 work=$4 dictionary=$5
shift 5

mkdir -p "$work/corpus" "$work/artifacts"
if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
    echo "== replaying $regressions"
    "$harness" "$regressions"/*
fi

set -- "$work/corpus" $(for dir in "$@"; do [ -d "$dir" ] && echo "$dir"; done)
[ "$dictionary" = - ] || set -- -dict="$dictionary" "$@"
echo "== fuzzing for ${seconds}s; a crashing input lands in $work/artifacts/:" \
    "fix the bug, then keep the input under $regressions/"
exec "$harness" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2560 -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/" "$@"
