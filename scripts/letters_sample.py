"""Write the sample letters of docs/letters-sample/: one realistic case per letter, as PDF and
as PNG pages (``pdftoppm -png -r 60``, from poppler-utils).

    python scripts/letters_sample.py [--out docs/letters-sample]
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wizard.casefile import CaseInfo  # noqa: E402
from wizard.catalog import load_catalog, load_library  # noqa: E402
from wizard.engine import Session  # noqa: E402
from wizard.letter_output import write_letter_pdf  # noqa: E402
from wizard.letters import letters_for, render_letter  # noqa: E402
from wizard.model import ChoiceQuestion, DateQuestion, MultiQuestion  # noqa: E402

ON = date(2026, 12, 5)


def info(client: str, parties: dict[str, tuple[str, ...]]) -> CaseInfo:
    return CaseInfo(
        client_name=client,
        worker_name="李四",
        organisation="某市法律援助中心",
        case_number="2026-法援-0123",
        consultation_date=ON,
        parties=tuple(sorted(parties.items())),
    )


GUARANTEE = {
    "side": "creditor", "conclusion_date": "2022-03-01", "what_signed": "guarantee",
    "main_valid": "valid", "guarantor_kind": "person", "type_wording": "joint",
    "extension": "none", "maturity_kind": "fixed", "due_date": "2026-09-30",
    "joint_action": "nothing", "period_n": "none", "debt_amount": "186500.00", "history": [],
    "changes": ["none"], "co_guarantors": "single",
}  # fmt: skip

#: (letter id, tree, answers by question id, case information)
CASES: list[tuple[str, str, dict[str, Any], CaseInfo]] = [
    (
        "isp_notice",
        "isp",
        {
            "side": "rights_holder",
            "rh_status": "online",
            "rh_right": "other_ip",
            "rh_ip": "yes",
            "rh_service": "ecommerce",
            "rh_knowledge": "no",
            "rh_notice": "none",
            "rh_learned": "2026-11-20",
            "rh_history_any": "no",
        },
        info("某某服饰有限公司", {"platform": ("某购物平台",), "user": ("某某潮牌折扣店",)}),
    ),
    (
        "isp_counter_notice",
        "isp",
        {
            "side": "accused_user",
            "acc_situation": "removed",
            "acc_platform": "ecommerce",
            "acc_removed_date": "2026-11-28",
            "acc_right": "other_ip",
            "acc_ip": "no",
            "acc_malicious": "no",
            "acc_forwarded": "yes",
            "acc_declared": "no",
            "acc_learned": "2026-11-28",
            "acc_history_any": "no",
        },
        info("王小明", {"platform": ("某购物平台",), "claimant": ("某品牌管理有限公司",)}),
    ),
    (
        "guarantor_demand",
        "guarantor",
        GUARANTEE,
        info("陈小红", {"debtor": ("某某建材有限公司",), "guarantor": ("张三",)}),
    ),
    (
        "payment_demand",
        "guarantor",
        GUARANTEE,
        info("陈小红", {"debtor": ("某某建材有限公司",), "guarantor": ("张三",)}),
    ),
    (
        "partner_demand",
        "partnership",
        {
            "side": "creditor",
            "kind": "general",
            "debt_nature": "partnership_debt",
            "debt_amount": "100000.00",
            "debt_date": "2022-03-01",
            "instalments": "no",
            "maturity_date": "2024-09-01",
            "can_pay": "cannot_pay",
            "history": [],
            "positions_g": ["partner"],
        },
        info(
            "刘大伟",
            {"firm": ("某某餐饮管理中心（普通合伙）",), "partner": ("赵六", "钱七")},
        ),
    ),
]


#: The newer trees' letters: (sample file name, letter id, tree, answers, case information).
NAMED_CASES: list[tuple[str, str, str, dict[str, Any], CaseInfo]] = [
    (
        "compensation_demand-joint_tort",
        "compensation_demand",
        "joint_tort",
        {
            "side": "injured", "act_date": "2025-03-01", "harm": "injury", "pattern": "joint",
            "victim_fault": "no", "knew_date": "2025-03-01", "criminal": "police",
            "report_date": "2025-03-01", "criminal_end_date": "2025-05-20", "loss_known": "known",
            "damage_amount": "38600.00", "history_any": "no",
        },
        info("陈小红", {"actors": ("张甲", "李乙", "王丙")}),
    ),
    (
        "compensation_demand-product",
        "compensation_demand",
        "product",
        {
            "side": "victim", "kind": "product", "damage_date": "2025-05-10",
            "knew_date": "2025-05-10", "delivery_date": "2024-11-01", "channel": "online",
            "advert": "no", "damage": "harm", "defect_origin": "producer", "can_name": "yes",
            "history_gate": "none",
        },
        info("刘芳", {"producer": ("某某电器制造有限公司",), "seller": ("某某家电旗舰店",)}),
    ),
    (
        "compensation_demand-agency",
        "compensation_demand",
        "agency",
        {
            "side": "principal", "act_date": "2024-03-01", "situation": "collusion",
            "knew_date": "2025-01-10", "loss_known": "known", "loss_amount": "120000.00",
            "history_any": "no",
        },
        info(
            "某某贸易有限公司",
            {"agent": ("王业务",), "counterparty": ("某某供货有限公司",)},
        ),
    ),
    (
        "payment_demand-division",
        "payment_demand",
        "division",
        {
            "side": "creditor", "person_type": "company", "what_happened": "division",
            "division_date": "2024-09-15", "debt_date": "2024-03-01", "agreement": "none",
            "debt_amount": "200000.00", "due_date": "2025-06-30", "history_gate": "none",
        },
        info(
            "周建国",
            {
                "debtor": ("某某实业有限公司",),
                "successor": ("某某实业有限公司", "某某科技有限公司"),
            },
        ),
    ),
]  # fmt: skip


def walk(tree: Any, answers: dict[str, Any], seed: str) -> Session:
    """Answer from ``answers`` by question id; anything else the first plain choice (or a
    seeded random one, to find a path when searching)."""
    from wizard.casefile import decode_answer

    rng = random.Random(seed)
    session = Session(tree, ON)
    while not session.is_finished:
        node = session.current
        if node.id in answers:
            session.answer(decode_answer(node, answers[node.id]))
        elif isinstance(node, ChoiceQuestion):
            plain = [c for c in node.choices if not c.unknown]
            session.answer((rng.choice(plain) if seed else plain[0]).id)
        elif isinstance(node, MultiQuestion):
            session.answer((node.choices[0].id,))
        elif isinstance(node, DateQuestion):
            session.answer(date(2024, 9, 1))
        elif node.id.endswith("history") or "history" in node.id:
            session.answer(())
        else:
            session.answer(Decimal("300000.00"))
    return session


def shareholder_case(catalog: Any) -> tuple[Session, CaseInfo]:
    """A creditor's path on which the shareholder demand is offered (a seeded search)."""
    tree = catalog.trees["shareholder"]
    for n in range(2000):
        session = walk(tree, {"side": "creditor", "creditor_kind": "trade"}, f"sh-{n}")
        if any(o.letter.id == "shareholder_demand" for o in letters_for(session)[0]):
            return session, info(
                "周建国",
                {"company": ("某某科技有限公司",), "shareholder": ("孙八",)},
            )
    raise SystemExit("no shareholder path offers the shareholder demand")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "letters-sample")
    args = parser.parse_args(argv)
    from wizard.pdf import ensure_gui_application

    ensure_gui_application()
    library = load_library()
    catalog = load_catalog(library, [ROOT / "trees"])
    args.out.mkdir(parents=True, exist_ok=True)
    cases = [(lid, lid, walk(catalog.trees[t], a, ""), i) for lid, t, a, i in CASES]
    session, case_info = shareholder_case(catalog)
    cases.append(("shareholder_demand", "shareholder_demand", session, case_info))
    cases += [(n, lid, walk(catalog.trees[t], a, ""), i) for n, lid, t, a, i in NAMED_CASES]
    for name, letter_id, session, case_info in cases:
        offered = next((o for o in letters_for(session)[0] if o.letter.id == letter_id), None)
        if offered is None:
            codes = session.result().codes
            raise SystemExit(f"{letter_id}: not offered on its sample path ({codes})")
        letter = render_letter(offered, session, case_info, library, "zh")
        pdf = args.out / f"{name}.pdf"
        pages = write_letter_pdf(letter, pdf)
        for old in args.out.glob(f"{name}-[0-9]*.png"):
            old.unlink()
        if shutil.which("pdftoppm"):
            subprocess.run(
                ["pdftoppm", "-png", "-r", "60", str(pdf), str(args.out / name)], check=True
            )
        sys.stdout.write(f"{pdf}: {pages} pages\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
