"""Where the time of a profile goes: a short text summary of py-spy's raw (collapsed) stacks.

    py-spy record -r 500 --format raw -t -o start.txt -- python -m beziehung --db COPY.db
    python benchmarks/profile_summary.py start.txt [--top 15] [--root run_window]

It prints, per thread, the samples in milliseconds; then the calls under ``--root`` (by
default the window's start function) with their inclusive time; then the heaviest
Beziehung functions and the heaviest imports (by the module that was being imported when
the sample was taken, the outermost ``<module>`` frame below Beziehung's code), and which
of Beziehung's own modules were loading then (the innermost one).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

FRAME = re.compile(r"^(?P<name>.+?) \((?P<file>[^()]*?)(?::(?P<line>\d+))?\)$")


def _frames(stack: str) -> tuple[str, list[tuple[str, str]]]:
    thread, *rest = stack.split(";")
    frames = []
    for part in rest:
        found = FRAME.match(part)
        if found:
            frames.append((found["name"], found["file"]))
    return thread, frames


def _own(file: str) -> bool:
    return file.startswith("beziehung/")


def summarise(paths: list[Path], top: int, root: str) -> str:
    hz = 500
    threads: Counter[str] = Counter()
    under_root: Counter[str] = Counter()
    functions: Counter[str] = Counter()
    imports: Counter[str] = Counter()
    loading: Counter[str] = Counter()
    total = 0
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            stack, _, count_text = line.rpartition(" ")
            if not count_text.isdigit():
                continue
            count = int(count_text)
            total += count
            thread, frames = _frames(stack)
            threads[re.sub(r"\(\d+\)", "", thread).strip()] += count
            names = [f"{name} ({file})" for name, file in frames]
            for i, (name, _file) in enumerate(frames):
                if name == root and i + 1 < len(frames):
                    under_root[names[i + 1]] += count
                    break
            for label in {n for n, (_, file) in zip(names, frames, strict=True) if _own(file)}:
                functions[label] += count
            for i, (name, file) in enumerate(frames):
                if name == "<module>" and not _own(file) and any(_own(f) for _, f in frames[:i]):
                    imports[file.split("/")[0].removesuffix(".py")] += count
                    break
            modules = [file for name, file in frames if name == "<module>" and _own(file)]
            if len(modules) > 1 or (modules and modules[0] != "beziehung/__main__.py"):
                loading[modules[-1]] += count
    runs = len(paths)

    def ms(samples: int) -> str:
        return f"{samples * 1000 / hz / runs:8.0f} ms"

    out = [f"{runs} profile(s), {total * 1000 / hz / runs:.0f} ms of samples per run (all threads)"]
    out.append("\nper thread:")
    out += [f"  {ms(n)}  {name}" for name, n in threads.most_common()]
    out.append(f"\nunder {root}:")
    out += [f"  {ms(n)}  {name}" for name, n in under_root.most_common(top)]
    out.append("\nheaviest Beziehung functions (inclusive):")
    out += [f"  {ms(n)}  {name}" for name, n in functions.most_common(top)]
    out.append("\nloading Beziehung's modules (each with what it imports from elsewhere):")
    out += [f"  {ms(n)}  {name}" for name, n in loading.most_common(top)]
    out.append("\nimports of other packages from Beziehung's code:")
    out += [f"  {ms(n)}  {name}" for name, n in imports.most_common(top)]
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("profiles", nargs="+", type=Path)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--root", default="run_window")
    args = parser.parse_args()
    print(summarise(args.profiles, args.top, args.root))


if __name__ == "__main__":
    main()
