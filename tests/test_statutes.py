"""The statute library: paragraphs and items, citation format, resolving citations."""

from tests.helpers import library
from wizard.model import Citation
from wizard.statutes import Article


def test_paragraphs_and_items() -> None:
    article = Article(
        687,
        "第六百八十七条",
        "第一款。\n第二款，但是有下列情形之一的除外：\n（一）甲；\n（二）乙。",
    )
    paragraphs = article.paragraphs
    assert len(paragraphs) == 2
    assert paragraphs[1].items == ("（一）甲；", "（二）乙。")


def test_half_width_item_markers_and_paragraph_after_items() -> None:
    article = Article(
        14, "第十四条", "通知书应当包含下列内容：\n(一)甲；\n(二)乙。\n权利人应当负责。"
    )
    assert [len(p.items) for p in article.paragraphs] == [2, 0]


def test_citation_format_both_languages() -> None:
    c = Citation("civil_code", 1195, 2)
    assert library().cite(c, "zh") == "民法典第1195条第2款"
    assert library().cite(c, "en") == "Civil Code, Art. 1195(2)"
    assert library().cite(Citation("civil_code", 1194), "zh") == "民法典第1194条"


def test_check_reports_missing_article_paragraph_and_item() -> None:
    lib = library()
    assert lib.check(Citation("civil_code", 1195, 2)) is None
    assert "unknown law" in (lib.check(Citation("no_such_law", 1)) or "")
    assert "not in the statute library" in (lib.check(Citation("civil_code", 9999)) or "")
    assert "has 3 款" in (lib.check(Citation("civil_code", 1195, 4)) or "")
    assert "has 0 项" in (lib.check(Citation("civil_code", 1195, 1, 1)) or "")


def test_quote_returns_the_paragraph() -> None:
    text = library().quote(Citation("civil_code", 1195, 2))
    assert text.startswith("网络服务提供者接到通知后")
    assert "损害的扩大部分" in text


def test_reply_items_are_cited_as_items_in_english() -> None:
    c = Citation("spc_network_ip_reply_2020", 3)
    assert library().cite(c, "zh") == "网络知产批复第3条"
    assert library().cite(c, "en") == "SPC Reply on Online IP Infringement (2020), Item 3"


def test_an_item_of_a_one_paragraph_article_is_cited_without_its_paragraph() -> None:
    from wizard.statutes import Law, StatuteLibrary

    law = Law(
        slug="x",
        title="某法",
        short_name=__import__("wizard.model", fromlist=["Text"]).Text("某法", "Some Law"),
        version_note="",
        effective=__import__("datetime").date(2024, 7, 1),
        status="current",
        articles={4: Article(4, "第四条", "下列情形适用本规定：\n（一）甲；\n（二）乙。")},
    )
    lib = StatuteLibrary({"x": law})
    assert lib.cite(Citation("x", 4, 1, 1), "zh") == "某法第4条第1项"
    assert lib.cite(Citation("x", 4, 1, 1), "en") == "Some Law, Art. 4, item 1"
    assert lib.check(Citation("x", 4, 1, 2)) is None
