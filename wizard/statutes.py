"""The statute library: the articles the trees cite, with their law's title, version and status.

One JSON file per law under ``resources/statutes/`` (see docs/tree-format.md, "Statute files").
Article texts are the official wording; ``tests/test_statutes_reference.py`` compares them with
the reference corpus.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from wizard.errors import StatuteError
from wizard.model import Citation, Lang, Text

log = logging.getLogger(__name__)

# Items are written （一） in most texts and (一) in a few official sources (e.g. 条例).
_ITEM_MARKER = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")


@dataclass(frozen=True)
class Paragraph:
    """One 款: its own text and the 项 listed under it."""

    text: str
    items: tuple[str, ...]

    @property
    def full_text(self) -> str:
        return "\n".join((self.text, *self.items))


@dataclass(frozen=True)
class Article:
    number: int
    label: str
    text: str

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """Split the text into 款; a line starting with an item marker belongs to the 款 above."""
        paragraphs: list[Paragraph] = []
        for line in self.text.split("\n"):
            if _ITEM_MARKER.match(line) and paragraphs:
                last = paragraphs[-1]
                paragraphs[-1] = Paragraph(last.text, (*last.items, line))
            else:
                paragraphs.append(Paragraph(line, ()))
        return tuple(paragraphs)


@dataclass(frozen=True)
class Law:
    slug: str
    title: str
    short_name: Text
    version_note: str
    effective: date
    status: str  # current | superseded | repealed
    articles: dict[int, Article]
    repealed: date | None = None

    @property
    def numbered_by_items(self) -> bool:
        """Whether its parts are items (一、二、…) rather than articles (第一条 …), e.g. a 批复."""
        return any(not a.label.startswith("第") for a in self.articles.values())

    def article(self, number: int) -> Article:
        try:
            return self.articles[number]
        except KeyError:
            raise StatuteError(
                f"{self.short_name.zh} has no article {number} in the library"
            ) from None


class StatuteLibrary:
    """All laws the project ships, by slug."""

    def __init__(self, laws: dict[str, Law]) -> None:
        self._laws = laws

    @classmethod
    def load(cls, folder: Path) -> StatuteLibrary:
        laws: dict[str, Law] = {}
        for path in sorted(folder.glob("*.json")):
            law = _read_law(path)
            laws[law.slug] = law
        log.debug("loaded %d laws from %s", len(laws), folder)
        return cls(laws)

    def __contains__(self, slug: object) -> bool:
        return slug in self._laws

    @property
    def laws(self) -> tuple[Law, ...]:
        return tuple(self._laws.values())

    def law(self, slug: str) -> Law:
        try:
            return self._laws[slug]
        except KeyError:
            raise StatuteError(f"unknown law '{slug}'") from None

    def article(self, law: str, number: int) -> Article:
        return self.law(law).article(number)

    def check(self, citation: Citation) -> str | None:
        """Why a citation does not resolve, or None when it does."""
        if citation.law not in self._laws:
            return f"unknown law '{citation.law}'"
        law = self._laws[citation.law]
        article = law.articles.get(citation.article)
        if article is None:
            return f"{law.short_name.zh} 第{citation.article}条 is not in the statute library"
        if citation.paragraph is None:
            return None
        paragraphs = article.paragraphs
        if citation.paragraph > len(paragraphs):
            return (
                f"{law.short_name.zh} 第{citation.article}条 has {len(paragraphs)} 款, "
                f"not 第{citation.paragraph}款"
            )
        if citation.item is not None:
            items = paragraphs[citation.paragraph - 1].items
            if citation.item > len(items):
                return (
                    f"{law.short_name.zh} 第{citation.article}条第{citation.paragraph}款 has "
                    f"{len(items)} 项, not 第{citation.item}项"
                )
        return None

    def cite(self, citation: Citation, lang: Lang) -> str:
        """The citation as written in legal-coverage.md §0.2, e.g. 民法典第1195条第2款."""
        law = self.law(citation.law)
        if citation.item is not None and len(law.article(citation.article).paragraphs) == 1:
            # §0.2: an item of a one-paragraph article is 第N条第m项, without 第1款.
            citation = Citation(citation.law, citation.article, None, citation.item)
        return format_reference(law.short_name.get(lang), citation, lang, law.numbered_by_items)

    def quote(self, citation: Citation) -> str:
        """The official text of exactly what is cited: the item, the paragraph or the article."""
        article = self.article(citation.law, citation.article)
        if citation.paragraph is None:
            return article.text
        paragraph = article.paragraphs[citation.paragraph - 1]
        if citation.item is None:
            return paragraph.full_text
        return paragraph.items[citation.item - 1]


def format_reference(
    law_name: str, citation: Citation, lang: Lang, numbered_by_items: bool = False
) -> str:
    # In Chinese, legal-coverage.md §0.2 writes items of a 批复 as 第N条 too.
    if lang == "zh":
        ref = f"{law_name}第{citation.article}条"
        if citation.paragraph is not None:
            ref += f"第{citation.paragraph}款"
        if citation.item is not None:
            ref += f"第{citation.item}项"
        return ref
    ref = f"{law_name}, {'Item' if numbered_by_items else 'Art.'} {citation.article}"
    if citation.paragraph is not None:
        ref += f"({citation.paragraph})"
    if citation.item is not None:
        ref += f", item {citation.item}"
    return ref


def _read_law(path: Path) -> Law:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        articles = {
            int(a["number"]): Article(int(a["number"]), a["label"], a["text"])
            for a in raw["articles"]
        }
        return Law(
            slug=raw["slug"],
            title=raw["title"],
            short_name=Text(**raw["short_name"]),
            version_note=raw["version_note"],
            effective=date.fromisoformat(raw["effective"]),
            status=raw["status"],
            articles=articles,
            repealed=date.fromisoformat(raw["repealed"]) if raw.get("repealed") else None,
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise StatuteError(f"{path}: not a valid statute file: {exc}") from exc
