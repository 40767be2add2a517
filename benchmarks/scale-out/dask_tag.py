#!/usr/bin/python3
"""Tags a JSON Lines corpus with nlp-tr on a Dask cluster: the corpus is cut into byte ranges at line starts, each task
pipes its range through `nlp-tr tag --input jsonl` on a worker, and the results are written in input order, so the
output is byte for byte what one process writes.

On one machine it starts a local cluster (--workers N, one thread each); on many machines, give the scheduler's
address (--scheduler tcp://host:8786, after `dask scheduler` there and `dask worker tcp://host:8786 --nthreads 1` on each
worker, each with nlp-tr installed: `dotnet tool install -g Nlp.Turkish.Cli`) and keep the corpus where every worker can
read it at the same path (NFS, a mounted bucket). At most 2 x workers ranges are in flight, so the driver's memory
follows the range size, not the corpus.

Usage: dask_tag.py INPUT.jsonl OUTPUT.jsonl [--workers N | --scheduler ADDRESS] [--chunk-mb 8] [--command "nlp-tr tag --input jsonl --threads 1"]
"""
import argparse
import os
import shlex
import subprocess
import sys
import time

from dask.distributed import Client, LocalCluster


def ranges(path, size):
    """Byte ranges of about `size` bytes, each starting at a line start and ending after a newline (or at the end)."""
    total = os.path.getsize(path)
    with open(path, "rb") as f:
        start = 0
        while start < total:
            end = min(start + size, total)
            if end < total:
                f.seek(end)
                f.readline()
                end = f.tell()
            yield start, end
            start = end


def tag_range(path, start, end, command):
    """Runs nlp-tr on one byte range of the corpus; returns its output (one result line per input document)."""
    with open(path, "rb") as f:
        f.seek(start)
        data = f.read(end - start)
    run = subprocess.run(command, input=data, capture_output=True, check=False)
    if run.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed on bytes {start}-{end} of {path}: {run.stderr.decode(errors='replace').strip()}")
    return run.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--workers", type=int, default=os.cpu_count())
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a local cluster)")
    parser.add_argument("--chunk-mb", type=float, default=8)
    parser.add_argument("--command", default="nlp-tr tag --input jsonl --threads 1")
    args = parser.parse_args()
    command = shlex.split(args.command)
    path = os.path.abspath(args.input)

    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None))
    workers = len(client.scheduler_info()["workers"])
    began = time.perf_counter()
    pending = []
    documents = 0
    with open(args.output, "wb") as out:
        for start, end in ranges(path, int(args.chunk_mb * 1e6)):
            pending.append(client.submit(tag_range, path, start, end, command, pure=False))
            while len(pending) >= 2 * workers:
                result = pending.pop(0).result()
                documents += result.count(b"\n")
                out.write(result)
        for future in pending:
            result = future.result()
            documents += result.count(b"\n")
            out.write(result)
    seconds = time.perf_counter() - began
    megabytes = os.path.getsize(path) / 1e6
    print(f"{documents} documents, {megabytes:.1f} MB in {seconds:.1f} s on {workers} workers: {megabytes / seconds:.2f} MB/s", file=sys.stderr)
    client.close()


if __name__ == "__main__":
    main()
