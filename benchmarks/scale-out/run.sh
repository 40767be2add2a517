#!/usr/bin/env bash
# The scale-out recipe, measured on this machine: a JSON Lines corpus tagged by one nlp-tr process (all cores), by GNU
# parallel over N processes (one thread each, input cut into blocks at line ends, output kept in input order), and by
# Dask's distributed scheduler over N local workers (dask_tag.py, the same script a multi-machine cluster runs). Checks
# that all outputs are byte for byte the same and prints each one's throughput.
# Usage: [BLOCK_MB=16] bash benchmarks/scale-out/run.sh [DATASETS] [MEGABYTES] [N]   (Debian: apt-get install parallel python3-distributed)
set -euo pipefail
cd "$(dirname "$0")/../.."
datasets="${1:-${NLP_TURKISH_DATASETS:-../shared/datasets}}"
megabytes="${2:-20}"
n="${3:-$(nproc)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build -c Release src/Nlp.Turkish.Cli -v q -nologo > "$work/build.log" || { cat "$work/build.log"; exit 1; }
tool="dotnet $PWD/src/Nlp.Turkish.Cli/bin/Release/net10.0/nlp-tr.dll"

# Documents of 10 lines of CNN Türk news each, numbered, repeated up to the size asked for.
/usr/bin/python3 - "$datasets/unlabeled/cnn-turk-10k.txt" "$megabytes" > "$work/corpus.jsonl" <<'PY'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
docs = ["\n".join(lines[i:i + 10]) for i in range(0, len(lines), 10)]
size, n = 0, 0
while size < float(sys.argv[2]) * 1e6:
    for text in docs:
        line = json.dumps({"id": n, "text": text}, ensure_ascii=False)
        print(line)
        size += len(line.encode("utf-8")) + 1
        n += 1
        if size >= float(sys.argv[2]) * 1e6:
            break
PY
documents=$(wc -l < "$work/corpus.jsonl")
echo "corpus: $documents documents, $(du -m "$work/corpus.jsonl" | cut -f1) MB; $n processes or workers"

measure() { # name, output file, command...
  local name="$1" out="$2"; shift 2
  local start end
  start=$(date +%s.%N)
  "$@" < "$work/corpus.jsonl" > "$out"
  end=$(date +%s.%N)
  /usr/bin/python3 -c "import os,sys; s=float(sys.argv[2])-float(sys.argv[1]); mb=os.path.getsize(sys.argv[3])/1e6; print(f'{sys.argv[4]:<44} {s:6.1f} s  {mb/s:6.2f} MB/s  {int(sys.argv[5])/s:8.0f} documents/s')" "$start" "$end" "$work/corpus.jsonl" "$name" "$documents"
}
measure "one process, 1 thread" "$work/one1.jsonl" $tool tag --input jsonl --threads 1
measure "one process, $n threads" "$work/one.jsonl" $tool tag --input jsonl --threads "$n"
measure "GNU parallel, $n processes x 1 thread" "$work/parallel.jsonl" parallel --pipe --block "${BLOCK_MB:-16}M" -k -j "$n" $tool tag --input jsonl --threads 1
measure "Dask, $n local workers x 1 thread" "$work/dask.jsonl" \
  sh -c "/usr/bin/python3 benchmarks/scale-out/dask_tag.py '$work/corpus.jsonl' /dev/stdout --workers $n --chunk-mb ${BLOCK_MB:-16} --command '$tool tag --input jsonl --threads 1' 2>/dev/null"
for other in one parallel dask; do
  cmp "$work/one1.jsonl" "$work/$other.jsonl" || { echo "scale-out: $other.jsonl differs from one process's output" >&2; exit 1; }
done
echo "outputs identical: $(wc -l < "$work/one1.jsonl") result lines each"
