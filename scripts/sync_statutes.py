"""Write resources/statutes/ from the reference corpus: only the articles the trees cite.

Run after changing a tree's citations:

    python scripts/sync_statutes.py --reference ../shared/statutes

Each law listed in a tree's ``laws`` gets a file; it holds the cited articles word for word,
with the law's title, version note, effective date and status from the reference. Short names
follow legal-coverage.md §0.2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wizard.deadlines import ENGINE_CITATIONS  # noqa: E402

# Short names as in legal-coverage.md §0.2, with English equivalents.
SHORT_NAMES: dict[str, tuple[str, str]] = {
    "civil_code": ("民法典", "Civil Code"),
    "company_law_2023": ("公司法", "Company Law (2023)"),
    "company_law_2018": ("公司法(2018)", "Company Law (2018)"),
    "partnership_enterprise_law": ("合伙企业法", "Partnership Enterprise Law"),
    "ecommerce_law": ("电子商务法", "E-Commerce Law"),
    "consumer_protection_law": ("消费者权益保护法", "Consumer Rights Protection Law"),
    "network_dissemination_regulations": (
        "信息网络传播权保护条例",
        "Regulations on the Protection of the Right of Communication through Information Networks",
    ),
    "product_quality_law": ("产品质量法", "Product Quality Law"),
    "guarantee_law_1995": ("担保法", "Guarantee Law (1995)"),
    "tort_liability_law_2009": ("侵权责任法", "Tort Liability Law (2009)"),
    "general_principles_civil_law_1986": ("民法通则", "General Principles of the Civil Law (1986)"),
    "general_provisions_civil_law_2017": ("民法总则", "General Provisions of the Civil Law (2017)"),
    "spc_guarantee_interpretation": ("担保制度解释", "SPC Interpretation on Guarantees (2020)"),
    "spc_guarantee_law_interpretation_2000": (
        "担保法解释",
        "SPC Interpretation of the Guarantee Law (2000)",
    ),
    "spc_civil_code_time_effect": (
        "民法典时间效力规定",
        "SPC Provisions on the Temporal Effect of the Civil Code",
    ),
    "spc_company_law_time_effect": (
        "公司法时间效力规定",
        "SPC Provisions on the Temporal Effect of the Company Law",
    ),
    "spc_company_interpretation_2": ("公司法解释二", "SPC Company Law Interpretation II"),
    "spc_company_interpretation_3": ("公司法解释三", "SPC Company Law Interpretation III"),
    "spc_network_dissemination": (
        "信息网络传播权规定",
        "SPC Provisions on the Right of Communication through Information Networks",
    ),
    "spc_network_personal_rights": (
        "网络人身权益规定",
        "SPC Provisions on Online Infringement of Personal Rights",
    ),
    "spc_network_ip_reply_2020": ("网络知产批复", "SPC Reply on Online IP Infringement (2020)"),
    "spc_online_consumption_1": (
        "网络消费规定一",
        "SPC Provisions on Online Consumption Disputes (I)",
    ),
    "spc_limitation_provisions": ("诉讼时效规定", "SPC Provisions on Limitation of Actions"),
    "spc_civil_procedure_interpretation": (
        "民诉法解释",
        "SPC Interpretation of the Civil Procedure Law",
    ),
    "registered_capital_regulations_2024": (
        "注册资本规定",
        "State Council Provisions on Registered Capital (2024)",
    ),
    "enterprise_bankruptcy_law": ("企业破产法", "Enterprise Bankruptcy Law"),
    "sole_proprietorship_law": ("个人独资企业法", "Sole Proprietorship Enterprise Law"),
    "civil_procedure_law": ("民事诉讼法", "Civil Procedure Law"),
    "public_holidays_measures": ("放假办法", "Measures on National Holidays"),
    "food_safety_law": ("食品安全法", "Food Safety Law"),
    "spc_contract_general_interpretation": (
        "合同编通则解释",
        "SPC Interpretation on the General Part of Contracts",
    ),
    "spc_private_lending_provisions": ("民间借贷规定", "SPC Provisions on Private Lending"),
    "spc_tort_interpretation_1": (
        "侵权责任编解释一",
        "SPC Interpretation on the Tort Liability Book (I)",
    ),
}

# The date from which a repealed or superseded instrument no longer governs new facts.
REPEALED: dict[str, str] = {
    "guarantee_law_1995": "2021-01-01",
    "tort_liability_law_2009": "2021-01-01",
    "general_principles_civil_law_1986": "2021-01-01",
    "general_provisions_civil_law_2017": "2021-01-01",
    "spc_guarantee_law_interpretation_2000": "2021-01-01",
    "company_law_2018": "2024-07-01",
}


def cited_articles(trees: list[Any]) -> dict[str, set[int]]:
    """Law slug → article numbers, from every citation and every ``laws`` entry of the trees."""
    cited: dict[str, set[int]] = {}

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if isinstance(value.get("law"), str) and isinstance(value.get("article"), int):
                cited.setdefault(value["law"], set()).add(value["article"])
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    for tree in trees:
        for slug in tree.get("laws", ()):
            cited.setdefault(slug, set())
        walk(tree.get("nodes", ()))
        walk(tree.get("definitions", {}))
    return cited


def required_articles(trees: list[Any]) -> dict[str, set[int]]:
    """What the app must ship: what the trees cite, and what the deadline engine cites itself
    (interruption, suspension, roll-over, enforcement … in every version it applies)."""
    cited = cited_articles(trees)
    for citation in ENGINE_CITATIONS:
        cited.setdefault(citation.law, set()).add(citation.article)
    return cited


def build_law(reference: dict[str, Any], numbers: set[int]) -> dict[str, Any]:
    slug = reference["slug"]
    zh, en = SHORT_NAMES[slug]
    by_number = {a["number"]: a for a in reference["articles"]}
    missing = sorted(n for n in numbers if n not in by_number)
    if missing:
        raise SystemExit(f"{slug}: the reference has no article(s) {missing}")
    return {
        "slug": slug,
        "title": reference["title"],
        "short_name": {"zh": zh, "en": en},
        "version_note": reference["version_note"],
        "effective": reference["effective"],
        "status": reference["status"],
        "repealed": REPEALED.get(slug),
        "articles": [
            {"number": n, "label": by_number[n]["label"], "text": by_number[n]["text"]}
            for n in sorted(numbers)
        ],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, required=True, help="the reference corpus")
    parser.add_argument(
        "--trees",
        type=Path,
        action="append",
        help="folders of trees (default: trees/ and docs/examples/)",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "statutes")
    args = parser.parse_args(argv)

    folders = args.trees or [ROOT / "trees", ROOT / "docs" / "examples"]
    trees, unreadable = [], []
    for folder in folders:
        for path in sorted(folder.glob("*.json")):
            if path.name.endswith(".schema.json"):
                continue
            try:
                trees.append(json.loads(path.read_text(encoding="utf-8-sig")))
            except (OSError, ValueError) as exc:
                unreadable.append(path)
                sys.stderr.write(f"warning: {path}: skipped, not readable JSON ({exc})\n")
    cited = required_articles(trees)
    args.out.mkdir(parents=True, exist_ok=True)
    # With a tree unreadable we cannot know what it cites: keep every existing file and article.
    for existing in args.out.glob("*.json"):
        if unreadable:
            kept = json.loads(existing.read_text(encoding="utf-8"))
            cited.setdefault(existing.stem, set()).update(a["number"] for a in kept["articles"])
        elif existing.stem not in cited:
            existing.unlink()
    for slug, numbers in sorted(cited.items()):
        ref_path = args.reference / f"{slug}.json"
        if not ref_path.exists():
            raise SystemExit(f"unknown law '{slug}': no {ref_path}")
        law = build_law(json.loads(ref_path.read_text(encoding="utf-8")), numbers)
        out = args.out / f"{slug}.json"
        out.write_text(json.dumps(law, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        sys.stdout.write(f"{out}: {len(numbers)} articles\n")
    return 1 if unreadable else 0


if __name__ == "__main__":
    raise SystemExit(main())
