#!/usr/bin/env bash
# Fuzzes the recognizer with AFL++ through SharpFuzz: builds this harness, instruments Nlp.Turkish.dll, seeds the corpus
# with the seed article and the pathological inputs' shapes, and runs afl-fuzz for MINUTES (default 10). Findings (inputs
# that crash or break an offset invariant) land in $OUT/default/crashes.
# Usage: tests/Nlp.Turkish.Fuzz/run.sh [MINUTES] [OUT]
set -euo pipefail
cd "$(dirname "$0")"
minutes="${1:-10}"
out="${2:-$(mktemp -d)/findings}"
command -v afl-fuzz >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y afl++; }
tools="$(mktemp -d)"
dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" > /dev/null
bin="$(mktemp -d)"
dotnet publish -c Release -o "$bin" > /dev/null
"$tools/sharpfuzz" "$bin/Nlp.Turkish.dll"

corpus="$(mktemp -d)"
cp ../../seeds/*.txt "$corpus/"
printf "Tokayev'in Astana'daki konuşması 27.02.2026'da yayımlandı." > "$corpus/suffixes.txt"
printf 'T.C. A.Ş. Dr. K. Tokayev, %%65 oranında 1.234,56 TL; www.aa.com.tr x@y.com #haber @aa 👍🏽🇹🇷' > "$corpus/shapes.txt"
printf 'I\xcc\x87STANBUL\r\nمرحبا Москва \x00\x01 \xe2\x80\x8b' > "$corpus/scripts.txt"

# dotnet itself carries no AFL instrumentation; the instrumented assembly reports coverage through SharpFuzz.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
timeout --preserve-status "$((minutes * 60))" afl-fuzz -i "$corpus" -o "$out" -t 10000 -m none -- dotnet "$bin/Nlp.Turkish.Fuzz.dll" || true
echo "fuzz: findings in $out/default/crashes and $out/default/hangs"
grep -E 'execs_done|corpus_count|saved_crashes|saved_hangs|run_time' "$out/default/fuzzer_stats" || true
