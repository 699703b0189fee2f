"""PDFs with pdfplumber: safe opening, text, words with positions, tables, labelled values,
embedded files (Factur-X/ZUGFeRD XML) and rendering.

Example::

    from robot_lib import pdf

    with pdf.open_pdf("invoice.pdf") as doc:
        number = doc.find_value("Invoice No")
        xml = next((a for a in doc.attachments() if a.name.endswith(".xml")), None)

Bad files raise a distinct :class:`~robot_lib.errors.PdfError` subclass naming the file:
NotAPdf, EmptyPdf, CorruptPdf, EncryptedPdf, ScannedPdf, PdfTooLarge.
"""

from __future__ import annotations

import contextlib
import logging
import re
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from robot_lib.errors import (
    CorruptPdf,
    EmptyPdf,
    EncryptedPdf,
    NotAPdf,
    PdfError,
    PdfTooLarge,
    ScannedPdf,
)
from robot_lib.pdf_accents import composed
from robot_lib.pdf_words import X_TOLERANCE, doubled, level, respaced, slanted, unglued, untangled

# Chromium and other browsers write fonts without a FontBBox; pdfminer warns once per font
# and page, and the text reads the same. A run's log is no place for that noise.
logging.getLogger("pdfminer.pdffont").setLevel(logging.ERROR)


@dataclass(frozen=True)
class Word:
    """A word and its box (PDF points, origin top-left), on page *page* (0-based)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    page: int
    size: float = 0.0
    upright: bool = True  # False: set sideways (a legal line up the margin, a watermark)

    @property
    def mid_y(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(frozen=True)
class Table:
    page: int
    rows: list[list[str | None]]


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes


@contextlib.contextmanager
def _time_limit(seconds: float | None, path: Path) -> Iterator[None]:
    """Abort a parse that runs longer than *seconds* (main thread only: SIGALRM); a page the
    parser cannot read (damaged content: 'Non-Ascii85 digit found') is a CorruptPdf naming
    the file, not the parser's own error."""
    with _parser_errors(path):
        if not seconds or threading.current_thread() is not threading.main_thread():
            yield
            return

        def _alarm(_sig: int, _frm: Any) -> None:
            raise PdfTooLarge(f"parsing took longer than {seconds:g}s", path)

        old = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)


@contextlib.contextmanager
def _parser_errors(path: Path) -> Iterator[None]:
    """pdfminer's and pdfplumber's errors on a damaged file, as a CorruptPdf naming it."""
    try:
        yield
    except PdfError:
        raise
    except Exception as exc:
        from pdfminer.psexceptions import PSException
        from pdfplumber.utils.exceptions import PdfminerException

        if not isinstance(exc, (PdfminerException, PSException)):
            raise  # (a fault of ours stays what it is)
        raise CorruptPdf(f"a page cannot be parsed: {type(exc).__name__}: {exc}", path) from None


