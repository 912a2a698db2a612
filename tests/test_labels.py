"""The fixed liability labels of legal-coverage.md §0.1: the model, the schema and the report's
English names list the same labels, 无限责任 (one person alone, 合伙企业法57(1)) among them."""

from __future__ import annotations

import json
from datetime import date

from tests.helpers import ROOT, library, raw_format2_example
from wizard.casefile import CaseInfo
from wizard.engine import Session
from wizard.model import LIABILITY_LABELS
from wizard.report import ReportOptions, render_report
from wizard.treefile import build_tree, expand_definitions, schema_problems


def test_schema_and_model_list_the_same_labels() -> None:
    schema = json.loads((ROOT / "trees" / "tree.schema.json").read_text(encoding="utf-8"))
    found = []

    def visit(node: object) -> None:
        if isinstance(node, dict):
            label = (
                node.get("properties", {}).get("label")
                if "liable" in node.get("properties", {})
                else None
            )
            if isinstance(label, dict) and "enum" in label:
                found.append(tuple(label["enum"]))
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(schema)
    assert found and all(labels == LIABILITY_LABELS for labels in found)


def test_every_label_has_an_english_name() -> None:
    strings = json.loads((ROOT / "resources" / "i18n" / "report.json").read_text(encoding="utf-8"))
    assert set(strings["label_en"]) == set(LIABILITY_LABELS)
    assert strings["label_en"]["无限责任"] == "unlimited liability (alone)"


def test_unlimited_liability_alone_is_a_label_after_limited_liability() -> None:
    assert LIABILITY_LABELS.index("无限责任") == LIABILITY_LABELS.index("有限责任") + 1
    raw = raw_format2_example()
    liable = next(n for n in raw["nodes"] if n["id"] == "liable")
    liable["findings"][0]["label"] = "无限责任"
    assert schema_problems(raw, "x.json") == []
    built = build_tree(expand_definitions(raw))
    session = Session(built, date(2026, 12, 5))
    answers = ("creditor", "1000", "0", "joint", "2024-03-31", "yes", "2024-08-20")
    for answer in (*answers, (), ("none",)):
        session.answer(answer)
    assert session.result().findings[0].label == "无限责任"
    html = render_report(
        session, CaseInfo(consultation_date=date(2026, 12, 5)), library(), ReportOptions(lang="en")
    )
    assert "无限责任 (unlimited liability (alone))" in html
