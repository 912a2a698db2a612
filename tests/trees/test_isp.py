"""Golden paths of the ISP tree (trees/isp.json): one or more per outcome ISP-A … ISP-M.

Each path is the answers in order (choice ids, dates); branch nodes are taken by the engine.
The first three answers of every path are the role, the start date and the end date of the facts;
then (only when both are before 2021) whether the damage appeared after 2021; then the date the
victim learnt of the damage and the liable party.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import assert_golden, cited, library, tree, walk

CONSULTATION = date(2026, 11, 29)

# --- common openings ----------------------------------------------------------------------
RH_NEW = ["rights_holder", "2022-03-01", "2022-06-01", "2022-03-05"]
RH_OLD = ["rights_holder", "2019-03-01", "2020-06-01", "no", "2019-03-05"]
RM_NEW = ["removed_user", "2024-08-01", "2024-09-10", "2024-08-05"]
CO_NEW = ["consumer", "2023-05-01", "2023-05-10", "2023-05-10"]
CO_OLD = ["consumer", "2018-05-01", "2018-05-10", "no", "2018-05-10"]
DEL_NEW = ["deleted_post", "2022-01-01", "2022-01-05", "2022-01-06"]

NO, PAY, JOINT = "不承担责任", "赔偿责任", "连带责任"

# (name, answers, outcome code, finding labels, citations of the findings' bases)
GOLDEN = [
    # ISP-A: provider acted in time / no notice and no knowledge; user remains liable.
    (
        "A_rights_holder_timely",
        [*RH_NEW, "hosting", "personality", "effective", "2022-03-10", "yes", "no"],
        "ISP-A",
        [NO, PAY],
        ["民法典第1195条第2款", "民法典第1197条", "民法典第1194条"],
    ),
    (
        "A_rights_holder_no_notice",
        [*RH_NEW, "search_link", "other", "none", "unsure"],
        "ISP-A",
        [NO, PAY],
        ["民法典第1197条", "民法典第1194条"],
    ),
    (
        "A_removed_user_notice_right",
        [*RM_NEW, "other_platform", "no", "not_wrong"],
        "ISP-A",
        [NO, NO],
        ["民法典第1195条第2款", "网络人身权益规定第5条", "民法典第1195条第3款"],
    ),
    (
        "A_consumer_seller_known",
        [*CO_NEW, "marketplace", "no", "no", "yes"],
        "ISP-A",
        [NO, PAY],
        [
            "消费者权益保护法第44条第1款",
            "消费者权益保护法第44条第2款",
            "电子商务法第38条第1款",
            "电子商务法第38条第2款",
            "消费者权益保护法第40条第1款",
            "消费者权益保护法第40条第3款",
            "消费者权益保护法第44条第1款",
            "民法典第1203条第1款",
        ],
    ),
    (
        "A_room_operator_disclosed",
        [*CO_NEW, "livestream_room", "yes", "no"],
        "ISP-A",
        [NO, PAY],
        [
            "网络消费规定一第12条第2款",
            "网络消费规定一第17条",
            "消费者权益保护法第40条第1款",
            "消费者权益保护法第40条第3款",
            "消费者权益保护法第44条第1款",
            "民法典第1203条第1款",
        ],
    ),
    # ISP-B: copyright safe harbours of 条例20–23.
    (
        "B_hosting",
        [*RH_NEW, "hosting", "copyright", "effective", "2022-03-10", "yes", "no", "yes"],
        "ISP-B",
        [NO, PAY],
        ["信息网络传播权保护条例第22条第1款", "信息网络传播权规定第3条第1款", "民法典第1194条"],
    ),
    (
        "B_search_link",
        [*RH_NEW, "search_link", "copyright", "effective", "2022-03-10", "yes", "no"],
        "ISP-B",
        [NO, PAY],
        ["信息网络传播权保护条例第23条", "信息网络传播权规定第3条第1款", "民法典第1194条"],
    ),
    (
        "B_access",
        [*RH_NEW, "access_cache", "copyright", "access_ok"],
        "ISP-B",
        [NO, PAY],
        ["信息网络传播权保护条例第20条第1款", "信息网络传播权规定第3条第1款", "民法典第1194条"],
    ),
    (
        "B_cache",
        [*RH_NEW, "access_cache", "copyright", "cache_ok"],
        "ISP-B",
        [NO, PAY],
        ["信息网络传播权保护条例第21条第1款", "信息网络传播权规定第3条第1款", "民法典第1194条"],
    ),
    # ISP-C: effective notice, no timely measures: enlarged part only.
    (
        "C_civil_code",
        [*RH_NEW, "hosting", "personality", "effective", "2022-03-10", "no", "no"],
        "ISP-C",
        [JOINT, PAY],
        ["民法典第1195条第2款", "民法典第178条第2款", "民法典第1194条"],
    ),
    (
        "C_tort_liability_law",
        [*RH_OLD, "hosting", "personality", "effective", "2019-03-10", "no", "no"],
        "ISP-C",
        [JOINT, PAY],
        ["侵权责任法第36条第2款", "侵权责任法第14条第2款", "侵权责任法第36条第1款"],
    ),
    (
        "C_ecommerce_ip",
        [*RH_NEW, "ecommerce", "other_ip", "effective", "2022-03-10", "no", "no"],
        "ISP-C",
        [JOINT, PAY],
        [
            "民法典第1195条第2款",
            "电子商务法第42条第2款",
            "网络知产批复第2条",
            "民法典第178条第2款",
            "民法典第1194条",
        ],
    ),
    # ISP-D: knew or should have known.
    (
        "D_civil_code",
        [*RH_NEW, "hosting", "personality", "none", "yes"],
        "ISP-D",
        [JOINT, PAY],
        ["民法典第1197条", "民法典第178条第2款", "民法典第1194条"],
    ),
    (
        "D_tort_liability_law",
        [*RH_OLD, "hosting", "personality", "none", "yes"],
        "ISP-D",
        [JOINT, PAY],
        ["侵权责任法第36条第3款", "侵权责任法第14条第2款", "侵权责任法第36条第1款"],
    ),
    (
        "D_search_link_proviso",
        [*RH_NEW, "search_link", "copyright", "none", "yes"],
        "ISP-D",
        [JOINT, PAY],
        [
            "民法典第1197条",
            "信息网络传播权保护条例第23条",
            "信息网络传播权规定第7条第3款",
            "民法典第178条第2款",
            "民法典第1194条",
        ],
    ),
    (
        "D_ecommerce_ip",
        [*RH_NEW, "ecommerce", "other_ip", "defective", "yes"],
        "ISP-D",
        [JOINT, PAY],
        ["民法典第1197条", "电子商务法第45条", "民法典第178条第2款", "民法典第1194条"],
    ),
    # ISP-E: the provider itself infringes.
    (
        "E_joint_provision",
        [*RH_NEW, "own_joint", "copyright"],
        "ISP-E",
        [JOINT],
        ["信息网络传播权规定第4条", "民法典第1168条", "民法典第178条第2款"],
    ),
    (
        "E_inducement",
        [*RH_NEW, "induce_assist", "copyright"],
        "ISP-E",
        [JOINT],
        [
            "信息网络传播权规定第7条第1款",
            "信息网络传播权规定第7条第2款",
            "民法典第1169条第1款",
            "民法典第178条第2款",
        ],
    ),
    (
        "E_own_content_alone",
        [*RH_NEW, "own_alone", "personality"],
        "ISP-E",
        [PAY],
        ["民法典第1194条"],
    ),
    # ISP-F: e-commerce platform knew; food licence failures.
    (
        "F_knew",
        [*CO_NEW, "marketplace", "yes"],
        "ISP-F",
        [JOINT],
        ["电子商务法第38条第1款", "消费者权益保护法第44条第2款", "民法典第178条第2款"],
    ),
    (
        "F_knew_before_2019",
        [*CO_OLD, "marketplace", "yes"],
        "ISP-F",
        [JOINT],
        ["消费者权益保护法第44条第2款", "侵权责任法第14条第2款"],
    ),
    (
        "F_livestream_platform",
        [*CO_NEW, "livestream_platform", "yes"],
        "ISP-F",
        [JOINT],
        [
            "电子商务法第38条第1款",
            "消费者权益保护法第44条第2款",
            "网络消费规定一第16条",
            "民法典第178条第2款",
        ],
    ),
    (
        "F_food_delivery",
        [*CO_NEW, "marketplace", "no", "food_licence"],
        "ISP-F",
        [JOINT],
        ["网络消费规定一第18条", "民法典第178条第2款"],
    ),
    (
        "F_livestream_food",
        [*CO_NEW, "livestream_platform", "no", "food_licence"],
        "ISP-F",
        [JOINT],
        ["网络消费规定一第15条", "民法典第178条第2款"],
    ),
    # ISP-G: 38(2) 相应的责任, never merged with 38(1).
    (
        "G",
        [*CO_NEW, "marketplace", "no", "yes"],
        "ISP-G",
        ["相应的责任", PAY],
        [
            "电子商务法第38条第2款",
            "消费者权益保护法第40条第1款",
            "消费者权益保护法第40条第3款",
            "民法典第1203条第1款",
        ],
    ),
    # ISP-H: platform cannot identify the seller.
    (
        "H_marketplace",
        [*CO_NEW, "marketplace", "no", "no", "no"],
        "ISP-H",
        ["不真正连带责任", PAY],
        [
            "消费者权益保护法第44条第1款",
            "消费者权益保护法第40条第1款",
            "消费者权益保护法第44条第1款",
        ],
    ),
    (
        "H_livestream_platform",
        [*CO_NEW, "livestream_platform", "unsure", "no", "no"],
        "ISP-H",
        ["不真正连带责任", PAY],
        [
            "消费者权益保护法第44条第1款",
            "网络消费规定一第14条",
            "消费者权益保护法第40条第1款",
            "消费者权益保护法第44条第1款",
        ],
    ),
    # ISP-I: self-operated / seller's liability.
    (
        "I_self_operated",
        [*CO_NEW, "self_operated"],
        "ISP-I",
        [PAY],
        ["电子商务法第37条第2款", "网络消费规定一第4条第1款", "消费者权益保护法第40条第1款"],
    ),
    (
        "I_misleading_label",
        [*CO_NEW, "misleading_self"],
        "ISP-I",
        [PAY],
        ["网络消费规定一第4条第2款", "消费者权益保护法第40条第1款"],
    ),
    (
        "I_livestream_platform_self",
        [*CO_NEW, "livestream_platform_self"],
        "ISP-I",
        [PAY],
        ["网络消费规定一第13条", "消费者权益保护法第40条第1款"],
    ),
    (
        "I_room_operator_undisclosed",
        [*CO_NEW, "livestream_room", "no"],
        "ISP-I",
        [PAY],
        ["网络消费规定一第12条第1款", "消费者权益保护法第40条第1款"],
    ),
    # ISP-J: wrongful notice.
    (
        "J_malicious_ecommerce",
        [*RM_NEW, "ecommerce", "no", "malicious"],
        "ISP-J",
        [PAY, PAY],
        ["民法典第1195条第3款", "电子商务法第42条第3款", "电子商务法第42条第3款"],
    ),
    (
        "J_mistaken_after_counter_notice",
        [*RM_NEW, "ecommerce", "yes", "2024-08-20", "yes", "mistaken"],
        "ISP-J",
        [PAY],
        ["民法典第1195条第3款", "电子商务法第42条第3款"],
    ),
    (
        "J_general_platform",
        [*RM_NEW, "other_platform", "no", "mistaken"],
        "ISP-J",
        [PAY],
        ["民法典第1195条第3款"],
    ),
    (
        "J_copyright",
        [*RM_NEW, "copyright_service", "no", "malicious"],
        "ISP-J",
        [PAY],
        ["民法典第1195条第3款", "信息网络传播权保护条例第24条"],
    ),
    # ISP-K: counter-notice period over.
    (
        "K_ecommerce",
        [*RM_NEW, "ecommerce", "yes", "2024-08-20", "no"],
        "ISP-K",
        [NO],
        ["电子商务法第43条第2款"],
    ),
    (
        "K_copyright",
        [*RM_NEW, "copyright_service", "yes", "2024-08-20"],
        "ISP-K",
        [NO],
        ["信息网络传播权保护条例第17条"],
    ),
    (
        "K_general_platform",
        [*RM_NEW, "other_platform", "yes", "2024-08-20", "no"],
        "ISP-K",
        [NO],
        ["民法典第1196条第2款"],
    ),
    # ISP-L: paid deletion.
    (
        "L_commissioned",
        [*DEL_NEW, "yes"],
        "ISP-L",
        [JOINT],
        ["网络人身权益规定第10条第2款", "民法典第178条第2款"],
    ),
    ("L_not_commissioned", [*DEL_NEW, "no"], "ISP-L", [PAY], ["网络人身权益规定第10条第2款"]),
    # ISP-M: live-stream room operator knew and promoted.
    (
        "M",
        [*CO_NEW, "livestream_room", "yes", "yes"],
        "ISP-M",
        [JOINT],
        ["网络消费规定一第17条", "民法典第1168条", "民法典第178条第2款"],
    ),
]


@pytest.mark.parametrize(
    ("answers", "code", "labels", "citations"),
    [g[1:] for g in GOLDEN],
    ids=[g[0] for g in GOLDEN],
)
def test_golden_path(
    answers: list[str], code: str, labels: list[str], citations: list[str]
) -> None:
    assert_golden("isp", answers, code, labels, citations, CONSULTATION)


def test_every_outcome_has_a_golden_path() -> None:
    codes = {o.code for o in tree("isp").outcomes}
    assert codes == {f"ISP-{c}" for c in "ABCDEFGHIJKLM"}
    assert {g[2] for g in GOLDEN} == codes


def test_every_joint_liability_finding_cites_the_recourse_rule() -> None:
    for name, answers, _code, _labels, _cites in GOLDEN:
        session = walk("isp", answers)
        for finding in session.result(CONSULTATION).findings:
            if finding.label == JOINT:
                refs = [library().cite(c, "zh") for c in finding.basis]
                assert "民法典第178条第2款" in refs or "侵权责任法第14条第2款" in refs, name


@pytest.mark.parametrize("code", ["ISP-A", "ISP-B", "ISP-K"])
def test_no_liability_outcomes_say_who_remains_liable(code: str) -> None:
    outcome = next(o for o in tree("isp").outcomes if o.code == code)
    assert outcome.remaining_liability is not None
    assert "1194" in outcome.remaining_liability.zh


# --- the 2021-01-01 switch (民法典 vs 侵权责任法) ----------------------------------------------


def _notice_case(dates: list[str]) -> list[str]:
    return [
        "rights_holder",
        *dates,
        "2020-10-01",
        "hosting",
        "personality",
        "effective",
        "2020-10-05",
        "no",
        "no",
    ]


@pytest.mark.parametrize(
    ("dates", "law_cited", "switch_cited"),
    [
        # everything before 2021 → 侵权责任法 (时间效力规定第1条第2款)
        (
            ["2020-09-01", "2020-12-31", "no"],
            "侵权责任法第36条第2款",
            "民法典时间效力规定第1条第2款",
        ),
        # inaction continuing into 2021 → 民法典 (第1条第3款)
        (["2020-09-01", "2021-01-01"], "民法典第1195条第2款", "民法典时间效力规定第1条第3款"),
        # all acts before 2021 but the damage after → 民法典 (第24条)
        (["2020-09-01", "2020-12-31", "yes"], "民法典第1195条第2款", "民法典时间效力规定第24条"),
    ],
    ids=["wholly_before_2021", "continuing_after_2021", "damage_after_2021"],
)
def test_civil_code_date_switch(dates: list[str], law_cited: str, switch_cited: str) -> None:
    session = walk("isp", _notice_case(dates))
    assert session.outcome is not None and session.outcome.code == "ISP-C"
    assert cited(session)[0] == law_cited
    reasoning = session.result(CONSULTATION).reasoning
    switch_refs = [library().cite(c, "zh") for r in reasoning for c in r.citations]
    assert switch_cited in switch_refs


def test_facts_after_2021_cite_article_1_paragraph_1() -> None:
    session = walk("isp", [*RH_NEW, "hosting", "personality", "none", "yes"])
    steps = {r.node.id: r for r in session.result(CONSULTATION).reasoning}
    assert [library().cite(c, "zh") for c in steps["law_switch"].citations] == [
        "民法典时间效力规定第1条第1款"
    ]
    assert "damage_after_2021" not in session.answers


def test_old_knowledge_rule_warns_that_should_have_known_was_not_in_the_text() -> None:
    session = walk("isp", [*RH_OLD, "hosting", "personality", "none", "yes"])
    warnings = session.result(CONSULTATION).warnings
    contested = [w for w in warnings if w.kind == "contested"]
    assert any(
        "应当知道" in w.text.zh and any(c.law == "tort_liability_law_2009" for c in w.basis)
        for w in contested
    )


# --- the 2019-01-01 switch (电子商务法) -------------------------------------------------------


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        # 网络知产批复 applies to every case not finally decided when it was made (its item 6).
        (
            "2018-12-31",
            [
                "侵权责任法第36条第2款",
                "网络知产批复第2条",
                "侵权责任法第14条第2款",
                "侵权责任法第36条第1款",
            ],
        ),
        (
            "2019-01-01",
            [
                "侵权责任法第36条第2款",
                "电子商务法第42条第2款",
                "网络知产批复第2条",
                "侵权责任法第14条第2款",
                "侵权责任法第36条第1款",
            ],
        ),
    ],
    ids=["before_ecommerce_law", "ecommerce_law_in_force"],
)
def test_ecommerce_law_switch_for_ip_notices(end: str, expected: list[str]) -> None:
    answers = [
        "rights_holder",
        "2018-10-01",
        end,
        "no",
        "2018-10-02",
        "ecommerce",
        "other_ip",
        "effective",
        "2018-10-05",
        "no",
        "no",
    ]
    session = walk("isp", answers)
    assert session.outcome is not None and session.outcome.code == "ISP-C"
    assert cited(session) == expected


def test_ecommerce_law_switch_for_consumers() -> None:
    # Before 2019 there is no 电子商务法38(2): the life-and-health question is skipped.
    before = walk(
        "isp",
        ["consumer", "2018-12-31", "2018-12-31", "no", "2018-12-31", "marketplace", "no", "no"],
    )
    assert before.outcome is not None and before.outcome.code == "ISP-H"
    assert "life_health" not in before.answers
    # From 2019 it is asked, and 38(2) leads to 相应的责任.
    after = walk(
        "isp",
        ["consumer", "2019-01-01", "2019-01-01", "no", "2019-01-01", "marketplace", "no", "yes"],
    )
    assert after.outcome is not None and after.outcome.code == "ISP-G"
    assert cited(after)[0] == "电子商务法第38条第2款"


def test_self_operated_before_2019_has_no_article_37() -> None:
    session = walk("isp", [*CO_OLD, "self_operated"])
    assert cited(session) == ["网络消费规定一第4条第1款", "消费者权益保护法第40条第1款"]
    assert any(
        w.kind == "caution" and "2019" in w.text.zh for w in session.result(CONSULTATION).warnings
    )


# --- deadlines ------------------------------------------------------------------------------


def _deadline(session, deadline_id: str):  # type: ignore[no-untyped-def]
    found = [d for d in session.result(CONSULTATION).deadlines if d.spec.id == deadline_id]
    assert len(found) == 1, [d.spec.id for d in session.result(CONSULTATION).deadlines]
    return found[0]


@pytest.mark.parametrize(
    ("arrival", "nominal", "end"),
    [
        ("2024-08-20", date(2024, 9, 4), date(2024, 9, 4)),  # a Wednesday
        ("2024-08-16", date(2024, 8, 31), date(2024, 9, 2)),  # Saturday → Monday (民法典203)
    ],
)
def test_counter_notice_deadline_is_15_days_from_arrival(
    arrival: str, nominal: date, end: date
) -> None:
    session = walk("isp", [*RM_NEW, "ecommerce", "yes", arrival, "no"])
    deadline = _deadline(session, "counter_notice_end")
    assert deadline.spec.kind == "counter_notice"
    assert deadline.deadline.computed
    assert deadline.deadline.unrolled_end == nominal
    assert deadline.deadline.end == end
    assert [library().cite(c, "zh") for c in deadline.spec.basis] == ["电子商务法第43条第2款"]


def test_general_platforms_get_no_computed_counter_notice_date() -> None:
    session = walk("isp", [*RM_NEW, "other_platform", "yes", "2024-08-20", "no"])
    ids = [d.spec.id for d in session.result(CONSULTATION).deadlines]
    assert ids == ["limitation"]
    warnings = session.result(CONSULTATION).warnings
    assert any(w.kind == "contested" and "合理期限" in w.text.zh for w in warnings)


def test_counter_notice_shows_the_20_working_days_wording_as_a_warning() -> None:
    session = walk("isp", [*RM_NEW, "ecommerce", "yes", "2024-08-20", "no"])
    warnings = session.result(CONSULTATION).warnings
    assert any(
        "20个工作日" in w.text.zh and w.basis[0].law == "spc_network_ip_reply_2020"
        for w in warnings
    )


def test_limitation_is_three_years_from_knowledge() -> None:
    session = walk(
        "isp", [*RH_NEW, "hosting", "personality", "effective", "2022-03-10", "no", "no"]
    )
    deadline = _deadline(session, "limitation")
    assert deadline.spec.kind == "limitation"
    assert deadline.deadline.computed
    assert deadline.deadline.end == date(2025, 3, 5)  # a Wednesday
    assert deadline.deadline.status == "passed"
    assert [library().cite(c, "zh") for c in deadline.spec.basis] == [
        "民法典第188条第1款",
        "民法典第188条第2款",
    ]


def test_consumer_outcomes_also_show_the_product_defect_period() -> None:
    session = walk("isp", [*CO_NEW, "marketplace", "yes"])
    three = _deadline(session, "limitation")
    two = _deadline(session, "limitation_product_defect")
    assert three.deadline.computed and two.deadline.computed
    assert three.deadline.end == date(2026, 5, 11)  # 2026-05-10 is a Sunday
    assert two.deadline.end == date(2025, 5, 12)  # 2025-05-10 is a Saturday
    assert [library().cite(c, "zh") for c in two.spec.basis] == ["产品质量法第45条第1款"]


def test_knowledge_before_october_2017_is_flagged_for_manual_review() -> None:
    answers = [
        "rights_holder",
        "2016-03-01",
        "2016-06-01",
        "no",
        "2016-03-05",
        "hosting",
        "personality",
        "none",
        "yes",
    ]
    warnings = walk("isp", answers).result(CONSULTATION).warnings
    assert any("民法通则" in w.text.zh for w in warnings)


# --- contested points shown as warnings -----------------------------------------------------


def test_corresponding_liability_is_flagged_as_contested() -> None:
    warnings = walk("isp", [*CO_NEW, "marketplace", "no", "yes"]).result(CONSULTATION).warnings
    assert any(
        w.kind == "contested"
        and next(library().cite(c, "zh") for c in w.basis) == "电子商务法第38条第2款"
        for w in warnings
    )


def test_non_genuine_joint_liability_is_flagged_as_debatable() -> None:
    warnings = walk("isp", [*CO_NEW, "marketplace", "no", "no", "no"]).result(CONSULTATION).warnings
    assert any(
        w.kind == "contested"
        and "不真正连带" in w.text.zh
        and [library().cite(c, "zh") for c in w.basis] == ["消费者权益保护法第44条第1款"]
        for w in warnings
    )


def test_good_faith_defence_is_shown_for_ip_wrongful_notices() -> None:
    warnings = walk("isp", [*RM_NEW, "ecommerce", "no", "mistaken"]).result(CONSULTATION).warnings
    assert any(
        [library().cite(c, "zh") for c in w.basis] == ["网络知产批复第5条"] for w in warnings
    )