class Document:
    """An open PDF. Parsed pages and their text/words are cached: nothing is parsed twice."""

    def __init__(self, path: Path, plumber: Any, parse_timeout: float | None) -> None:
        self.path = path
        self.raw = plumber  # the pdfplumber.PDF object: escape hatch
        self.parse_timeout = parse_timeout
        self._text: dict[int, str] = {}
        self._chars: dict[int, list[dict[str, Any]]] = {}
        self._words: dict[int, list[Word]] = {}
        self._lines: dict[tuple[int, float], list[list[Word]]] = {}  # the same lists each time

    @property
    def page_count(self) -> int:
        return len(self.raw.pages)

    @property
    def metadata(self) -> dict[str, Any]:
        return dict(self.raw.metadata or {})

    def page_height(self, page: int = 0) -> float:
        """The page's height in PDF points (842 for A4 portrait), as its text stands upright
        (a page whose /Rotate turns it on screen keeps its own height)."""
        pg = self.raw.pages[self._pages(page)[0]]
        return float(pg.width if pg.rotation % 180 else pg.height)

    def page_width(self, page: int = 0) -> float:
        """The page's width in PDF points (595 for A4 portrait), as its text stands upright."""
        pg = self.raw.pages[self._pages(page)[0]]
        return float(pg.height if pg.rotation % 180 else pg.width)

    def _letters(self, i: int) -> list[dict[str, Any]]:
        """The page's letters, or turned upright on a page that its /Rotate entry turns on
        screen."""
        pg = self.raw.pages[i]
        return self._righted(i) if pg.rotation % 360 else self.chars(i)

    def chars(self, i: int) -> list[dict[str, Any]]:
        """Page *i*'s letters as pdfplumber's ``page.chars`` gives them, with the keys that
        words and text are made of (text, box, doctop, upright, size, fontname, matrix, ...),
        read straight from pdfminer's layout of the page. pdfplumber resolves and copies some
        twenty attributes of every letter (colours, graphic state, marked content): that took
        a third of a page's parse, more than the rest of an invoice's reading."""
        if i in self._chars:
            return self._chars[i]
        pg = self.raw.pages[i]
        if self.raw.unicode_norm is not None or self.raw.laparams is not None:
            # normalised or grouped: pdfplumber's way
            self._chars[i] = composed(level(list(pg.chars)))
            return self._chars[i]
        from pdfminer.layout import LTChar, LTContainer, LTItem
        from pdfplumber.page import fix_fontname_bytes

        h, (mb_x0, mb_top), doc0 = pg.height, pg.mediabox[:2], pg.initial_doctop
        out: list[dict[str, Any]] = []

        def walk(items: list[LTItem]) -> None:
            for o in items:
                if isinstance(o, LTChar):
                    if o.matrix[1] and slanted(o.matrix):
                        continue  # a watermark's letter, across the page (:func:`level`)
                    top = h - o.y1 + mb_top
                    font = o.fontname
                    if isinstance(font, bytes):
                        font = fix_fontname_bytes(font)
                    out.append(
                        {
                            "text": o.get_text(),
                            "fontname": font,
                            "size": o.size,
                            "x0": o.x0 + mb_x0,
                            "x1": o.x1 + mb_x0,
                            "top": top,
                            "bottom": h - o.y0 + mb_top,
                            "doctop": doc0 + top,
                            "y0": o.y0,
                            "y1": o.y1,
                            "width": o.width,
                            "height": o.height,
                            "upright": o.upright,
                            "matrix": o.matrix,
                            "adv": o.adv,
                            "object_type": "char",
                            "page_number": pg.page_number,
                        }
                    )
                elif isinstance(o, LTContainer):  # a form XObject's letters
                    walk(list(o))

        walk(list(pg.layout))
        # TeX's accents drawn apart, on their letters; its symbol fonts' currency signs
        self._chars[i] = out = composed(out)
        return out

    def _righted(self, i: int) -> list[dict[str, Any]]:
        """The letters of a page whose /Rotate turns it on screen (90, 180 or 270 degrees), in
        the page's own upright frame: pdfplumber gives them as shown, turned, so that its text
        reads backwards or sideways. Letters sideways on the page itself are left out."""
        pg = self.raw.pages[i]
        w, h, turn = float(pg.width), float(pg.height), pg.rotation % 360
        out = []
        for c in self.chars(i):
            x0, x1, top, bottom = c["x0"], c["x1"], c["top"], c["bottom"]
            if turn == 90:
                box = (top, bottom, w - x1, w - x0)
            elif turn == 180:
                box = (w - x1, w - x0, h - bottom, h - top)
            else:  # 270
                box = (h - bottom, h - top, x0, x1)
            if (turn == 180) != c.get("upright", True):
                continue  # sideways on the page itself
            size = c["size"] if turn == 180 else box[3] - box[2]
            out.append(
                c
                | {"x0": box[0], "x1": box[1], "top": box[2], "bottom": box[3], "upright": True}
                | {"size": size, "doctop": box[2]}
            )
        return out

    def _pages(self, page: int | None) -> range:
        if page is None:
            return range(self.page_count)
        if not 0 <= page < self.page_count:
            raise PdfError(f"no page {page} (the file has {self.page_count})", self.path)
        return range(page, page + 1)

    def text(self, page: int | None = None) -> str:
        """The text of one page (0-based) or of all pages joined by form feeds."""
        out = []
        for i in self._pages(page):
            if i not in self._text:
                with _time_limit(self.parse_timeout, self.path):
                    pg = self.raw.pages[i]
                    if pg.rotation % 360:
                        from pdfplumber.utils.text import extract_text

                        text = extract_text(self._righted(i), x_tolerance=X_TOLERANCE)
                    else:
                        text = self._page_text(i, self.chars(i))
                        if sum(doubled(t) for t in text.split()) >= 2:  # drawn twice: words()
                            from pdfplumber.utils.text import dedupe_chars

                            text = self._page_text(i, dedupe_chars(self.chars(i), tolerance=1))
                    self._text[i] = text or ""
            out.append(self._text[i])
        return "\f".join(out)

    def _page_text(self, i: int, letters: list[dict[str, Any]]) -> str:
        """What pdfplumber's ``page.extract_text()`` gives for these letters of page *i*."""
        from pdfplumber.utils.text import chars_to_textmap

        pg = self.raw.pages[i]
        bbox = {"layout_bbox": pg.bbox, "layout_width": pg.width, "layout_height": pg.height}
        return chars_to_textmap(letters, x_tolerance=X_TOLERANCE, **bbox).as_string or ""

    def words(self, page: int | None = None) -> list[Word]:
        """Words with positions, in reading order per page."""
        out: list[Word] = []
        for i in self._pages(page):
            if i not in self._words:
                from pdfplumber.utils.text import dedupe_chars, extract_words

                with _time_limit(self.parse_timeout, self.path):
                    letters = self._letters(i)
                    raw = extract_words(
                        letters, x_tolerance=X_TOLERANCE, extra_attrs=["size"], return_chars=True
                    )
                    if sum(doubled(w["text"]) for w in raw) >= 2:
                        # text drawn twice a hair apart to look bold: 'RReecchhnnuunngg'; the
                        # page's letters without their copies (costly: only on such pages)
                        letters = dedupe_chars(letters, tolerance=1)
                        raw = extract_words(
                            letters,
                            x_tolerance=X_TOLERANCE,
                            extra_attrs=["size"],
                            return_chars=True,
                        )
                    raw = respaced(unglued(untangled(raw, letters)))
                self._words[i] = [
                    Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"], i, w["size"])
                    for w in raw
                    if w.get("upright", True)
                ]
                if len(self._words[i]) < len(raw):
                    self._words[i] += self._turned_words(i)
            out.extend(self._words[i])
        return out

    def _turned_words(self, page: int) -> list[Word]:
        """The words set sideways, in reading order: letters turned counter-clockwise read
        bottom to top (lines left to right), turned clockwise top to bottom (lines right to
        left); read otherwise they come out backwards ('SEUGYUOB'). A word's size is its
        letters' height, which lies across the page."""
        from pdfplumber.utils.text import extract_words

        chars = [c for c in self.chars(page) if not c.get("upright", True)]
        out: list[Word] = []
        for up, char_dir, line_dir in ((True, "btt", "ltr"), (False, "ttb", "rtl")):
            group = [c for c in chars if (c["matrix"][1] > 0) == up]
            for w in extract_words(
                group, x_tolerance=X_TOLERANCE, char_dir_rotated=char_dir, line_dir_rotated=line_dir
            ):
                x0, x1 = w["x0"], w["x1"]
                out.append(Word(w["text"], x0, x1, w["top"], w["bottom"], page, x1 - x0, False))
        return out

    def lines(self, page: int | None = None, tolerance: float = 3.0) -> list[list[Word]]:
        """Words grouped into visual lines (same baseline within *tolerance*), left to right."""
        out: list[list[Word]] = []
        for i in self._pages(page):
            key = (i, tolerance)
            if key not in self._lines:
                self._lines[key] = self.group(self.words(i), tolerance)
            out.extend(self._lines[key])
        return out

    @staticmethod
    def group(words: list[Word], tolerance: float = 3.0) -> list[list[Word]]:
        """*words* grouped into visual lines as :meth:`lines` groups a page's (a part of a
        page's words: a column's)."""
        out: list[list[Word]] = []
        ws = sorted((w for w in words if w.upright), key=lambda w: (round(w.top), w.x0))
        current: list[Word] = []
        for w in sorted(ws, key=lambda w: w.top):
            if current and abs(w.mid_y - current[-1].mid_y) > tolerance:
                out.append(sorted(current, key=lambda w: w.x0))
                current = []
            current.append(w)
        if current:
            out.append(sorted(current, key=lambda w: w.x0))
        return out

    def turned_lines(self, page: int | None = None) -> list[list[Word]]:
        """The lines set sideways (a legal line up the margin, a watermark), each as its words
        in reading order; :meth:`lines` leaves them out."""
        out: list[list[Word]] = []
        for i in self._pages(page):
            for w in self.words(i):
                if w.upright:
                    continue
                if out and out[-1][0].page == i and abs(out[-1][-1].x0 - w.x0) < 1:
                    out[-1].append(w)
                else:
                    out.append([w])
        return out

    def tables(self, page: int | None = None) -> list[Table]:
        """Tables pdfplumber detects (ruled or aligned), cells as text or None."""
        out = []
        for i in self._pages(page):
            with _time_limit(self.parse_timeout, self.path):
                for t in self.raw.pages[i].extract_tables():
                    out.append(Table(i, [list(r) for r in t]))
        return out

    def find_value(
        self, label: str, direction: str = "right", page: int | None = None, max_gap: float = 40
    ) -> str | None:
        """The text right of (or below) *label*, matched case-insensitively over words.

        ``right``: the words that follow the label on its line, up to a gap wider than
        *max_gap* points. ``below``: the words on the next line that overlap the label's span.
        """
        want = [t for t in re.split(r"\s+", label.strip().lower()) if t]
        if not want or direction not in ("right", "below"):
            raise ValueError("find_value needs a label and direction right or below")
        for line_words in self.lines(page):
            texts = [w.text.lower().rstrip(":") for w in line_words]
            for i in range(len(texts) - len(want) + 1):
                if texts[i : i + len(want)] != [t.rstrip(":") for t in want]:
                    continue
                last = line_words[i + len(want) - 1]
                first = line_words[i]
                if direction == "right":
                    got: list[str] = []
                    prev = last.x1
                    for w in line_words[i + len(want) :]:
                        if w.x0 - prev > max_gap:
                            break
                        got.append(w.text)
                        prev = w.x1
                    if got:
                        return " ".join(got)
                else:
                    below = [w for w in self.words(first.page) if w.top > last.bottom]
                    if not below:
                        continue
                    top = (
                        min(w.top for w in below if w.x1 >= first.x0 - 2 and w.x0 <= last.x1 + 2)
                        if any(w.x1 >= first.x0 - 2 and w.x0 <= last.x1 + 2 for w in below)
                        else None
                    )
                    if top is None:
                        continue
                    row = sorted((w for w in below if abs(w.top - top) < 3), key=lambda w: w.x0)
                    start = [w for w in row if w.x1 >= first.x0 - 2 and w.x0 <= last.x1 + 2]
                    if not start:
                        continue
                    picked = [start[0]]
                    for w in row[row.index(start[0]) + 1 :]:
                        if w.x0 - picked[-1].x1 > 8:  # a column gap ends the value
                            break
                        picked.append(w)
                    return " ".join(w.text for w in picked)
        return None

    def attachments(self) -> list[Attachment]:
        """Files embedded in the PDF (e.g. ``factur-x.xml``, ``zugferd-invoice.xml``)."""
        import pypdfium2

        out = []
        doc = pypdfium2.PdfDocument(str(self.path))
        try:
            for i in range(doc.count_attachments()):
                try:
                    att = doc.get_attachment(i)
                    out.append(Attachment(att.get_name(), bytes(att.get_data())))
                except Exception:
                    continue  # an unreadable attachment (a damaged file's) is skipped, not fatal
        finally:
            doc.close()
        return out

    def render(self, page: int = 0, dpi: int = 100, path: Path | None = None) -> Path:
        """Render *page* to a PNG file (default next to the PDF) and return its path; upright,
        as its words are (a page its /Rotate entry turns on screen is turned back)."""
        self._pages(page)
        target = path or self.path.with_name(f"{self.path.stem}.p{page + 1}.png")
        pg = self.raw.pages[page]
        image = pg.to_image(resolution=dpi)
        if pg.rotation % 360:  # PIL turns counter-clockwise, /Rotate clockwise
            image.original.rotate(pg.rotation % 360, expand=True).save(str(target), format="PNG")
        else:
            image.save(str(target))
        return target

    def close(self) -> None:
        self.raw.close()

    def __enter__(self) -> Document:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def check_file(path: Path) -> None:
    """Raise EmptyPdf or NotAPdf for files that are not PDFs at all (cheap: 1 KiB read)."""
    if not path.is_file():
        raise PdfError("file not found", path)
    if path.stat().st_size == 0:
        raise EmptyPdf("the file is empty (0 bytes)", path)
    with path.open("rb") as f:
        head = f.read(1024)
    if b"%PDF-" not in head:
        raise NotAPdf(f"not a PDF (starts with {head[:8]!r})", path)


