"""The next-step letters (wizard/letters.py, resources/letters/): offered by the path, filled
from the case, written as .docx (opened again with python-docx) and PDF; refused with a reason
where the path makes them useless; every letter's conditions checked against its trees."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import docx
import pytest

from tests.helpers import ROOT, library, tree
from wizard.answers import UNKNOWN, MonthDate
from wizard.casefile import CaseInfo, save_case
from wizard.catalog import load_catalog
from wizard.deadlines import Event
from wizard.engine import Session
from wizard.letter_output import letter_html, write_docx, write_letter_pdf
from wizard.letters import (
    BLANK,
    OfferedLetter,
    check_letter,
    letters_for,
    load_letters,
    parse_letter,
    refusal_reasons,
    render_letter,
    shipped_letters,
)
from wizard.model import (
    ChoiceQuestion,
    DateQuestion,
    EventsQuestion,
    MoneyQuestion,
    MultiQuestion,
)

ON = date(2026, 12, 5)
LETTER_TREES = ("isp", "guarantor", "shareholder", "partnership")
NAMES = {
    "platform": ("某购物平台",),
    "user": ("某网店",),
    "claimant": ("某品牌公司",),
    "creditor": ("甲银行",),
    "debtor": ("乙公司",),
    "guarantor": ("张三",),
    "joiner": ("丙公司",),
    "company": ("丁有限公司",),
    "shareholder": ("王五",),
    "firm": ("戊商贸（普通合伙）",),
    "partner": ("赵六", "钱七"),
}
INFO = CaseInfo(
    client_name="陈小红",
    worker_name="李四",
    organisation="某市法律援助中心",
    case_number="2026-法援-0123",
    consultation_date=ON,
    parties=tuple(sorted(NAMES.items())),
)


def all_trees() -> dict[str, object]:
    return {t: tree(t) for t in LETTER_TREES}


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    return "\n".join(p.text for p in document.paragraphs)


def offered_ids(session: Session) -> list[str]:
    return [o.letter.id for o in letters_for(session)[0]]


def refused_ids(session: Session) -> list[str]:
    return [r.letter.id for r in letters_for(session)[1]]


def render(session: Session, letter_id: str, lang: str = "zh", info: CaseInfo = INFO):
    offered = next(o for o in letters_for(session)[0] if o.letter.id == letter_id)
    return render_letter(offered, session, info, library(), lang)  # type: ignore[arg-type]


def written(session: Session, letter_id: str, folder: Path) -> str:
    letter = render(session, letter_id)
    path = folder / f"{letter.file_stem}.docx"
    write_docx(letter, path)
    return docx_text(path)


# --- the letter files themselves -----------------------------------------------------------------


def test_every_shipped_letter_fits_its_trees() -> None:
    trees = load_catalog(library(), [ROOT / "trees"]).trees
    letters = load_letters()
    # The newer trees' letters are walked in tests/test_letters_torts.py.
    assert {letter.id for letter in letters} == {
        "isp_notice",
        "isp_counter_notice",
        "guarantor_demand",
        "payment_demand",
        "shareholder_demand",
        "partner_demand",
        "compensation_demand",
    }
    for letter in letters:
        assert check_letter(letter, trees, library()) == [], letter.source
        assert Path(letter.source).stem == letter.id


def test_a_broken_letter_is_reported_by_file_and_place() -> None:
    raw = json.loads((ROOT / "resources" / "letters" / "isp_notice.json").read_text("utf-8"))
    raw["offers"][0]["when"]["all"].append({"answer": "rh_status", "in": ["gone"]})
    raw["offers"][0]["when"]["all"].append({"side": ["martian"]})
    raw["not_offered"][0]["when"] = {"reached": "no_such_node"}
    raw["offers"][0]["deadlines"] = ["no_deadline"]
    raw["body"].append({"quote": [{"law": "civil_code", "article": 9999}]})
    raw["body"].append({"para": {"zh": "{{ client "}})
    letter = parse_letter(raw, "broken.json")
    problems = [str(p) for p in check_letter(letter, all_trees(), library())]  # type: ignore[arg-type]
    n = len(raw["body"])
    assert (
        "broken.json: offers[0].when: a condition names choice 'gone', not offered at 'rh_status'"
        in problems
    )
    assert any(
        p.startswith("broken.json: offers[0].when: a side condition names side 'martian'")
        for p in problems
    )
    assert any(
        p.startswith("broken.json: not_offered[0].when:") and "no_such_node" in p for p in problems
    )
    assert "broken.json: offers[0].deadlines: 'no_deadline' is not a deadline of 'isp'" in problems
    assert any(p.startswith(f"broken.json: body[{n - 2}].quote[0]:") for p in problems)
    assert any(
        p.startswith(f"broken.json: body[{n - 1}] (zh): template does not compile")
        for p in problems
    )


def test_a_file_that_is_not_a_letter_is_refused_plainly() -> None:
    with pytest.raises(Exception, match="not a letter file"):
        parse_letter({"id": "x"}, "x.json")


# --- the guarantor tree --------------------------------------------------------------------------

from tests.trees.test_guarantor import GOLDEN as G  # noqa: E402
from tests.trees.test_guarantor import RUNNING_DUE, case  # noqa: E402


def test_joint_guarantee_running_demand_within_the_period(tmp_path: Path) -> None:
    session = case("creditor", **G["G-A2"][0])
    assert offered_ids(session) == ["guarantor_demand", "payment_demand"]
    letter = render(session, "guarantor_demand")
    text = written(session, "guarantor_demand", tmp_path)
    assert letter.title == "要求承担保证责任通知书"
    assert "致：张三" in text and "乙公司（以下简称“债务人”）" in text
    assert "陈小红" in text and "100,000.00元" in text
    assert "《中华人民共和国民法典》第六百九十三条第二款规定" in text
    assert "担保法" not in "".join(q for b in letter.body for _, q in b.quotes)
    assert "一般保证" not in "\n".join(b.text for b in letter.body)
    # The worker's page: what it keeps, by when (the six months end 2027-03-30), how to send.
    assert any("保证期间" in n and "2027年3月30日" in n for n in letter.notes)
    assert any("EMS" in d for d in letter.delivery)
    assert "日期：＿＿＿＿年＿＿月＿＿日" in text  # dated the day it is sent


def test_old_joint_guarantee_quotes_the_guarantee_law(tmp_path: Path) -> None:
    from tests.trees.test_guarantor import OLD_DEFAULT

    session = case(
        "creditor",
        **{**OLD_DEFAULT, "due_date": RUNNING_DUE, "joint_action": "nothing", "period_n": "none"},
    )
    assert "guarantor_demand" in offered_ids(session)
    text = written(session, "guarantor_demand", tmp_path)
    assert "《中华人民共和国担保法》第二十六条规定" in text
    assert "民法典》第六百九十三条" not in text


def test_general_guarantee_after_enforcement_failed(tmp_path: Path) -> None:
    session = case("creditor", **G["G-C2"][0])
    assert "guarantor_demand" in offered_ids(session)
    text = written(session, "guarantor_demand", tmp_path)
    assert "终结执行（终结本次执行程序）的裁定" in text
    assert "第六百八十七条第二款规定" in text
    assert "本通知即债权人请求贵方承担保证责任的书面通知" not in text


@pytest.mark.parametrize("code", ["G-D", "G-B", "G-B2"])
def test_no_demand_on_the_guarantor_where_it_is_useless_and_says_why(code: str) -> None:
    session = case("creditor", **G[code][0])
    assert "guarantor_demand" not in offered_ids(session)
    assert "guarantor_demand" in refused_ids(session)
    reason = "保证责任已经消灭" if code == "G-D" else "向保证人发函不能保全"
    assert any(reason in r.zh for r in refusal_reasons(session))
    # The report is the lawyer's: it does not talk about the letters the tool writes.
    assert "通知书" not in " ".join(s.zh for s in session.result().next_steps)


def test_claimed_against_sides_get_no_letters() -> None:
    for code, (answers, _) in G.items():
        for side in ("guarantor", "joiner"):
            try:
                session = case(side, **answers)
            except AssertionError:
                continue  # that outcome is not reached from this side
            assert letters_for(session) == ((), ()), (code, side)


def test_debt_accession_demand_goes_to_the_joiner() -> None:
    session = case("creditor", **G["G-G"][0])
    letter = render(session, "payment_demand")
    assert letter.addressee == "致：丙公司、乙公司"
    assert any("第五百五十二条" in ref for b in letter.body for ref, _ in b.quotes)


# --- the ISP tree --------------------------------------------------------------------------------

from tests.trees.test_isp import GOLDEN as I  # noqa: E402
from tests.trees.test_isp import isp  # noqa: E402


def isp_sessions() -> list[tuple[str, Session]]:
    return [(name, isp(*answers)) for name, answers, *_ in I]


def test_isp_letters_follow_the_path(tmp_path: Path) -> None:
    notice = counter = refused_notice = refused_counter = 0
    for name, session in isp_sessions():
        offered, refused = offered_ids(session), refused_ids(session)
        answers = session.answers
        if "isp_notice" in offered:
            notice += 1
            assert session.side == "rights_holder" and answers["rh_status"] == "online", name
            text = written(session, "isp_notice", tmp_path)
            assert "《中华人民共和国民法典》第一千一百九十五条第一款规定" in text
            assert "真实身份信息" in text and "初步证据" in text
            if answers.get("rh_right") == "copyright" and answers["rh_service"] in (
                "hosting",
                "search_link",
            ):
                assert "信息网络传播权保护条例》第十四条规定" in text
                assert "名称和网络地址" in text
            if answers["rh_service"] == "ecommerce" and answers["rh_right"] in (
                "copyright",
                "other_ip",
            ):
                assert "《中华人民共和国电子商务法》第四十二条第一款规定" in text
        if "isp_counter_notice" in offered:
            counter += 1
            assert session.side == "accused_user" and answers["acc_declared"] == "no", name
            text = written(session, "isp_counter_notice", tmp_path)
            assert "不存在侵权行为" in text and "真实身份信息" in text
            assert "第一千一百九十六条规定" in text
            if answers.get("acc_platform") == "ecommerce":
                assert "电子商务法》第四十三条规定" in text and "十五日内" in text
        refused_notice += "isp_notice" in refused
        refused_counter += "isp_counter_notice" in refused
        if session.side in ("consumer", "deleted_poster"):
            assert offered == [] and refused == [], name
    assert notice and counter and refused_notice and refused_counter


def test_a_removed_post_gets_no_notice_and_says_why() -> None:
    name, session = next(
        (n, s)
        for n, s in isp_sessions()
        if s.side == "rights_holder" and s.answers.get("rh_status") == "removed_platform"
    )
    assert "isp_notice" in refused_ids(session), name
    assert any("内容已经不在网上" in r.zh for r in refusal_reasons(session))


# --- the partnership and shareholder trees -------------------------------------------------------

from tests.trees.test_partnership import GOLDEN as P  # noqa: E402
from tests.trees.test_partnership import go as partnership  # noqa: E402


def test_partner_demand_states_each_finding_and_its_basis(tmp_path: Path) -> None:
    session = partnership(*next(g[1] for g in P if g[0] == "A_creditor"))
    assert offered_ids(session) == ["partner_demand", "payment_demand"]
    text = written(session, "partner_demand", tmp_path)
    assert "致：赵六、钱七" in text
    assert "合伙人（赵六、钱七）应当对债权人（甲银行）承担" in text
    assert (
        "《中华人民共和国合伙企业法》第三十九条规定：“合伙企业不能清偿到期债务的，合伙人承担无限连带责任。”"
        in text
    )


def test_a_personal_debt_offers_no_partner_demand() -> None:
    from scripts.sample_paths import PARTNERSHIP_PERSONAL_DEBT

    session = partnership(*PARTNERSHIP_PERSONAL_DEBT)
    assert offered_ids(session) == []
    assert refused_ids(session) == ["partner_demand"]


def test_no_letters_for_partners_claimed_against() -> None:
    for name, answers, *_ in P:
        session = partnership(*answers)
        if session.side != "creditor":
            assert offered_ids(session) == [], name


# --- random paths through every tree with letters: each offered letter renders -------------------

DATES = [
    date(2016, 5, 1),
    date(2019, 6, 1),
    date(2020, 11, 1),
    date(2022, 3, 1),
    date(2024, 8, 31),
    date(2026, 9, 30),
]


def random_walk(tree_id: str, rng: random.Random) -> Session:
    session = Session(tree(tree_id), ON)
    while not session.is_finished:
        node = session.current
        if isinstance(node, ChoiceQuestion):
            session.answer(rng.choice(node.choices).id)
        elif isinstance(node, MultiQuestion):
            session.answer((rng.choice(node.choices).id,))
        elif isinstance(node, DateQuestion):
            options: list[object] = list(DATES)
            if node.allow_month:
                options.append(MonthDate(2024, 9))
            if node.allow_unknown:
                options.append(UNKNOWN)
            session.answer(rng.choice(options))  # type: ignore[arg-type]
        elif isinstance(node, MoneyQuestion):
            session.answer(
                UNKNOWN if node.allow_unknown and rng.random() < 0.2 else Decimal("250000.00")
            )
        elif isinstance(node, EventsQuestion):
            events: tuple[Event, ...] = ()
            if rng.random() < 0.4 and "demand" in node.kinds:
                party = rng.choice(node.parties) if node.parties else ""
                events = (Event("demand", date(2025, 2, 1), party=party),)
            session.answer(events)
        else:
            session.answer(None)
    return session


@pytest.mark.parametrize("tree_id", LETTER_TREES)
def test_every_letter_offered_on_random_paths_renders_and_opens_again(
    tree_id: str, tmp_path: Path
) -> None:
    rng = random.Random(f"letters-{tree_id}")
    seen: set[str] = set()
    for _ in range(150):
        session = random_walk(tree_id, rng)
        for offered in letters_for(session)[0]:
            side = session.side
            assert side not in (
                "guarantor",
                "joiner",
                "paid",
                "shareholder",
                "director",
                "partner",
                "payer",
                "investor",
            )
            key = f"{offered.letter.id}-{len(seen)}"
            letter = render_letter(offered, session, INFO, library(), "zh")
            path = tmp_path / f"{key}.docx"
            write_docx(letter, path)
            text = docx_text(path)
            assert text.startswith(letter.title)
            assert letter.addressee in text and "陈小红" in text
            for leftover in ("{{", "{%", "{party.", "{amount.", "待核实", "无法计算"):
                assert leftover not in text, (offered.letter.id, leftover)
            seen.add(offered.letter.id)
    expected = {x.id for x in shipped_letters() if tree_id in x.trees}
    # The shareholder and partner demands need findings random walks reach only sometimes.
    assert seen, f"no letter offered on 150 random paths of {tree_id}"
    assert seen <= expected


def test_every_letter_is_offered_on_some_path() -> None:
    rng = random.Random("letters-all")
    seen: set[str] = set()
    for _name, session in isp_sessions():
        seen |= set(offered_ids(session))
    for answers, _ in G.values():
        seen |= set(offered_ids(case("creditor", **answers)))
    for _, answers, *_ in P:
        seen |= set(offered_ids(partnership(*answers)))
    for _ in range(400):
        if "shareholder_demand" in seen:
            break
        seen |= set(offered_ids(random_walk("shareholder", rng)))
    # (The newer trees' letter, compensation_demand: tests/test_letters_torts.py.)
    assert seen == {
        letter.id for letter in shipped_letters() if set(letter.trees) & set(LETTER_TREES)
    }


# --- output --------------------------------------------------------------------------------------


def test_unknown_facts_print_blank_lines_never_invented_values(tmp_path: Path) -> None:
    session = case("creditor", **{**G["G-A2"][0], "debt_amount": UNKNOWN})
    text = written(session, "guarantor_demand", tmp_path)
    assert f"尚欠债务{BLANK}（" in text
    bare = replace(INFO, client_name="", parties=())
    letter = render(session, "guarantor_demand", info=bare)
    assert letter.addressee == f"致：{BLANK}" and letter.sender == BLANK


def test_the_docx_is_a4_with_a_chinese_serif_font(tmp_path: Path) -> None:
    session = case("creditor", **G["G-A2"][0])
    path = tmp_path / "x.docx"
    write_docx(render(session, "guarantor_demand"), path)
    document = docx.Document(str(path))
    section = document.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    fonts = document.styles["Normal"].element.rPr.rFonts
    assert (
        fonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia")
        == "宋体"
    )
    assert document.core_properties.title == "要求承担保证责任通知书"


def test_the_pdf_prints_the_letter_and_the_workers_page(tmp_path: Path, qapp: object) -> None:
    from pypdf import PdfReader

    session = case("creditor", **G["G-A2"][0])
    path = tmp_path / "x.pdf"
    pages = write_letter_pdf(render(session, "guarantor_demand"), path)
    assert pages >= 2
    text = "".join(page.extract_text() for page in PdfReader(str(path)).pages)
    assert "要求承担保证责任通知书" in text and "张三" in text
    assert "办理说明" in text and "本页不随函寄出" in text


def test_user_text_is_escaped_in_the_pdfs_html() -> None:
    session = case("creditor", **G["G-A2"][0])
    info = replace(INFO, client_name="<b>陈</b>&")
    html = letter_html(render(session, "guarantor_demand", info=info))
    assert "&lt;b&gt;陈&lt;/b&gt;&amp;" in html and "<b>陈</b>" not in html


def test_english_texts_where_given() -> None:
    session = case("creditor", **G["G-A2"][0])
    offered = letters_for(session)[0][0]
    assert offered.why("en").startswith("The guarantee period")
    letter = render_letter(offered, session, INFO, library(), "en")
    assert letter.title == "Demand on a guarantor to perform the guarantee"
    assert letter.addressee == "To: 张三"
    # The letter itself is written in Chinese, as it is sent to a PRC addressee.
    assert any("保证" in b.text for b in letter.body if b.text)


# --- command line --------------------------------------------------------------------------------


def _case_file(path: Path, session: Session, info: CaseInfo = INFO) -> Path:
    save_case(path, info, session)
    return path


def test_cli_documents_writes_docx_and_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from wizard.cli import main

    session = case("creditor", **G["G-A2"][0])
    case_path = _case_file(tmp_path / "case.lwcase", session)
    out = tmp_path / "letters"
    assert main(["documents", "guarantor", "--answers", str(case_path), "--out", str(out)]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "2026-法援-0123_催款通知书.docx",
        "2026-法援-0123_催款通知书.pdf",
        "2026-法援-0123_要求承担保证责任通知书.docx",
        "2026-法援-0123_要求承担保证责任通知书.pdf",
    ]
    assert "致：张三" in docx_text(out / "2026-法援-0123_要求承担保证责任通知书.docx")
    assert "要求承担保证责任通知书" in capsys.readouterr().out


def test_cli_documents_says_why_a_letter_is_not_offered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from wizard.cli import main

    session = case("creditor", **G["G-D"][0])
    case_path = _case_file(tmp_path / "case.lwcase", session)
    assert (
        main(
            [
                "documents",
                "guarantor",
                "--answers",
                str(case_path),
                "--out",
                str(tmp_path / "o"),
                "--lang",
                "en",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "not offered: No demand on the guarantor is generated" in out


def test_cli_documents_refuses_an_unfinished_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from wizard.cli import main

    path = tmp_path / "case.json"
    path.write_text(
        json.dumps(
            {
                "format": "liability-wizard-case",
                "format_version": 2,
                "tree": {"id": "guarantor"},
                "answers": {"side": "creditor"},
            }
        ),
        encoding="utf-8",
    )
    assert (
        main(["documents", "guarantor", "--answers", str(path), "--out", str(tmp_path / "o")]) == 1
    )
    assert "before an outcome" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_offered_letter_helper_is_hashable() -> None:
    letter = shipped_letters()[0]
    assert OfferedLetter(letter, letter.offers[0]).why("zh")
