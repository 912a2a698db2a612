"""Letters on paper: a filled letter (``wizard.letters.RenderedLetter``) as an editable .docx
(python-docx) and as a PDF through the report's own paged output (``wizard.pdf``, the bundled
font), so it prints the same everywhere.

The .docx is A4 with a Chinese serif font set for East Asian text (w:eastAsia), a title,
headings, numbered paragraphs, quoted articles, a signature block with a blank date line, and
the worker's page after a page break. The worker edits it freely (Word, WPS, LibreOffice).
``write_docx`` imports no Qt; ``write_letter_pdf`` needs a QGuiApplication.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from wizard import resources
from wizard.atomicio import replace
from wizard.errors import WizardError
from wizard.letters import RenderedBlock, RenderedLetter

TEMPLATE = "letter.html.j2"
#: The serif face Chinese offices expect in a letter (present with every Chinese Windows,
#: WPS and Office); the PDF uses the bundled font instead.
DOCX_EAST_ASIAN_FONT = "宋体"
DOCX_HEADING_FONT = "黑体"
DOCX_LATIN_FONT = "Times New Roman"
BODY_PT = 12
TITLE_PT = 18


# --- .docx -------------------------------------------------------------------------------------


def _set_fonts(target: Any, east_asian: str, latin: str = DOCX_LATIN_FONT) -> None:
    """Set the Latin and the East Asian font of a style or a run (python-docx only sets the
    Latin one; Word then falls back to its own Chinese default)."""
    from docx.oxml.ns import qn

    target.font.name = latin
    rpr = target.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    for key in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(key), latin)
    fonts.set(qn("w:eastAsia"), east_asian)


def letter_docx(letter: RenderedLetter) -> Any:
    """The letter as a python-docx Document (not yet saved)."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Mm, Pt, RGBColor

    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(25), Mm(22)
    section.left_margin, section.right_margin = Mm(28), Mm(26)

    normal = document.styles["Normal"]
    _set_fonts(normal, DOCX_EAST_ASIAN_FONT)
    normal.font.size = Pt(BODY_PT)
    normal.paragraph_format.line_spacing = 1.5
    normal.paragraph_format.space_after = Pt(0)
    for name, size in (("Title", TITLE_PT), ("Heading 1", 14), ("Heading 2", BODY_PT)):
        style = document.styles[name]
        _set_fonts(style, DOCX_HEADING_FONT)
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.paragraph_format.space_before = Pt(6 if name != "Title" else 0)
        style.paragraph_format.space_after = Pt(6)

    title = document.add_paragraph(letter.title, style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # The Title style of the default template draws a rule under the title: keep it plain.
    _drop_borders(title)
    document.add_paragraph(letter.addressee)

    def body_paragraph(text: str, indent: bool = True) -> Any:
        p = document.add_paragraph(text)
        if indent:
            p.paragraph_format.first_line_indent = Pt(BODY_PT * 2)
        return p

    for block in letter.body:
        _docx_block(document, block, body_paragraph)

    if letter.attachments:
        document.add_paragraph(
            "附件：" if letter.lang == "zh" else "Enclosures:", style="Heading 2"
        )
        for number, item in enumerate(letter.attachments, 1):
            p = document.add_paragraph(f"{number}．{item}")
            p.paragraph_format.left_indent = Pt(BODY_PT * 2)

    document.add_paragraph()
    for line in _signature_lines(letter):
        p = document.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    # The worker's page: after a page break, marked as not to be sent.
    breaker = document.add_paragraph()
    breaker.add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph(letter.notes_title, style="Heading 1")
    for note in letter.notes:
        body_paragraph(note, indent=not note.startswith("·"))
    if letter.delivery:
        document.add_paragraph(
            "如何寄送、如何证明送达" if letter.lang == "zh" else "How to send it and prove arrival",
            style="Heading 2",
        )
        for number, item in enumerate(letter.delivery, 1):
            document.add_paragraph(f"{number}．{item}")
    document.add_paragraph(letter.case_line)
    document.core_properties.title = letter.title
    document.core_properties.author = ""
    document.core_properties.comments = "liability-wizard"
    return document


def _drop_borders(paragraph: Any) -> None:
    from docx.oxml.ns import qn

    ppr = paragraph._p.get_or_add_pPr()
    border = ppr.makeelement(qn("w:pBdr"), {})
    ppr.append(border)  # an empty border list overrides the style's


def _docx_block(document: Any, block: RenderedBlock, body_paragraph: Any) -> None:
    from docx.shared import Pt

    match block.kind:
        case "heading":
            document.add_paragraph(block.text, style="Heading 2")
        case "para":
            body_paragraph(block.text)
        case "numbered":
            for number, item in enumerate(block.items, 1):
                body_paragraph(f"{number}．{item}")
        case "checklist":
            for item in block.items:
                p = document.add_paragraph(f"□ {item}")
                p.paragraph_format.left_indent = Pt(BODY_PT * 2)
        case "quote":
            for reference, text in block.quotes:
                lines = text.split("\n")
                p = document.add_paragraph()
                p.paragraph_format.left_indent = Pt(BODY_PT * 2)
                p.add_run(f"{reference}规定：").bold = True
                p.add_run(f"“{lines[0]}" + ("”" if len(lines) == 1 else ""))
                for i, line in enumerate(lines[1:], 2):
                    q = document.add_paragraph(line + ("”" if i == len(lines) else ""))
                    q.paragraph_format.left_indent = Pt(BODY_PT * 2)


def _signature_lines(letter: RenderedLetter) -> list[str]:
    if letter.lang == "zh":
        return [
            f"{letter.signer}（签名或者盖章）：{letter.sender}",
            "联系电话：＿＿＿＿＿＿＿＿",
            f"日期：{letter.date_line}",
        ]
    return [
        f"{letter.signer} (signature or seal): {letter.sender}",
        "Telephone: ____________",
        letter.date_line,
    ]


def write_docx(letter: RenderedLetter, path: Path) -> None:
    """Write the letter as .docx, atomically (the old file stays whole if anything fails)."""
    path = Path(path)
    if not path.parent.is_dir():
        raise WizardError(f"{path}: the folder does not exist")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        letter_docx(letter).save(str(tmp))
        replace(tmp, path)
    except OSError as exc:
        raise WizardError(f"{path}: cannot write the document: {exc.strerror or exc}") from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


# --- PDF ---------------------------------------------------------------------------------------


@cache
def _environment() -> Any:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(resources.templates_dir()),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def letter_html(letter: RenderedLetter) -> str:
    """The letter as HTML for Qt's text engine (the PDF); every value is escaped."""
    return (
        _environment()
        .get_template(TEMPLATE)
        .render(letter=letter, signature=_signature_lines(letter))
    )


def letter_report(letter: RenderedLetter) -> Any:
    """The letter as a paged document for ``wizard.pdf`` (footer: the title and the page)."""
    from wizard.report import Report

    return Report(
        html=letter_html(letter),
        title=letter.title,
        footer_left=letter.title,
        footer_center="",
        page_label="第 {page} 页 / 共 {pages} 页"
        if letter.lang == "zh"
        else "Page {page} of {pages}",
    )


def write_letter_pdf(letter: RenderedLetter, path: Path) -> int:
    """Write the letter as an A4 PDF in the bundled font; returns the page count."""
    from wizard.pdf import write_pdf

    return write_pdf(letter_report(letter), path)


def write_letter(letter: RenderedLetter, folder: Path, pdf: bool = True) -> list[Path]:
    """Write ``<stem>.docx`` (and ``<stem>.pdf``) into ``folder``; returns the paths written."""
    folder = Path(folder)
    docx_path = folder / f"{letter.file_stem}.docx"
    write_docx(letter, docx_path)
    written = [docx_path]
    if pdf:
        pdf_path = folder / f"{letter.file_stem}.pdf"
        write_letter_pdf(letter, pdf_path)
        written.append(pdf_path)
    return written
