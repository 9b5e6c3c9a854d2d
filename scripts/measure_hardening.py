"""Prints how long personal-data masking, line joining and document cleaning take as inputs grow.

Linear code doubles its time when the input doubles; the issue's quadratic versions quadrupled
(masking "070 " * n: 64K chars 0.5 s, 128K 1.9 s, 1 MB 107 s; joining 10k/20k/40k/80k lowercase
continuation lines 0.26/1.19/4.79/18.45 s). Run: python scripts/measure_hardening.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from assistant.corpus import load_document, logical_lines  # noqa: E402
from assistant.privacy import find_personal_data  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def timed(fn, *args) -> float:
    started = time.perf_counter()
    fn(*args)
    return time.perf_counter() - started


def main() -> None:
    print("find_personal_data('070 ' * n)")
    for chars in (64_000, 128_000, 256_000, 1_024_000):
        print(f"  {chars:>9,} chars  {timed(find_personal_data, '070 ' * (chars // 4)):6.2f} s")
    print("logical_lines on lowercase continuation lines")
    for lines in (10_000, 20_000, 40_000, 80_000):
        text = "\n".join(["början av en lång mening som fortsätter"] + ["och fortsätter på nästa rad"] * lines)
        print(f"  {lines:>9,} lines  {timed(logical_lines, text):6.2f} s")
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    print("load_document (read, clean, structure) of the corpus text repeated")
    tmp = Path(tempfile.gettempdir()) / "measure-hardening.txt"
    for size in (300_000, 600_000, 1_200_000):
        tmp.write_text((text * (size // len(text) + 1))[:size], encoding="utf-8")
        print(f"  {size:>9,} chars  {timed(load_document, tmp):6.2f} s")
    tmp.unlink()


if __name__ == "__main__":
    main()
