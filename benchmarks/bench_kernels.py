"""Benchmark: the cost of one grading kernel, launched the ordinary way or forked.

    .venv/bin/python benchmarks/bench_kernels.py [--lesson 01_kmeans_basics] [--kernels 5]

For each way, starts N kernels one after another with the grading kernel spec (limits,
no network), runs the lesson's imports in each (what every submission's first cell
does) and shuts it down as the grader does, and prints the median of each step:
- "launched": the spec without its provisioner (``python -m ... ipykernel_launcher``);
- "forked": the spec as the grade command writes it (the fork server, started once and
  not counted here; it imports the same modules once per worker).
Figures only; nothing here asserts a time.
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jupyter_client.manager import KernelManager  # noqa: E402

from autograder import course  # noqa: E402
from autograder.grading import provisioner  # noqa: E402
from autograder.grading.bundle import imported_modules  # noqa: E402
from autograder.grading.limits import Limits, write_kernel_spec  # noqa: E402


def _one(folder: Path, imports: str) -> tuple[float, float, float]:
    t0 = time.perf_counter()
    km = KernelManager(kernel_name="python3", transport="ipc", ip=str(folder / "k"))
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=120)
    t1 = time.perf_counter()
    reply = kc.execute_interactive(imports, timeout=120)
    assert reply["content"]["status"] == "ok", reply["content"]
    t2 = time.perf_counter()
    kc.stop_channels()
    km.shutdown_kernel(now=True)
    return t1 - t0, t2 - t1, time.perf_counter() - t2


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--lesson", default="01_kmeans_basics")
    p.add_argument("--kernels", type=int, default=5)
    args = p.parse_args()
    modules = imported_modules([course.SOLUTIONS / args.lesson / f"{args.lesson}.ipynb"])
    imports = "\n".join(f"import {m}" for m in modules)
    print(f"{args.lesson} imports {', '.join(modules)}")
    with tempfile.TemporaryDirectory(prefix="bench-kernels-") as tmp:
        spec_dir = Path(tmp) / "spec"
        spec = write_kernel_spec(spec_dir, Limits(), modules)
        os.environ["JUPYTER_PATH"] = str(spec_dir)
        server = provisioner.fork_server(list(modules), spec["env"])
        t = time.perf_counter()
        server._wait_until_ready()
        print(f"fork server ready after {time.perf_counter() - t:.2f} s (once per worker)")
        rows = {"forked": [_one(Path(tmp), imports) for _ in range(args.kernels)]}
        spec_file = spec_dir / "kernels" / "python3" / "kernel.json"
        del spec["metadata"]["kernel_provisioner"]  # jupyter_client's default: Popen
        spec_file.write_text(json.dumps(spec))
        rows["launched"] = [_one(Path(tmp), imports) for _ in range(args.kernels)]
    print(f"median of {args.kernels} kernels:   start    imports  shutdown   total")
    for name in ("launched", "forked"):
        cols = [statistics.median(c) for c in zip(*rows[name])]
        print(f"  {name:9}               {cols[0]:6.2f} s {cols[1]:6.2f} s {cols[2]:6.2f} s {sum(cols):6.2f} s")


if __name__ == "__main__":
    main()
