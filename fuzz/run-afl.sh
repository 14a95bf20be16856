#!/usr/bin/env bash
# Coverage-guided fuzzing of one target with AFL++ and SharpFuzz: publishes the fuzz program, instruments Marginalia's
# assemblies and the parsers they call (Markdig, YamlDotNet) with SharpFuzz, and runs afl-fuzz from the target's seed
# corpus and dictionary for the given seconds. Findings go to fuzz/out/<target>/findings (crashes/, hangs/).
#
#   bash fuzz/run-afl.sh notes|frames|server [seconds, default 600]
#
# Needs afl-fuzz (Debian: apt-get install afl++). Without it, the same targets run in-process, uninstrumented:
#   dotnet run -c Release --project fuzz/Marginalia.Fuzz -- notes random --inputs 100000
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: fuzz/run-afl.sh notes|frames|server [seconds]}
seconds=${2:-600}
case "$target" in notes) dictionary=notes ;; frames|server) dictionary=protocol ;; *) echo "unknown target $target" >&2; exit 2 ;; esac
if ! command -v afl-fuzz >/dev/null 2>&1; then
  echo "afl-fuzz is missing (Debian: apt-get install afl++)" >&2
  exit 2
fi
out="fuzz/out/$target"
rm -rf "$out"
dotnet publish fuzz/Marginalia.Fuzz -c Release -o "$out/bin" -v q
for dll in Marginalia.Core.dll marginalia.dll Markdig.dll YamlDotNet.dll; do  # marginalia.dll: the server
  dotnet "$out/bin/Marginalia.Fuzz.dll" instrument "$out/bin/$dll"
done
# dotnet itself is not instrumented (SharpFuzz reports coverage from the managed code), so AFL's binary check is off.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
afl-fuzz -i "fuzz/corpus/$target" -o "$out/findings" -x "fuzz/dictionaries/$dictionary.dict" -t 10000 -m none -V "$seconds" \
  -- dotnet "$out/bin/Marginalia.Fuzz.dll" "$target" afl > "$out/afl.log" 2>&1 || { tail -30 "$out/afl.log" >&2; exit 1; }
stats="$out/findings/default/fuzzer_stats"
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg|stability) ' "$stats"
crashes=$(awk '$1 == "saved_crashes" { print $3 }' "$stats")
hangs=$(awk '$1 == "saved_hangs" { print $3 }' "$stats")
echo "$target: $(awk '$1 == "execs_done" { print $3 }' "$stats") executions in $(awk '$1 == "run_time" { print $3 }' "$stats") s, $crashes crashes, $hangs hangs"
[ "$crashes" = 0 ] && [ "$hangs" = 0 ]