def has_text_layer(path: Path, password: str | None = None) -> bool:
    """True if any page has extractable text (pypdfium2: about 30x faster than a full parse)."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(path), password=password)
    try:
        for i in range(len(doc)):
            tp = doc[i].get_textpage()
            if tp.get_text_range().strip():
                return True
        return False
    finally:
        doc.close()


def open_pdf(
    path: str | Path,
    password: str | None = None,
    max_pages: int = 500,
    parse_timeout: float | None = 60.0,
    require_text: bool = True,
) -> Document:
    """Open a PDF safely.

    Args:
        password: for encrypted files.
        max_pages: refuse larger documents (PdfTooLarge).
        parse_timeout: seconds any single parse may take (main thread only).
        require_text: raise ScannedPdf for a file without a text layer.

    Raises EmptyPdf, NotAPdf, CorruptPdf, EncryptedPdf, ScannedPdf or PdfTooLarge, each
    naming the file.
    """
    import pypdfium2

    p = Path(path)
    check_file(p)
    try:
        probe = pypdfium2.PdfDocument(str(p), password=password)
    except pypdfium2.PdfiumError as exc:
        msg = str(exc)
        if "password" in msg.lower():
            what = "a wrong password was given" if password else "no password was given"
            raise EncryptedPdf(f"the PDF is encrypted and {what}", p) from None
        raise CorruptPdf(f"cannot be parsed: {msg}", p) from None
    try:
        pages = len(probe)
    finally:
        probe.close()
    if pages > max_pages:
        raise PdfTooLarge(f"{pages} pages (limit {max_pages})", p)
    if pages == 0:
        raise CorruptPdf("the PDF has no pages", p)
    if require_text and not has_text_layer(p, password):
        raise ScannedPdf("no text layer (an image-only scan): it needs OCR", p)
    import pdfplumber

    try:
        with _time_limit(parse_timeout, p):
            plumber = pdfplumber.open(p, password=password or "")
            _ = plumber.pages
    except PdfError:
        raise
    except Exception as exc:
        raise CorruptPdf(f"cannot be parsed: {type(exc).__name__}: {exc}", p) from None
    return Document(p, plumber, parse_timeout)
