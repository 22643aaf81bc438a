"""Render the sample summaries to PDF and PNG, to look at them (and for docs/screenshots/).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/summary_pages.py OUT_DIR [--docs]

Writes typical, crowded, light and packet summaries (tests/unit/summary/sample.py: hand-built,
the typical one about 12 questions, the nine ESAS-r scales and three own symptoms, 8 medicines)
on A4 and Letter, then each page as a PNG with pdftoppm (poppler-utils). With --docs, the
typical ones are also copied to docs/screenshots/summary-typical-PAPER-N.png.
"""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(out: Path, docs: bool) -> None:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtGui import QGuiApplication
    from tests.unit.summary import sample

    from mbc_desktop.summary.model import Paper
    from mbc_desktop.summary.pdf import write_pdf
    from mbc_desktop.words.i18n import use_language

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    use_language("en")  # English plural forms ("+3 more questions")
    out.mkdir(parents=True, exist_ok=True)
    for name in ("typical", "crowded", "light", "packet"):
        summary = getattr(sample, name)()
        for paper in Paper:
            pdf = out / f"{name}-{paper.value}.pdf"
            result = write_pdf(summary, pdf, paper)
            stem = out / f"{name}-{paper.value}"
            subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(stem)], check=True)
            left = ", ".join(f"{n} {what}" for what, n in result.left_out.items()) or "nothing"
            print(
                f"{pdf.name}: {result.pages} page(s), "
                f"{'compact' if result.compact else 'normal'}, left out: {left}"
            )
            if docs and name == "typical":
                for png in sorted(out.glob(f"{stem.name}-*.png")):
                    page = png.stem.rsplit("-", 1)[1].lstrip("0") or "1"
                    target = (
                        ROOT / "docs" / "screenshots" / f"summary-typical-{paper.value}-{page}.png"
                    )
                    shutil.copy(png, target)
                    print(f"  copied to {target.relative_to(ROOT)}")
    del app


if __name__ == "__main__":
    arguments = sys.argv[1:]
    main(
        Path(arguments[0] if arguments and not arguments[0].startswith("-") else "summary-tmp"),
        "--docs" in arguments,
    )
