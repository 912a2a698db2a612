"""The letters of the four newer trees (resources/letters/compensation_demand.json and the
division offers of payment_demand.json): each offer rendered on a real path for each side
where it appears, the .docx opened again with python-docx and the filled fields checked; and
the paths where no letter may be offered (a suit filed, limitation passed, the side claimed
against, a payer who has not paid beyond his share)."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest

from scripts.letters_sample import walk
from scripts.sample_paths import (
    AGENCY_COLLUSION,
    DIVISION_LATER_DEBT,
    JOINT_TORT_FIGHT,
    PRODUCT_PRODUCER_DEFECT,
    answer_all,
)
from tests.helpers import ROOT, library, tree
from tests.test_letters import random_walk
from wizard.casefile import CaseInfo
from wizard.engine import Session
from wizard.letter_output import write_docx
from wizard.letters import letters_for, refusal_reasons, render_letter, shipped_letters

ON = date(2026, 12, 5)
NEW_TREES = ("joint_tort", "product", "agency", "division")
NAMES = {
    "actors": ("张甲", "李乙"),
    "instigators": ("王丙",),
    "guardian": ("赵丁",),
    "producer": ("某电器制造有限公司",),
    "seller": ("某百货超市",),
    "promoter": ("某传媒公司",),
    "builder": ("某建设公司", "某建筑工程公司"),
    "carrier": ("某物流公司",),
    "agent": ("王业务",),
    "principal": ("某贸易公司",),
    "counterparty": ("某供货公司",),
    "debtor": ("原某某实业有限公司",),
    "successor": ("甲实业有限公司", "乙科技有限公司"),
    "payer": ("甲实业有限公司",),
}
INFO = CaseInfo(
    client_name="陈小红",
    worker_name="李四",
    organisation="某市法律援助中心",
    case_number="2026-法援-0456",
    consultation_date=ON,
    parties=tuple(sorted(NAMES.items())),
)

INJURED = {"side": "injured", "act_date": "2025-03-01", "victim_fault": "no",
           "knew_date": "2025-03-01", "criminal": "none", "history_any": "no"}  # fmt: skip
VICTIM = {"side": "victim", "kind": "product", "damage_date": "2025-05-10",
          "knew_date": "2025-05-10", "delivery_date": "2024-11-01", "channel": "offline",
          "advert": "no", "damage": "harm", "defect_origin": "producer", "can_name": "yes",
          "loss": "8600", "history_gate": "none"}  # fmt: skip
PRINCIPAL = {"side": "principal", "act_date": "2024-03-01", "knew_date": "2025-01-10",
             "loss_known": "known", "loss_amount": "120000", "history_any": "no"}  # fmt: skip
DIVISION = {"side": "creditor", "person_type": "company", "what_happened": "division",
            "division_date": "2024-09-15", "debt_date": "2024-03-01", "agreement": "none",
            "debt_amount": "200000", "due_date": "2025-06-30", "history_gate": "none"}  # fmt: skip
PAYER = {"side": "payer", "act_date": "2025-03-01", "harm": "injury", "pattern": "joint",
         "joint_role": "took_part", "paid_date": "2025-10-01", "total_amount": "90000",
         "payer_shares": "equal", "payer_count": "c3", "recourse_gate": "no"}  # fmt: skip

#: (name, tree, answers by question id, expected result code, letter, addressees, words in it)
OFFERED: list[tuple[str, str, dict[str, Any], str, str, str, tuple[str, ...]]] = [
    ("共同侵权", "joint_tort", {**INJURED, "harm": "injury", "pattern": "joint",
     "loss_known": "known", "damage_amount": "38000"}, "JT-A", "compensation_demand",
     "张甲、李乙", ("陈小红（以下简称“被侵权人”）", "38,000.00元",
                   "全体行为人（张甲、李乙）应当对被侵权人承担",
                   "《中华人民共和国民法典》第一千一百六十八条规定", "医疗费票据")),
    ("教唆帮助", "joint_tort", {**INJURED, "harm": "injury", "pattern": "instigate",
     "capacity": "adult", "loss_known": "not_yet"}, "JT-B", "compensation_demand",
     "王丙、张甲、李乙", ("第一千一百六十九条第一款", "损失尚在计算中")),
    ("教唆未成年人，监护人失职", "joint_tort", {**INJURED, "harm": "property",
     "pattern": "instigate", "capacity": "limited", "guardian_duty": "failed",
     "loss_known": "not_yet"}, "JT-C", "compensation_demand", "王丙、赵丁",
     ("监护人（赵丁）应当对被侵权人承担", "财产损失的清单")),
    ("分别侵权，各自足以造成全部损害，死亡", "joint_tort", {**INJURED, "harm": "death",
     "pattern": "separate", "environment": "no", "sufficiency": "all_sufficient",
     "loss_known": "not_yet"}, "JT-F", "compensation_demand", "张甲、李乙",
     ("陈小红是被侵权人的近亲属", "死亡赔偿金", "第一千一百七十一条", "死亡证明")),
    ("分别侵权，按份", "joint_tort", {**INJURED, "harm": "injury", "pattern": "separate",
     "environment": "no", "sufficiency": "all_partial", "shares_known": "equal",
     "count": "c2", "loss_known": "not_yet"}, "JT-G", "compensation_demand", "张甲、李乙",
     ("第一千一百七十二条",)),
    ("报警后处理结束，时效重新计算", "joint_tort", {**INJURED, "act_date": "2022-03-01",
     "knew_date": "2022-03-01", "harm": "injury", "pattern": "joint", "criminal": "police",
     "report_date": "2022-03-01", "criminal_end_date": "2024-06-01",
     "loss_known": "not_yet"}, "JT-A", "compensation_demand", "张甲、李乙",
     ("报警回执",)),
    ("已经赔偿超过份额，追偿", "joint_tort", {**PAYER, "paid_amount": "60000"}, "JT-R",
     "compensation_demand", "张甲、李乙、王丙",
     ("陈小红（以下简称“当事人”）", "60,000.00元", "超过其份额30,000.00元的部分",
      "第一百七十八条第二款")),
    ("产品缺陷，生产者和销售者", "product", VICTIM, "PL-A", "compensation_demand",
     "某电器制造有限公司、某百货超市", ("陈小红（以下简称“受害人”）", "造成人身伤害（不严重）",
      "受害人的实际损失为＿＿＿＿元",
      "第一千二百零三条第一款", "购买凭证")),
    ("产品缺陷，虚假广告", "product", {**VICTIM, "channel": "livestream", "advert": "health"},
     "PL-A", "compensation_demand", "某电器制造有限公司、某百货超市、某传媒公司",
     ("虚假广告", "连带责任")),
    ("销售者不能指明生产者", "product", {**VICTIM, "can_name": "no"}, "PL-B",
     "compensation_demand", "某百货超市", ("未能指明该产品的生产者",)),
    ("建筑物倒塌", "product", {"side": "victim", "kind": "building", "damage_date": "2025-05-10",
     "knew_date": "2025-05-10", "building_gate": "none"}, "PL-W", "compensation_demand",
     "某建设公司、某建筑工程公司", ("倒塌、塌陷", "第一千二百五十二条第一款")),
    ("销售者赔偿后向生产者追偿", "product", {"side": "payer", "payer_kind": "product",
     "payer_date": "2025-05-10", "payer_role": "seller", "payer_origin": "producer",
     "paid_date": "2025-09-01", "paid_amount": "12000", "payer_gate": "none"}, "PL-R",
     "compensation_demand", "某电器制造有限公司", ("已经赔偿的一方", "12,000.00元",
      "第一千二百零三条第二款")),
    ("代理人与相对人恶意串通", "agency", {**PRINCIPAL, "situation": "collusion"}, "AG-A",
     "compensation_demand", "王业务、某供货公司", ("陈小红（以下简称“被代理人”）",
      "120,000.00元", "第一百六十四条第二款")),
    ("几个受托人", "agency", {**PRINCIPAL, "situation": "several_agents"}, "AG-H",
     "compensation_demand", "王业务", ("第九百三十二条",)),
    ("代理事项违法，相对人请求", "agency", {**PRINCIPAL, "side": "counterparty",
     "situation": "illegal", "who_knew": ["agent_knew", "principal_knew"],
     "knowledge_kind": "actual", "loss_amount": "50000"}, "AG-B", "compensation_demand",
     "某贸易公司、王业务", ("陈小红（以下简称“相对人”）", "第一百六十七条")),
    ("分立后的连带债务", "division", DIVISION, "DM-B", "payment_demand",
     "甲实业有限公司、乙科技有限公司、原某某实业有限公司",
     ("原某某实业有限公司（以下简称“原债务人”）", "2024年9月15日分立", "200,000.00元",
      "《中华人民共和国民法典》第六十七条第二款规定", "《中华人民共和国公司法》第二百二十三条",
      "第一百九十五条")),
    ("合并", "division", {**DIVISION, "what_happened": "merger", "merger_date": "2024-09-15"},
     "DM-A", "payment_demand", "甲实业有限公司、乙科技有限公司", ("合并", "第六十七条第一款")),
]  # fmt: skip


def session_for(tree_id: str, answers: dict[str, Any]) -> Session:
    return walk(tree(tree_id), answers, "")


def docx_text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


@pytest.mark.parametrize(
    ("tree_id", "answers", "code", "letter_id", "to", "words"),
    [pytest.param(*case[1:], id=case[0]) for case in OFFERED],
)
def test_offered_letter_renders_and_reopens(
    tree_id: str,
    answers: dict[str, Any],
    code: str,
    letter_id: str,
    to: str,
    words: tuple[str, ...],
    tmp_path: Path,
) -> None:
    session = session_for(tree_id, answers)
    assert code in session.result().codes
    offered = [o for o in letters_for(session)[0] if o.letter.id == letter_id]
    assert offered, (letter_id, [o.letter.id for o in letters_for(session)[0]])
    letter = render_letter(offered[0], session, INFO, library(), "zh")
    path = tmp_path / f"{letter.file_stem}.docx"
    write_docx(letter, path)
    text = docx_text(path)
    assert text.startswith(letter.title)
    assert f"致：{to}" in text
    assert "陈小红" in text and "日期：＿＿＿＿年＿＿月＿＿日" in text
    for word in words:
        assert word in text, word
    for leftover in ("{{", "{%", "{party.", "待核实", "无法计算"):
        assert leftover not in text
    # The worker's page: the limitation it keeps, still running, and how to prove arrival.
    assert any("诉讼时效" in n and "尚未届满" in n for n in letter.notes), letter.notes
    assert any("EMS" in d for d in letter.delivery)
    assert any("到达" in d for d in letter.delivery)


def test_the_old_law_is_quoted_for_old_facts(tmp_path: Path) -> None:
    """A fight in 2020, reported to the police; the case ended in 2024: 侵权责任法8, not 1168."""
    session = session_for(
        "joint_tort",
        {**INJURED, "act_date": "2020-06-01", "knew_date": "2020-06-01", "harm": "injury",
         "pattern": "joint", "criminal": "police", "report_date": "2020-06-01",
         "criminal_end_date": "2024-06-01", "loss_known": "not_yet"},
    )  # fmt: skip
    letter = render_letter(letters_for(session)[0][0], session, INFO, library(), "zh")
    quoted = [ref for b in letter.body for ref, _ in b.quotes]
    assert any("侵权责任法》第八条" in ref for ref in quoted), quoted
    assert not any("民法典》第一千一百六十八条" in ref for ref in quoted)


# --- where no letter may be offered ---------------------------------------------------------------


def test_limitation_passed_offers_no_claim_and_says_why() -> None:
    for tree_id, path in (("joint_tort", JOINT_TORT_FIGHT), ("agency", AGENCY_COLLUSION)):
        session = answer_all(Session(tree(tree_id), ON), path)
        offered, refused = letters_for(session)
        assert offered == ()
        assert [r.letter.id for r in refused] == ["compensation_demand"]
        assert any("诉讼时效期间已经届满" in r.zh for r in refusal_reasons(session))
    # A product claim is refused only once the Civil Code's three years have passed too.
    old = {**VICTIM, "damage_date": "2022-05-10", "knew_date": "2022-05-10",
           "delivery_date": "2021-11-01"}  # fmt: skip
    session = session_for("product", old)
    assert [r.letter.id for r in letters_for(session)[1]] == ["compensation_demand"]
    two_years_only = {**VICTIM, "damage_date": "2024-05-10", "knew_date": "2024-05-10"}
    session = answer_all(Session(tree("product"), ON), PRODUCT_PRODUCER_DEFECT)
    assert [o.letter.id for o in letters_for(session)[0]] == ["compensation_demand"]
    assert session_for("product", two_years_only).result().codes == ("PL-A",)
    # Division: a debt due in 2020 is time-barred by 2026.
    old_debt = {**DIVISION, "division_date": "2020-09-15", "debt_date": "2019-03-01",
                "due_date": "2020-06-30"}  # fmt: skip
    session = session_for("division", old_debt)
    assert letters_for(session)[0] == ()
    assert any("催款通知书" in r.zh for r in refusal_reasons(session))


@pytest.mark.parametrize(
    ("tree_id", "answers", "history"),
    [
        ("joint_tort", {**INJURED, "harm": "injury", "pattern": "joint", "loss_known": "not_yet",
                        "history_any": "yes"}, "history"),
        ("agency", {**PRINCIPAL, "situation": "collusion", "history_any": "yes"}, "history"),
        ("product", {**VICTIM, "history_gate": "some"}, "history"),
        ("division", {**DIVISION, "history_gate": "some"}, "history"),
        ("joint_tort", {**PAYER, "paid_amount": "60000", "recourse_gate": "yes"},
         "recourse_history"),
    ],
)  # fmt: skip
def test_no_letter_once_a_suit_was_filed_or_judged(
    tree_id: str, answers: dict[str, Any], history: str
) -> None:
    for kind, until in (("suit", None), ("judgment_effective", "2026-07-01")):
        event = {"kind": kind, "date": "2026-06-01", "until": until}
        session = session_for(tree_id, {**answers, history: [event]})
        assert letters_for(session) == ((), ()), (tree_id, kind, session.result().codes)


def test_a_demand_recorded_does_not_stop_the_letter() -> None:
    event = {"kind": "demand", "date": "2026-06-01", "party": "actors"}
    answers = {**INJURED, "harm": "injury", "pattern": "joint", "loss_known": "not_yet",
               "history_any": "yes", "history": [event]}  # fmt: skip
    assert [o.letter.id for o in letters_for(session_for("joint_tort", answers))[0]] == [
        "compensation_demand"
    ]


@pytest.mark.parametrize(
    ("tree_id", "answers"),
    [
        ("joint_tort", {**INJURED, "side": "claimed", "harm": "injury", "pattern": "joint",
                        "joint_role": "took_part", "loss_known": "not_yet"}),
        ("product", {**VICTIM, "side": "seller"}),
        ("product", {**VICTIM, "side": "producer"}),
        ("agency", {**PRINCIPAL, "side": "agent", "situation": "collusion"}),
        ("agency", {**PRINCIPAL, "side": "counterparty", "situation": "collusion"}),
        ("division", {**DIVISION, "side": "successor"}),
    ],
)  # fmt: skip
def test_no_letter_for_the_side_claimed_against(tree_id: str, answers: dict[str, Any]) -> None:
    session = session_for(tree_id, answers)
    assert letters_for(session) == ((), ()), session.result().codes


def test_no_letter_where_the_path_releases_the_addressee() -> None:
    # A division debt that arose after the division (DM-D): the other successors are released.
    session = answer_all(Session(tree("division"), ON), DIVISION_LATER_DEBT)
    assert session.result().codes == ("DM-D",)
    assert letters_for(session)[0] == ()
    # A payer who has not paid beyond his own share (JT-R0): no recourse yet, and why.
    session = session_for("joint_tort", {**PAYER, "paid_amount": "20000"})
    assert session.result().codes == ("JT-R0",)
    assert letters_for(session)[0] == ()
    assert any("没有超过自己应当承担的份额" in r.zh for r in refusal_reasons(session))
    # A guardian who fulfilled its duty is not an addressee (民法典1169(2)).
    session = session_for(
        "joint_tort",
        {**INJURED, "harm": "injury", "pattern": "instigate", "capacity": "limited",
         "guardian_duty": "fulfilled", "loss_known": "not_yet"},
    )  # fmt: skip
    (offered,) = letters_for(session)[0]
    assert offered.offer.to == ("instigators",)
    # The seller that caused the defect itself has no one to recover from.
    session = session_for(
        "product",
        {"side": "payer", "payer_kind": "product", "payer_date": "2025-05-10",
         "payer_role": "seller", "payer_origin": "seller", "paid_date": "2025-09-01",
         "paid_amount": "12000", "payer_gate": "none"},
    )  # fmt: skip
    assert letters_for(session)[0] == ()


def test_the_generated_letter_is_up_to_date() -> None:
    from scripts.build_compensation_letter import OUT, render

    assert OUT.read_text("utf-8") == render()
    assert OUT.parent == ROOT / "resources" / "letters"


@pytest.mark.parametrize("tree_id", NEW_TREES)
def test_letters_offered_on_random_paths_render(tree_id: str, tmp_path: Path) -> None:
    rng = random.Random(f"letters2-{tree_id}")
    claimed = {s.id for s in tree(tree_id).sides if s.claimed_against}
    seen = 0
    for n in range(120):
        session = random_walk(tree_id, rng)
        for offered in letters_for(session)[0]:
            assert session.side not in claimed
            letter = render_letter(offered, session, INFO, library(), "zh")
            path = tmp_path / f"{n}.docx"
            write_docx(letter, path)
            text = docx_text(path)
            assert letter.addressee in text and "陈小红" in text
            for leftover in ("{{", "{%", "{party.", "待核实", "无法计算"):
                assert leftover not in text, (offered.letter.id, leftover)
            seen += 1
    assert seen, f"no letter offered on 120 random paths of {tree_id}"


def test_every_new_tree_has_a_letter() -> None:
    trees = {t for letter in shipped_letters() for t in letter.trees}
    assert set(NEW_TREES) <= trees
