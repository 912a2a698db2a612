"""The help shown beside a question: why we ask, examples, glossary, the cited articles.

Qt-free HTML fragments (escaped), so any front end can show them. Links use the schemes
``article:<law>:<number>`` and ``term:<id>``; :func:`article_html` and :func:`term_html` give
what a link shows.
"""

from __future__ import annotations

from html import escape

from wizard.model import Citation, Lang, Node, Tree
from wizard.statutes import StatuteLibrary

_HEADINGS = {
    "zh": {"why": "为什么问", "examples": "例子", "glossary": "术语", "articles": "相关条文"},
    "en": {
        "why": "Why we ask",
        "examples": "Examples",
        "glossary": "Terms",
        "articles": "Articles",
    },
}


def help_html(node: Node, tree: Tree, library: StatuteLibrary, lang: Lang) -> str:
    h = _HEADINGS[lang]
    parts: list[str] = []
    help_ = getattr(node, "help", None)
    if help_ is not None and help_.why is not None:
        parts.append(f"<h3>{h['why']}</h3><p>{escape(help_.why.get(lang))}</p>")
    if help_ is not None and help_.examples:
        items = "".join(f"<li>{escape(e.get(lang))}</li>" for e in help_.examples)
        parts.append(f"<h3>{h['examples']}</h3><ul>{items}</ul>")
    if help_ is not None and help_.glossary:
        items = "".join(
            f'<li><a href="term:{escape(t)}">{escape(tree.term(t).term.get(lang))}</a>：'
            f"{escape(tree.term(t).definition.get(lang))}</li>"
            for t in help_.glossary
        )
        parts.append(f"<h3>{h['glossary']}</h3><ul>{items}</ul>")
    citations: tuple[Citation, ...] = getattr(node, "citations", ())
    if citations:
        items = "".join(
            f'<li><a href="article:{escape(c.law)}:{c.article}">{escape(library.cite(c, lang))}</a>'
            f"<br>{escape(library.quote(c))}</li>"
            for c in citations
        )
        parts.append(f"<h3>{h['articles']}</h3><ul>{items}</ul>")
    return "".join(parts)


def article_html(link: str, library: StatuteLibrary) -> str:
    """The full text of the article an ``article:<law>:<number>`` link names."""
    _, law_slug, number = link.split(":", 2)
    law = library.law(law_slug)
    article = law.article(int(number))
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in article.text.split("\n"))
    return (
        f"<h3>《{escape(law.title)}》{escape(article.label)}</h3>"
        f"<p><small>{escape(law.version_note)}</small></p>{paragraphs}"
    )


def term_html(link: str, tree: Tree, lang: Lang) -> str:
    term = tree.term(link.split(":", 1)[1])
    return f"<h3>{escape(term.term.get(lang))}</h3><p>{escape(term.definition.get(lang))}</p>"
