"""Golden paths of the ISP tree (trees/isp.json, built by scripts/trees/isp.py).

Every outcome from each side that can reach it (the codes of every finding met on the way and
of the outcome, the findings' labels and their exact citations); the case's history with exact
dates (demand, acknowledgement, suit pending, judgment → enforcement, judgment served → appeal);
the deadline engine's examples inside reports; facts the client does not know; both sides of
each date switch; names in the texts; and what the report must not say on a path.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from scripts import sample_paths
from scripts.trees import isp as generator
from tests.helpers import cited, library, tree
from tests.report_rules import BY_TREE
from wizard.answers import UNKNOWN, MonthDate
from wizard.casefile import CaseInfo
from wizard.deadlines import Event
from wizard.engine import Session
from wizard.model import ChoiceQuestion, DateQuestion
from wizard.report import ReportOptions, render_report

ON = date(2026, 12, 5)
D = date
M = MonthDate
NO, PAY, JOINT = "不承担责任", "赔偿责任", "连带责任"


#: Questions added in 2.1.0 that most paths below answer the same way; a test that cares
#: names them (``isp(..., rh_user_known="not_yet")``).
AUTO: dict[str, object] = {
    "rh_posted": D(2020, 1, 1),
    "acc_posted": D(2020, 1, 1),
    "rh_user_known": "known",
    "acc_notice_valid": "yes",
    "acc_restored": "no",
}


def isp(*answers: object, on: date = ON, **named: object) -> Session:
    """Walk the answers in order; the questions in ``named`` (or else in AUTO) take theirs."""
    session = Session(tree("isp"), on)
    queue = list(answers)
    while not session.is_finished:
        here = session.current.id
        if here in named:
            session.answer(named.pop(here))  # type: ignore[arg-type]
        elif here in AUTO:
            session.answer(AUTO[here])  # type: ignore[arg-type]
        else:
            assert queue, f"no answer for {here}"
            session.answer(queue.pop(0))  # type: ignore[arg-type]
    assert not queue, f"answers left over: {queue}"
    assert not named, f"questions not asked: {sorted(named)}"
    return session


# --- openings ---------------------------------------------------------------------------------
ONLINE = ["rights_holder", "online"]
REMOVED_2022 = ["rights_holder", "removed_platform", D(2022, 5, 10)]
OLD = ["rights_holder", "removed_platform", D(2020, 5, 10), "no"]
OLD_DAMAGE_LATER = ["rights_holder", "removed_platform", D(2020, 5, 10), "yes"]
DEFAMATION = ["personality", ("fabricated", "insult")]
NO_HISTORY = [D(2022, 3, 1), "no"]
CO = ["consumer"]
GOODS_2024 = ["goods", ("injury",), D(2024, 11, 1), D(2024, 12, 3)]


# (name, answers, codes, finding labels, citations of the findings' bases)
GOLDEN: list[tuple[str, list[object], tuple[str, ...], list[str], list[str]]] = [
    # --- the rights holder ------------------------------------------------------------------
    (
        "rh_n_review",
        ["rights_holder", "online", "personality", ("opinion",)],
        ("ISP-N",),
        [NO],
        ["民法典第1024条第1款", "民法典第1025条"],
    ),
    (
        "rh_n_ip_licensed",
        ["rights_holder", "online", "copyright", "no"],
        ("ISP-N",),
        [NO],
        ["民法典第1165条第1款"],
    ),
    (
        "rh_e_own",
        [*ONLINE, *DEFAMATION, "own_alone", *NO_HISTORY],
        ("ISP-E",),
        [PAY],
        ["民法典第1194条"],
    ),
    (
        "rh_e_joint_copyright",
        [*ONLINE, "copyright", "yes", "own_joint", *NO_HISTORY],
        ("ISP-E",),
        [JOINT],
        ["民法典第1168条", "信息网络传播权规定第4条"],
    ),
    (
        "rh_e_induce_old",
        [*OLD, "copyright", "yes", "induce_assist", D(2019, 6, 1), "no"],
        ("ISP-E",),
        [JOINT],
        ["侵权责任法第9条第1款", "信息网络传播权规定第7条第1款"],
    ),
    (
        "rh_d_new",
        [*ONLINE, *DEFAMATION, "hosting", "yes", *NO_HISTORY],
        ("ISP-U", "ISP-D"),
        [PAY, JOINT],
        ["民法典第1194条", "民法典第1024条第1款", "民法典第1197条"],
    ),
    (
        "rh_d_old",
        [*OLD, *DEFAMATION, "hosting", "yes", D(2019, 6, 1), "no"],
        ("ISP-U", "ISP-D"),
        [PAY, JOINT],
        ["侵权责任法第36条第1款", "民法通则第101条", "侵权责任法第36条第3款"],
    ),
    (
        "rh_d_ecommerce",
        [*ONLINE, "other_ip", "yes", "ecommerce", "yes", *NO_HISTORY],
        ("ISP-U", "ISP-D"),
        [PAY, JOINT],
        ["民法典第1194条", "民法典第1197条", "电子商务法第45条"],
    ),
    (
        "rh_c_online",
        [
            *ONLINE,
            *DEFAMATION,
            "hosting",
            "no",
            "effective",
            D(2022, 3, 10),
            "no",
            *NO_HISTORY,
        ],
        ("ISP-U", "ISP-C1", "ISP-C"),
        [PAY, JOINT],
        ["民法典第1194条", "民法典第1024条第1款", "民法典第1195条第2款"],
    ),
    (
        "rh_c_removed",
        [
            *REMOVED_2022,
            *DEFAMATION,
            "hosting",
            "no",
            "effective",
            D(2022, 3, 10),
            "no",
            "yes",
            *NO_HISTORY,
        ],
        ("ISP-U", "ISP-C1", "ISP-C"),
        [PAY, JOINT],
        ["民法典第1194条", "民法典第1024条第1款", "民法典第1195条第2款"],
    ),
    (
        "rh_c_old",
        [
            *OLD,
            *DEFAMATION,
            "hosting",
            "no",
            "effective",
            D(2019, 3, 10),
            "no",
            "yes",
            D(2019, 3, 1),
            "no",
        ],
        ("ISP-U", "ISP-C1", "ISP-C"),
        [PAY, JOINT],
        ["侵权责任法第36条第1款", "民法通则第101条", "侵权责任法第36条第2款"],
    ),
    (
        "rh_c_damage_after_2021",
        [
            *OLD_DAMAGE_LATER,
            *DEFAMATION,
            "hosting",
            "no",
            "effective",
            D(2020, 3, 10),
            "no",
            "yes",
            D(2020, 3, 1),
            "no",
        ],
        ("ISP-U", "ISP-C1", "ISP-C"),
        [PAY, JOINT],
        ["民法典第1194条", "民法典第1024条第1款", "民法典第1195条第2款"],
    ),
    (
        "rh_c_ecommerce",
        [
            *REMOVED_2022,
            "other_ip",
            "yes",
            "ecommerce",
            "no",
            "effective",
            D(2022, 3, 10),
            "no",
            "yes",
            *NO_HISTORY,
        ],
        ("ISP-U", "ISP-C1", "ISP-C"),
        [PAY, JOINT],
        ["民法典第1194条", "民法典第1195条第2款", "电子商务法第42条第2款", "网络知产批复第2条"],
    ),
    (
        "rh_c_ecommerce_removed_2018",
        [
            "rights_holder",
            "removed_platform",
            D(2018, 12, 20),
            "no",
            "other_ip",
            "yes",
            "ecommerce",
            "no",
            "effective",
            D(2018, 11, 10),
            "no",
            "yes",
            D(2018, 11, 1),
            "no",
        ],
        ("ISP-U", "ISP-C1", "ISP-C"),
        [PAY, JOINT],
        ["侵权责任法第36条第1款", "侵权责任法第36条第2款", "网络知产批复第2条"],
    ),
    (
        "rh_c_ecommerce_removed_2019",
        [
            "rights_holder",
            "removed_platform",
            D(2019, 1, 20),
            "no",
            "other_ip",
            "yes",
            "ecommerce",
            "no",
            "effective",
            D(2018, 11, 10),
            "no",
            "yes",
            D(2018, 11, 1),
            "no",
        ],
        ("ISP-U", "ISP-C1", "ISP-C"),
        [PAY, JOINT],
        [
            "侵权责任法第36条第1款",
            "侵权责任法第36条第2款",
            "电子商务法第42条第2款",
            "网络知产批复第2条",
        ],
    ),
    (
        "rh_c_facts_to_verify",
        [
            *REMOVED_2022,
            *DEFAMATION,
            "hosting",
            "not_sure",
            "effective",
            M(2022, 3),
            "unknown",
            "unknown",
            "unknown",
            *NO_HISTORY,
        ],
        ("ISP-U", "ISP-C1", "ISP-C"),
        [PAY, JOINT, JOINT],
        ["民法典第1194条", "民法典第1024条第1款", "民法典第1195条第2款", "民法典第1197条"],
    ),
    (
        "rh_b_access",
        [*ONLINE, "copyright", "yes", "access_cache", "access_ok", *NO_HISTORY],
        ("ISP-U", "ISP-B"),
        [PAY, NO],
        ["民法典第1194条", "信息网络传播权规定第3条第1款", "信息网络传播权保护条例第20条"],
    ),
    (
        "rh_b_cache",
        [*ONLINE, "copyright", "yes", "access_cache", "cache_ok", *NO_HISTORY],
        ("ISP-U", "ISP-B"),
        [PAY, NO],
        ["民法典第1194条", "信息网络传播权规定第3条第1款", "信息网络传播权保护条例第21条"],
    ),
    (
        "rh_b_hosting",
        [
            *REMOVED_2022,
            "copyright",
            "yes",
            "hosting",
            "no",
            "effective",
            D(2022, 3, 10),
            "yes",
            "yes",
            "yes",
            *NO_HISTORY,
        ],
        ("ISP-U", "ISP-B"),
        [PAY, NO],
        ["民法典第1194条", "信息网络传播权规定第3条第1款", "信息网络传播权保护条例第22条"],
    ),
    (
        "rh_b_search",
        [
            *REMOVED_2022,
            "copyright",
            "yes",
            "search_link",
            "no",
            "effective",
            D(2022, 3, 10),
            "yes",
            "yes",
            *NO_HISTORY,
        ],
        ("ISP-U", "ISP-B"),
        [PAY, NO],
        ["民法典第1194条", "信息网络传播权规定第3条第1款", "信息网络传播权保护条例第23条"],
    ),
    (
        "rh_a_timely",
        [
            *REMOVED_2022,
            *DEFAMATION,
            "hosting",
            "no",
            "effective",
            D(2022, 3, 10),
            "yes",
            "yes",
            *NO_HISTORY,
        ],
        ("ISP-U", "ISP-A"),
        [PAY, NO],
        ["民法典第1194条", "民法典第1024条第1款", "民法典第1195条第2款", "民法典第1197条"],
    ),
    (
        "rh_a_no_notice",
        [*ONLINE, *DEFAMATION, "hosting", "no", "none", *NO_HISTORY],
        ("ISP-U", "ISP-A"),
        [PAY, NO],
        ["民法典第1194条", "民法典第1024条第1款", "民法典第1197条"],
    ),
    (
        "rh_a_defective_notice",
        [*ONLINE, *DEFAMATION, "hosting", "no", "defective", *NO_HISTORY],
        ("ISP-U", "ISP-A"),
        [PAY, NO],
        ["民法典第1194条", "民法典第1024条第1款", "民法典第1195条第1款", "民法典第1197条"],
    ),
    (
        "rh_a_notice_just_arrived",
        [
            *ONLINE,
            *DEFAMATION,
            "hosting",
            "no",
            "effective",
            D(2026, 12, 1),
            "not_yet",
            "yes",
            D(2026, 11, 20),
            "no",
        ],
        ("ISP-U", "ISP-A"),
        [PAY, NO],
        ["民法典第1194条", "民法典第1024条第1款", "民法典第1195条第2款"],
    ),
    (
        "rh_a_knowledge_unknown",
        [*REMOVED_2022, *DEFAMATION, "search_link", "not_sure", "none", "unknown", *NO_HISTORY],
        ("ISP-U", "ISP-A"),
        [PAY, NO, JOINT],
        ["民法典第1194条", "民法典第1024条第1款", "民法典第1197条", "民法典第1197条"],
    ),
    (
        "rh_a_old",
        [*OLD, *DEFAMATION, "hosting", "no", "none", D(2019, 6, 1), "no"],
        ("ISP-U", "ISP-A"),
        [PAY, NO],
        ["侵权责任法第36条第1款", "民法通则第101条", "侵权责任法第36条第3款"],
    ),
    # --- the user taken down or accused --------------------------------------------------------
    (
        "acc_n",
        [
            "accused_user",
            "claimed_online",
            "personality",
            ("true_facts", "opinion"),
            D(2025, 3, 1),
            "no",
        ],
        ("ISP-N",),
        [NO],
        ["民法典第1024条第1款", "民法典第1025条"],
    ),
    (
        "acc_v",
        ["accused_user", "claimed_online", "personality", ("fabricated",), D(2025, 3, 1), "no"],
        ("ISP-V",),
        [PAY],
        ["民法典第1194条", "民法典第1024条第1款"],
    ),
    (
        "acc_v_old_copyright",
        [
            "accused_user",
            "claimed_deleted",
            D(2020, 6, 1),
            "no",
            "copyright",
            "yes",
            D(2020, 5, 1),
            "no",
        ],
        ("ISP-V",),
        [PAY],
        ["侵权责任法第36条第1款", "信息网络传播权规定第3条第1款"],
    ),
    (
        "acc_j_k_ecommerce_period_over",
        [
            "accused_user",
            "removed",
            "ecommerce",
            D(2026, 10, 8),
            "other_ip",
            "no",
            "yes",
            "yes",
            "yes",
            D(2026, 10, 20),
            "no",
            D(2026, 10, 12),
            "no",
        ],
        ("ISP-J", "ISP-K"),
        [PAY, PAY, NO],
        [
            "电子商务法第42条第3款",
            "电子商务法第43条第2款",
            "电子商务法第43条第2款",
            "网络知产批复第3条",
        ],
    ),
    (
        "acc_j_k_ecommerce_period_running",
        [
            "accused_user",
            "removed",
            "ecommerce",
            D(2026, 11, 25),
            "other_ip",
            "no",
            "no",
            "yes",
            "yes",
            D(2026, 11, 28),
            "no",
            D(2026, 11, 26),
            "no",
        ],
        ("ISP-J", "ISP-K"),
        [PAY, NO],
        ["电子商务法第42条第3款", "电子商务法第43条第2款", "网络知产批复第3条"],
    ),
    (
        "acc_j_w_ecommerce_suit_in_time",
        [
            "accused_user",
            "removed",
            "ecommerce",
            D(2026, 10, 8),
            "other_ip",
            "no",
            "no",
            "yes",
            "yes",
            D(2026, 10, 20),
            "yes",
            D(2026, 11, 2),
            D(2026, 10, 12),
            "no",
        ],
        ("ISP-J", "ISP-W"),
        [PAY, NO],
        ["电子商务法第42条第3款", "电子商务法第42条第2款"],
    ),
    (
        "acc_j_k_ecommerce_suit_late",
        [
            "accused_user",
            "removed",
            "ecommerce",
            D(2026, 10, 8),
            "other_ip",
            "no",
            "no",
            "yes",
            "yes",
            D(2026, 10, 20),
            "yes",
            D(2026, 11, 20),
            D(2026, 10, 12),
            "no",
        ],
        ("ISP-J", "ISP-K"),
        [PAY, PAY, NO],
        [
            "电子商务法第42条第3款",
            "电子商务法第43条第2款",
            "电子商务法第43条第2款",
            "网络知产批复第3条",
        ],
    ),
    (
        "acc_j_k_ecommerce_month_only",
        [
            "accused_user",
            "removed",
            "ecommerce",
            D(2026, 10, 8),
            "other_ip",
            "no",
            "no",
            "yes",
            "yes",
            M(2026, 11),
            "no",
            D(2026, 10, 12),
            "no",
        ],
        ("ISP-J", "ISP-K"),
        [PAY, NO],
        ["电子商务法第42条第3款", "电子商务法第43条第2款", "网络知产批复第3条"],
    ),
    (
        "acc_j_k_works",
        [
            "accused_user",
            "removed",
            "copyright_service",
            D(2024, 5, 1),
            "copyright",
            "no",
            "yes",
            "yes",
            D(2024, 5, 10),
            D(2024, 5, 2),
            "no",
        ],
        ("ISP-J", "ISP-K"),
        [PAY, NO],
        ["信息网络传播权保护条例第24条", "信息网络传播权保护条例第17条"],
    ),
    (
        "acc_j_k_general",
        [
            "accused_user",
            "removed",
            "other_platform",
            D(2024, 5, 1),
            "personality",
            ("true_facts",),
            "yes",
            "yes",
            D(2024, 5, 10),
            "no",
            D(2024, 5, 2),
            "no",
        ],
        ("ISP-J", "ISP-K"),
        [PAY, NO],
        ["民法典第1195条第3款", "民法典第1196条第2款"],
    ),
    (
        "acc_j_w_no_declaration",
        [
            "accused_user",
            "removed",
            "other_platform",
            D(2024, 5, 1),
            "personality",
            ("opinion",),
            "no",
            "no",
            D(2024, 5, 2),
            "no",
        ],
        ("ISP-J", "ISP-W"),
        [PAY, NO],
        ["民法典第1195条第3款", "网络人身权益规定第5条", "民法典第1195条第2款"],
    ),
    (
        "acc_w_content_unlawful",
        [
            "accused_user",
            "removed",
            "other_platform",
            D(2024, 5, 1),
            "personality",
            ("insult",),
            "yes",
            "no",
            "no",
        ],
        ("ISP-W",),
        [NO, NO],
        ["网络人身权益规定第5条", "民法典第1195条第2款", "民法典第1195条第3款"],
    ),
    (
        "acc_k_content_unlawful",
        [
            "accused_user",
            "removed",
            "ecommerce",
            D(2024, 5, 1),
            "other_ip",
            "yes",
            "yes",
            "yes",
            D(2024, 5, 10),
            "no",
            "no",
        ],
        ("ISP-K",),
        [PAY, NO],
        ["电子商务法第43条第2款", "电子商务法第43条第2款", "网络知产批复第3条"],
    ),
    (
        "acc_j_k_old_general",
        [
            "accused_user",
            "removed",
            "other_platform",
            D(2020, 5, 1),
            "no",
            "personality",
            ("true_facts",),
            "yes",
            "yes",
            D(2020, 5, 10),
            "no",
            D(2020, 5, 2),
            "no",
        ],
        ("ISP-J", "ISP-K"),
        # A past takedown (before 2021, nothing lasting into it): no restoration finding.
        [PAY],
        ["侵权责任法第6条第1款"],
    ),
    # --- the consumer -----------------------------------------------------------------------
    (
        "co_f_shop",
        [
            *CO,
            "goods",
            ("injury", "property"),
            D(2024, 11, 1),
            D(2024, 12, 3),
            "shop",
            "no",
            "yes",
            "no",
            "yes",
        ],
        ("ISP-S", "ISP-F", "ISP-P"),
        [PAY, JOINT],
        [
            "消费者权益保护法第44条第1款",
            "消费者权益保护法第40条第1款",
            "消费者权益保护法第40条第2款",
            "民法典第1203条第1款",
            "产品质量法第43条",
            "电子商务法第38条第1款",
            "消费者权益保护法第44条第2款",
        ],
    ),
    (
        "co_g_shop",
        [*CO, *GOODS_2024, "shop", "no", "no", "yes", "yes"],
        ("ISP-S", "ISP-G", "ISP-P"),
        [PAY, "相应的责任"],
        [
            "消费者权益保护法第44条第1款",
            "消费者权益保护法第40条第1款",
            "消费者权益保护法第40条第2款",
            "民法典第1203条第1款",
            "产品质量法第43条",
            "电子商务法第38条第2款",
        ],
    ),
    (
        "co_h_shop",
        [*CO, "goods", ("money",), D(2024, 11, 1), D(2024, 12, 3), "shop", "no", "no", "no", "no"],
        ("ISP-S", "ISP-H", "ISP-P"),
        [PAY, "不真正连带责任"],
        [
            "消费者权益保护法第44条第1款",
            "消费者权益保护法第40条第1款",
            "产品质量法第40条第1款",
            "消费者权益保护法第44条第1款",
        ],
    ),
    (
        "co_platform_not_liable",
        [*CO, "goods", ("money",), D(2024, 11, 1), D(2024, 12, 3), "shop", "no", "no", "no", "yes"],
        ("ISP-S", "ISP-P"),
        [PAY, NO],
        [
            "消费者权益保护法第44条第1款",
            "消费者权益保护法第40条第1款",
            "产品质量法第40条第1款",
            "消费者权益保护法第44条第1款",
            "消费者权益保护法第44条第2款",
            "电子商务法第38条第1款",
        ],
    ),
    (
        "co_f2_delivery",
        [
            *CO,
            "food",
            ("injury",),
            D(2025, 6, 2),
            D(2025, 6, 2),
            "delivery",
            "no",
            "failed",
            "no",
            "yes",
        ],
        ("ISP-S", "ISP-F2", "ISP-P"),
        [PAY, JOINT],
        [
            "消费者权益保护法第44条第1款",
            "食品安全法第148条第1款",
            "食品安全法第148条第2款",
            "食品安全法第131条第1款",
            "网络消费规定一第18条",
        ],
    ),
    (
        "co_live_room_as_seller_and_joint",
        [*CO, *GOODS_2024, "live", "no", "unknown", "no", "no", "yes", "yes"],
        ("ISP-S", "ISP-I2", "ISP-M", "ISP-P"),
        [PAY, PAY, JOINT, NO],
        [
            "消费者权益保护法第44条第1款",
            "消费者权益保护法第40条第1款",
            "消费者权益保护法第40条第2款",
            "民法典第1203条第1款",
            "产品质量法第43条",
            "网络消费规定一第12条第1款",
            "网络消费规定一第17条",
            "民法典第1168条",
            "消费者权益保护法第44条第1款",
            "消费者权益保护法第44条第2款",
            "电子商务法第38条第1款",
        ],
    ),
    (
        "co_live_room_and_platform",
        [*CO, *GOODS_2024, "live", "no", "yes", "yes", "no", "no", "yes"],
        ("ISP-S", "ISP-F", "ISP-H", "ISP-M", "ISP-P"),
        [PAY, JOINT, "不真正连带责任", JOINT],
        [
            "消费者权益保护法第44条第1款",
            "消费者权益保护法第40条第1款",
            "消费者权益保护法第40条第2款",
            "民法典第1203条第1款",
            "产品质量法第43条",
            "电子商务法第38条第1款",
            "消费者权益保护法第44条第2款",
            "网络消费规定一第16条",
            "消费者权益保护法第44条第1款",
            "网络消费规定一第14条",
            "网络消费规定一第17条",
            "民法典第1168条",
        ],
    ),
    (
        "co_live_food",
        [
            *CO,
            "food",
            ("injury",),
            D(2024, 11, 1),
            D(2024, 12, 3),
            "live",
            "no",
            "yes",
            "failed",
            "no",
            "no",
            "no",
        ],
        ("ISP-S", "ISP-F2", "ISP-H", "ISP-P"),
        [PAY, JOINT, "不真正连带责任"],
        [
            "消费者权益保护法第44条第1款",
            "食品安全法第148条第1款",
            "食品安全法第148条第2款",
            "食品安全法第131条第1款",
            "消费者权益保护法第44条第1款",
            "网络消费规定一第14条",
        ],
    ),
    (
        "co_i_self_operated",
        [*CO, *GOODS_2024, "self_op", "no"],
        ("ISP-I",),
        [PAY],
        [
            "电子商务法第37条第2款",
            "网络消费规定一第4条第1款",
            "消费者权益保护法第40条第1款",
            "消费者权益保护法第40条第2款",
            "民法典第1203条第1款",
            "产品质量法第43条",
        ],
    ),
    (
        "co_i_looks_self_operated_service",
        [*CO, "service", ("injury",), D(2024, 11, 1), D(2024, 12, 3), "looks_self", "no"],
        ("ISP-I",),
        [PAY],
        ["网络消费规定一第4条第2款", "消费者权益保护法第40条第3款", "民法典第1165条第1款"],
    ),
    (
        "co_i_live_platform_food",
        [*CO, "food", ("injury",), D(2024, 11, 1), D(2024, 12, 3), "live_self", "no"],
        ("ISP-I",),
        [PAY],
        ["网络消费规定一第13条", "食品安全法第148条第1款", "食品安全法第148条第2款"],
    ),
    (
        "co_service_old",
        [*CO, "service", ("injury",), M(2018, 5), D(2018, 6, 10), "shop", "no", "no", "no"],
        ("ISP-S", "ISP-H", "ISP-P"),
        [PAY, "不真正连带责任"],
        [
            "消费者权益保护法第44条第1款",
            "消费者权益保护法第40条第3款",
            "侵权责任法第6条第1款",
            "消费者权益保护法第44条第1款",
        ],
    ),
    (
        "co_medical",
        [
            *CO,
            "medical",
            ("injury",),
            D(2023, 5, 1),
            D(2023, 6, 10),
            "shop",
            "no",
            "no",
            "yes",
            "yes",
        ],
        ("ISP-S", "ISP-G", "ISP-P"),
        [PAY, "相应的责任"],
        ["消费者权益保护法第44条第1款", "民法典第1218条", "电子商务法第38条第2款"],
    ),
    # --- the poster whose information was deleted -------------------------------------------
    (
        "del_commissioned",
        ["deleted_poster", D(2024, 6, 15), "service", "yes", D(2024, 7, 1), "no"],
        ("ISP-L1", "ISP-L"),
        [PAY, JOINT],
        ["网络人身权益规定第10条第2款", "民法典第1165条第1款", "网络人身权益规定第10条第2款"],
    ),
    (
        "del_alone",
        ["deleted_poster", D(2024, 6, 15), "service", "no", D(2024, 7, 1), "no"],
        ("ISP-L1", "ISP-L"),
        [PAY],
        ["网络人身权益规定第10条第2款", "民法典第1165条第1款"],
    ),
    (
        "del_platform_commission_unknown",
        ["deleted_poster", D(2024, 6, 15), "platform", "unknown", D(2024, 7, 1), "no"],
        ("ISP-L1", "ISP-L"),
        [PAY, JOINT],
        ["网络人身权益规定第10条第2款", "民法典第1165条第1款", "网络人身权益规定第10条第2款"],
    ),
    (
        "del_old",
        ["deleted_poster", D(2020, 6, 15), "service", "yes", M(2020, 7), "no"],
        ("ISP-L1", "ISP-L"),
        [PAY, JOINT],
        ["侵权责任法第6条第1款", "侵权责任法第9条第1款"],
    ),
]


def answers_of(name: str) -> list[object]:
    return next(g[1] for g in GOLDEN if g[0] == name)


@pytest.mark.parametrize(
    ("answers", "codes", "labels", "citations"),
    [g[1:] for g in GOLDEN],
    ids=[g[0] for g in GOLDEN],
)
def test_golden_path(
    answers: list[object], codes: tuple[str, ...], labels: list[str], citations: list[str]
) -> None:
    session = isp(*answers)
    result = session.result()
    assert result.codes == codes
    assert [f.label for f in result.findings] == labels
    assert cited(session) == citations


def test_every_outcome_is_reached_from_each_side_that_can_reach_it() -> None:
    reached: set[tuple[str, str]] = set()
    for _, answers, codes, _, _ in GOLDEN:
        side = str(answers[0])
        reached |= {(side, code) for code in codes}
    expected = {
        ("rights_holder", c)
        for c in ("ISP-N", "ISP-E", "ISP-U", "ISP-D", "ISP-C1", "ISP-C", "ISP-B", "ISP-A")
    }
    expected |= {("accused_user", c) for c in ("ISP-N", "ISP-V", "ISP-J", "ISP-K", "ISP-W")}
    expected |= {
        ("consumer", c)
        for c in ("ISP-S", "ISP-F", "ISP-F2", "ISP-G", "ISP-H", "ISP-I", "ISP-I2", "ISP-M")
    }
    expected |= {("consumer", "ISP-P"), ("deleted_poster", "ISP-L1"), ("deleted_poster", "ISP-L")}
    assert reached == expected
    all_codes = {n.code for n in tree("isp").result_nodes}
    assert {code for _, code in expected} == all_codes


# --- the generator ---------------------------------------------------------------------------


def test_the_committed_tree_is_the_generators_output() -> None:
    assert generator.TARGET.read_text(encoding="utf-8") == generator.render(), (
        "trees/isp.json is out of date: run python -m scripts.trees.isp"
    )


def test_version_and_review_date() -> None:
    t = tree("isp")
    assert t.version == "2.1.4" and t.format_version == 2
    assert t.last_legal_review == date(2026, 12, 5)
    assert [s.id for s in t.sides] == [
        "rights_holder",
        "accused_user",
        "consumer",
        "deleted_poster",
    ]


def test_no_one_paragraph_article_is_cited_with_paragraph_1() -> None:
    raw = json.loads(generator.TARGET.read_text(encoding="utf-8"))
    found = []

    def visit(value: object) -> None:
        if isinstance(value, dict):
            if value.get("article") and value.get("paragraph") == 1 and "item" not in value:
                article = library().law(value["law"]).article(value["article"])
                if len(article.paragraphs) == 1:
                    found.append(f"{value['law']} {value['article']}")
            for v in value.values():
                visit(v)
        elif isinstance(value, list):
            for v in value:
                visit(v)

    visit(raw)
    assert found == []


# --- texts for the side asked; names ---------------------------------------------------------

NAMES = CaseInfo(
    consultation_date=ON,
    parties=(
        ("platform", ("某微博",)),
        ("user", ("王某",)),
        ("claimant", ("某品牌公司",)),
        ("seller", ("某电器公司",)),
        ("room_operator", ("李某工作室",)),
    ),
)


def html_of(session: Session, lang: str = "zh") -> str:
    return render_report(session, NAMES, library(), ReportOptions(lang=lang))


def test_names_from_the_case_information_fill_the_texts() -> None:
    html = html_of(isp(*answers_of("rh_c_online")))  # rh_c_online
    assert "平台（某微博）" in html and "网络用户（王某）" in html
    assert "你的有效通知于2022年3月10日到达平台（某微博）" in html
    english = html_of(isp(*answers_of("rh_c_online")), "en")
    assert "the platform (某微博)" in english


def test_the_platform_not_liable_is_written_for_each_side() -> None:
    holder = isp(*answers_of("rh_a_timely")).result()
    user = isp(*answers_of("acc_w_content_unlawful")).result()
    assert holder.outcome.code == "ISP-A" and user.outcome.code == "ISP-W"
    assert holder.summary.zh.endswith("你可以向{party.user}主张全部损害的赔偿。")
    assert "你反而可能要对{party.claimant}承担侵权责任" in user.summary.zh
    assert holder.defences == ()
    # Each side's own title: the user taken down is not told "the platform is not liable".
    assert "平台不承担责任" in holder.outcome.title.zh
    assert "平台不承担责任" not in user.outcome.title.zh


def test_the_accused_gets_defences_not_claimant_advice() -> None:
    session = isp(*answers_of("acc_v"))
    result = session.result()
    assert any("诉讼时效只是对较早部分的抗辩" in d.zh for d in result.defences)
    assert any("民法典第1025条" in d.zh for d in result.defences)
    assert not any("起诉" in s.zh and "前" in s.zh for s in result.next_steps)
    html = html_of(session)
    assert html.index("可以提出的抗辩") < html.index("推理过程")


def test_a_plain_negative_review_is_no_tort_for_either_side() -> None:
    holder = isp("rights_holder", "online", "personality", ("opinion",)).result()
    assert holder.outcome.code == "ISP-N"
    assert "普通的差评" in holder.summary.zh
    poster = isp("accused_user", "claimed_online", "personality", ("opinion",), D(2025, 3, 1), "no")
    assert poster.result().outcome.code == "ISP-N"
    assert poster.result().defences


def test_unclear_content_goes_on_with_a_warning_saying_what_makes_it_unlawful() -> None:
    session = isp(*ONLINE, "personality", ("unknown",), "hosting", "yes", *NO_HISTORY)
    result = session.result()
    assert result.codes == ("ISP-U", "ISP-D")
    warning = next(w for w in result.warnings if w.kind == "missing_fact" and "属实" in w.text.zh)
    assert "捏造" in warning.text.zh and "侮辱" in warning.text.zh and "隐私" in warning.text.zh
    assert all("rh_content" in f.depends_on for f in result.findings)


# --- forwarding and measures asked separately -------------------------------------------------


def test_a_failure_to_forward_is_reported_where_the_law_required_forwarding() -> None:
    new = isp(*ONLINE, *DEFAMATION, "hosting", "no", "effective", D(2022, 3, 10), "no", *NO_HISTORY)
    assert any("没有把你的通知转送" in w.text.zh for w in new.result().warnings)
    # Before 2021 the general notice rule (侵权责任法36(2)) had no duty to forward.
    old = isp(
        *OLD, *DEFAMATION, "hosting", "no", "effective", D(2019, 3, 10), "yes", "no",
        D(2019, 3, 1), "no",
    )  # fmt: skip
    warnings = [w.text.zh for w in old.result().warnings]
    assert not any("没有把你的通知转送" in w for w in warnings)
    assert any("没有要求平台转送通知" in w for w in warnings)


def test_forwarding_unknown_is_a_fact_to_verify_with_its_evidence() -> None:
    result = isp(*answers_of("rh_c_facts_to_verify")).result()
    facts = {f.question.id: f for f in result.facts_to_verify}
    assert set(facts) >= {"rh_knowledge_check", "rh_notice_date", "rh_forwarded", "measures_timely"}
    assert facts["rh_forwarded"].evidence and facts["rh_forwarded"].effect
    assert facts["rh_notice_date"].answer == M(2022, 3)
    # The enlarged damage runs from the notice: its extent rests on the day it arrived.
    assert facts["rh_notice_date"].findings == (result.findings[1],)
    notice, knowledge = [f for f in result.findings if f.label == JOINT]
    # The notice's finding rests on the measures and the day, not on the forwarding (a duty of
    # its own, reported) nor on the platform's knowledge; only the knowledge finding does.
    assert set(notice.depends_on) == {"measures_timely", "rh_notice_date"}
    assert "rh_knowledge_check" in knowledge.depends_on
    assert facts["rh_forwarded"].findings == (knowledge,)
    # The user's own liability, recorded before the platform questions, rests on none of them.
    assert result.findings[0].depends_on == ()
    assert any(
        w.kind == "missing_fact" and "通知到达平台的确切日期" in w.text.zh for w in result.warnings
    )


# --- several routes in one case ---------------------------------------------------------------


def test_a_seller_wrongly_taken_down_hears_of_restoration_and_doubled_damages() -> None:
    session = isp(*answers_of("acc_j_k_ecommerce_period_over"))
    result = session.result()
    assert result.codes == ("ISP-J", "ISP-K")
    doubled = result.findings[0]
    assert "两倍" in doubled.scope.zh and doubled.sublabel is not None
    assert "加倍" in doubled.sublabel.zh
    assert "应当及时终止删除、下架等措施" in result.summary.zh
    counter = next(d for d in result.deadlines if d.spec.id == "counter_notice")
    assert counter.deadline.end == D(2026, 11, 4) and counter.deadline.status == "passed"


def test_malice_is_asked_only_where_it_doubles_the_damages() -> None:
    ecommerce = isp(*answers_of("acc_j_k_ecommerce_period_over"))
    general = isp(*answers_of("acc_j_k_general"))
    assert "acc_malicious" in ecommerce.answers and "acc_malicious" not in general.answers
    assert not any("加倍" in t.zh for t in general.result().next_steps)


def test_a_consumer_has_every_route_the_facts_support() -> None:
    result = isp(*answers_of("co_live_room_and_platform")).result()
    assert result.codes == ("ISP-S", "ISP-F", "ISP-H", "ISP-M", "ISP-P")
    assert "也要对你承担责任" in result.summary.zh


def test_corresponding_liability_is_not_joint_and_says_so() -> None:
    result = isp(*answers_of("co_g_shop")).result()
    g = next(p for p in result.parts if p.node.code == "ISP-G")
    assert "不是连带责任" in g.summary.zh
    assert any(w.kind == "contested" and "补充责任" in w.text.zh for w in result.warnings)


# --- services are not products; food --------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["co_i_looks_self_operated_service", "co_service_old", "co_medical"]
)
def test_a_service_takes_no_product_rules(name: str) -> None:
    session = isp(*next(g for g in GOLDEN if g[0] == name)[1])
    result = session.result()
    laws = {(c.law, c.article) for c in result.all_citations}
    assert not any(law == "product_quality_law" for law, _ in laws)
    assert ("civil_code", 1203) not in laws and ("tort_liability_law_2009", 43) not in laws
    assert all("产品" not in d.spec.label.zh for d in result.deadlines)


def test_food_cites_the_food_safety_law_and_goods_the_two_year_product_period() -> None:
    food = isp(*answers_of("co_f2_delivery")).result()
    assert any("十倍" in f.scope.zh for f in food.findings)
    goods = isp(*answers_of("co_f_shop")).result()
    pq = next(d for d in goods.deadlines if d.spec.id.startswith("co_pq45"))
    assert pq.deadline.end == D(2026, 12, 3)  # 2024-12-03 + 2 years, a Thursday
    assert any(w.kind == "contested" and "产品质量法第45条" in w.text.zh for w in goods.warnings)


# --- the case's history ------------------------------------------------------------------------

C_ONLINE = [*ONLINE, *DEFAMATION, "hosting", "no", "effective", D(2022, 3, 10), "no"]


def rh_c(*history: Event, learned: object = D(2022, 3, 1)) -> Session:
    if history:
        return isp(*C_ONLINE, learned, "yes", tuple(history))
    return isp(*C_ONLINE, learned, "no")


def rows(session: Session) -> dict[str, object]:
    return {d.spec.id: d.deadline for d in session.result().deadlines}


def test_without_history_the_limitation_runs_three_years_from_knowledge() -> None:
    deadlines = rows(rh_c())
    user = deadlines["rh_lim_user_cont"]
    assert user.end == D(2025, 3, 3)  # 2025-03-01 is a Saturday
    assert user.status == "passed"
    steps = rh_c().result().next_steps
    assert any("诉讼时效已经届满" in s.zh for s in steps)
    assert not any("在诉讼时效届满前" in s.zh for s in steps)


def test_a_demand_on_the_user_interrupts_for_the_jointly_liable_platform_too() -> None:
    deadlines = rows(rh_c(Event("demand", D(2024, 2, 1), party="user")))
    assert deadlines["rh_lim_user_cont"].end == D(2027, 2, 1)
    platform = deadlines["rh_lim_platform_cont"]
    assert platform.end == D(2027, 2, 1)
    assert any(s.key == "interrupted" and s.value("joint") for s in platform.steps)


def test_an_acknowledgement_by_the_platform_restarts_its_period() -> None:
    deadlines = rows(rh_c(Event("acknowledgement", D(2024, 9, 10), party="platform")))
    assert deadlines["rh_lim_platform_cont"].end == D(2027, 9, 10)


def test_a_claim_in_court_is_never_shown_as_time_barred() -> None:
    session = rh_c(Event("suit", D(2024, 5, 1), party="user"))
    deadlines = rows(session)
    assert deadlines["rh_lim_user_cont"].status == "pending"
    # A suit against the user interrupts the platform's period too, until it ends (民法典195,
    # 诉讼时效规定15(2)); counting from the filing is stated as the safe day — 1 and 2 May are
    # the Labour Day holiday (放假办法2), so that day moves to 3 May.
    platform = deadlines["rh_lim_platform_cont"]
    assert platform.status == "pending"
    safe = next(s for s in platform.steps if s.key == "joint_suit_safe_day")
    assert safe.value("safe") == D(2027, 5, 3)
    assert all(d.status != "passed" for d in deadlines.values())
    steps = [s.zh for s in session.result().next_steps]
    assert any("诉讼已在进行" in s for s in steps)
    assert not any("前起诉" in s or "书面索赔" in s for s in steps)


def test_after_a_judgment_the_enforcement_period_is_the_deadline() -> None:
    session = rh_c(
        Event("suit", D(2024, 5, 1), party="user"),
        Event("judgment_effective", D(2025, 3, 1), D(2025, 3, 31), party="user"),
    )
    deadlines = rows(session)
    assert deadlines["rh_lim_user_cont"].status == "decided"
    enforcement = deadlines["rh_history_enforcement"]
    assert enforcement.end == D(2027, 3, 31)
    assert "rh_history_appeal" not in deadlines
    # The suit against the user held the platform's period until the judgment; the judgment
    # decides nothing about the platform, whose period runs again from it (民法典195,
    # 诉讼时效规定15(2)).
    platform = deadlines["rh_lim_platform_cont"]
    assert platform.status == "running" and platform.end == D(2028, 3, 1)
    result = session.result()
    assert not any("只计算" in w.text.zh for w in result.warnings)
    steps = [s.zh for s in result.next_steps]
    assert any("申请强制执行" in s for s in steps)
    assert not any("起诉" in s and "届满前" in s for s in steps)


def test_an_enforcement_period_run_out_is_said_plainly() -> None:
    session = rh_c(
        Event("demand", D(2021, 9, 1), party="platform"),
        Event("suit", D(2022, 8, 1), party="platform"),
        Event("judgment_effective", D(2023, 6, 30), D(2023, 7, 15), party="platform"),
    )
    enforcement = rows(session)["rh_history_enforcement"]
    # The demand before the judgment does not act on the enforcement period.
    assert enforcement.end == D(2025, 7, 15) and enforcement.status == "passed"
    steps = [s.zh for s in session.result().next_steps]
    assert any("申请执行的期间已经届满" in s and "第481条" in s for s in steps)
    assert not any("在申请执行期间内" in s for s in steps)


def test_a_first_instance_judgment_served_gives_the_appeal_period() -> None:
    session = isp(
        "accused_user", "claimed_online", "personality", ("fabricated",), D(2025, 2, 10), "yes",
        (Event("suit", D(2025, 9, 1), party="user"),
         Event("judgment_served", D(2026, 11, 25), party="user")),
    )  # fmt: skip
    deadlines = rows(session)
    assert deadlines["acc_history_appeal"].end == D(2026, 12, 10)
    assert deadlines["acc_lim_against_you_earlier"].status == "pending"
    assert any("上诉" in s.zh for s in session.result().next_steps)


def test_consumer_suit_against_the_seller_leaves_the_room_operators_period_running() -> None:
    session = isp(
        *CO, "goods", ("injury", "property"), M(2024, 11), D(2024, 12, 3), "live", "yes",
        (Event("demand", D(2025, 3, 1), party="seller"),
         Event("suit", D(2026, 5, 10), party="seller")),
        "no", "no", "no", "yes",
    )  # fmt: skip
    deadlines = rows(session)
    assert deadlines["co_lim_seller"].status == "pending"
    assert deadlines["co_pq45"].status == "pending"
    assert deadlines["co_lim_room"].end == D(2027, 12, 3)


# --- the deadline engine's examples, inside reports --------------------------------------------


@pytest.mark.parametrize(
    ("learned", "end", "provisional"),
    [
        (D(2020, 12, 30), D(2024, 1, 2), False),  # 2023-12-30 is a Saturday, 01-01 元旦
        (D(2023, 10, 3), D(2026, 10, 8), False),  # 2026-10-01 … 10-07 off
        (D(2023, 2, 14), D(2026, 2, 14), False),  # a Saturday, but an official working day
        (D(2025, 9, 30), D(2028, 10, 4), True),  # 2028 not yet published; act by 2028-09-29
    ],
)
def test_the_deadline_examples_hold_in_reports(learned: date, end: date, provisional: bool) -> None:
    deadline = rows(rh_c(learned=learned))["rh_lim_user_cont"]
    assert deadline.end == end and deadline.provisional is provisional
    if provisional:
        assert deadline.act_by == D(2028, 9, 29)


def test_the_counter_notice_period_rolls_over_the_national_holiday() -> None:
    session = isp(
        "accused_user", "removed", "ecommerce", D(2026, 9, 10), "other_ip", "no", "no", "yes",
        "yes", D(2026, 9, 18), "no", D(2026, 9, 12), "no", on=D(2026, 10, 5),
    )  # fmt: skip
    counter = rows(session)["counter_notice"]
    assert counter.end == D(2026, 10, 8) and counter.status == "running"
    assert session.result().outcome.code == "ISP-K"
    assert "十五日期限到2026年10月8日届满" in html_of(session)


@pytest.mark.parametrize(
    ("learned", "article", "years"),
    [
        # Two years of 民法通则135, still running on 2017-10-01: three (法释〔2018〕12号2).
        (D(2017, 9, 30), "民法通则第135条", 3),
        (D(2017, 10, 1), "民法总则第188条第1款", 3),
        (D(2021, 1, 1), "民法典第188条第1款", 3),
    ],
)
def test_the_limitation_follows_the_law_of_its_start(
    learned: date, article: str, years: int
) -> None:
    session = isp(
        *OLD[:2], D(2020, 5, 10), "yes", *DEFAMATION, "hosting", "no", "none", learned, "no"
    )
    (row,) = [d for d in session.result().deadlines if d.spec.id.startswith("rh_lim_user")]
    assert [library().cite(c, "zh") for c in row.spec.basis] == [article]
    assert row.deadline.unrolled_end == learned.replace(year=learned.year + years)


def test_bodily_injury_before_2017_10_had_one_year() -> None:
    session = isp(
        *CO, "goods", ("injury",), D(2017, 2, 1), D(2017, 3, 1), "shop", "no", "no", "yes"
    )
    (row,) = [d for d in session.result().deadlines if d.spec.id.startswith("co_lim_seller")]
    assert [library().cite(c, "zh") for c in row.spec.basis] == ["民法通则第136条第1项"]
    # One year (to 2018-03-01), still running on 2017-10-01: three years (法释〔2018〕12号2).
    assert row.deadline.unrolled_end == D(2020, 3, 1)
    (warning,) = [w for w in session.result().warnings if "民法通则" in w.text.zh]
    assert "尚未届满的，按三年计算" in warning.text.zh


# --- facts the client does not know -------------------------------------------------------------


def test_an_unknown_date_of_knowledge_gives_no_made_up_deadline() -> None:
    deadline = rows(rh_c(learned=UNKNOWN))["rh_lim_user_cont"]
    assert deadline.status == "missing" and deadline.end is None


def test_a_month_only_declaration_that_straddles_the_period_makes_restoration_depend_on_it() -> (
    None
):
    result = isp(*answers_of("acc_j_k_ecommerce_month_only")).result()
    k = result.findings[-1]
    assert "acc_decl_date" in k.depends_on
    assert "只知道月份或不清楚" in result.summary.zh


def test_whether_the_seller_can_be_reached_is_a_fact_to_verify() -> None:
    result = isp(*CO, *GOODS_2024, "shop", "no", "no", "no", "unknown").result()
    assert result.codes == ("ISP-S", "ISP-H", "ISP-P")
    h = result.findings[1]
    assert h.depends_on == ("co_identified",)
    assert result.findings[0].depends_on == ()  # the seller's own liability does not
    (fact,) = [f for f in result.facts_to_verify if f.question.id == "co_identified"]
    assert fact.evidence and fact.findings == (h,)


def test_whether_the_platform_knew_unknown_adds_the_joint_liability_it_would_bring() -> None:
    result = isp(*answers_of("rh_a_knowledge_unknown")).result()
    conditional = result.findings[-1]
    assert conditional.label == JOINT and conditional.depends_on == ("rh_knowledge_check",)
    assert "是否知道或者应当知道侵权尚待核实" in result.summary.zh


# --- both sides of the date switches --------------------------------------------------------------


def test_removal_before_and_after_the_civil_code() -> None:
    before = isp(
        "rights_holder", "removed_platform", M(2020, 12), "no", "personality", ("opinion",)
    )
    after = isp("rights_holder", "removed_platform", M(2021, 1), "personality", ("opinion",))
    assert cited(before) == ["民法通则第101条"]
    assert cited(after) == ["民法典第1024条第1款", "民法典第1025条"]


def test_harm_before_and_after_the_civil_code() -> None:
    def walk(day: date) -> list[str]:
        return cited(isp(*CO, "goods", ("injury",), M(2020, 12), day, "self_op", "no"))

    assert "侵权责任法第43条第1款" in walk(D(2020, 12, 31))
    assert "民法典第1203条第1款" in walk(D(2021, 1, 1))


def test_purchases_before_2019_take_no_e_commerce_law() -> None:
    opening = [*CO, "goods", ("injury",)]
    old = isp(*opening, M(2018, 12), D(2019, 3, 1), "shop", "no", "yes", "yes")
    new = isp(*opening, M(2019, 1), D(2019, 3, 1), "shop", "no", "yes", "no", "yes")
    assert "co_life" not in old.answers and "co_life" in new.answers

    def platform_basis(session: Session) -> list[str]:
        part = next(p for p in session.result().parts if p.node.code == "ISP-F")
        return [library().cite(c, "zh") for f in part.findings for c in f.basis]

    assert platform_basis(old) == ["消费者权益保护法第44条第2款"]
    assert platform_basis(new) == ["电子商务法第38条第1款", "消费者权益保护法第44条第2款"]


def test_the_online_consumption_provisions_warn_for_earlier_purchases() -> None:
    def warned(day: date) -> bool:
        result = isp(*CO, *["goods", ("injury",), day, D(2022, 4, 1)], "live_self", "no").result()
        return any("2022年3月15日" in w.text.zh for w in result.warnings)

    assert warned(D(2022, 3, 14)) and not warned(D(2022, 3, 15))


# --- only what fits the path --------------------------------------------------------------------


def test_no_takedown_advice_once_the_content_was_removed() -> None:
    removed = isp(*answers_of("rh_c_removed")).result()
    online = isp(*answers_of("rh_c_online")).result()
    assert not any(
        "要求删除" in s.zh or "禁令" in s.zh or "申请责令" in s.zh for s in removed.next_steps
    )
    assert any("申请责令" in s.zh for s in online.next_steps)


def test_the_copyright_notice_formalities_only_in_copyright_cases() -> None:
    works = isp(*ONLINE, "copyright", "yes", "hosting", "no", "none", "no", *NO_HISTORY).result()
    assert any("作品的名称和网址" in s.zh for s in works.next_steps)
    defamation = isp(*ONLINE, *DEFAMATION, "hosting", "no", "none", *NO_HISTORY).result()
    assert not any("作品" in s.zh for s in defamation.next_steps)


def test_the_isp_rules_catch_what_they_describe() -> None:
    samples = {
        "no takedown or injunction request once the content was removed": (
            "立即通过平台的投诉渠道发出通知，要求删除"
        ),
        "no advice to sue after a judgment took effect": "向对方书面索赔（保存送达凭证）或者起诉。",
        "no advice to claim before limitation ends once it has run": "在诉讼时效届满前起诉",
        "no claimant's advice to the accused user": "起诉网络用户（某某）",
        "no product rules for a service": "民法典第1203条",
        "no food rules where no food was bought": "价款十倍的赔偿金",
        "no medical evidence in an IP case": "医疗费单据",
        "no medical evidence for a consumer without bodily injury": "诊断证明",
        "no copyright notice formalities in a personality-rights case": "写明作品的名称和网址",
        "no search or link rules for a hosting service": "提供链接服务",
        "no fifteen-day period outside e-commerce": "十五日期限已经届满",
        "no doubled damages outside e-commerce": "加倍赔偿",
        "no old-law article in a case under the Civil Code": "侵权责任法第36条",
        "no Civil Code article the old law did not have, in a case before it": ("民法典第1195条"),
        "no joining of parties or first-instance evidence once a judgment was served": (
            "可以申请追加平台为共同被告"
        ),
        "no 'act within the two years' once they have run": "稳妥起见，按二年的期限行事",
        "no deadline that leaves out interruptions against a joint debtor": (
            "报告的期限只计算针对各方本身的事件"
        ),
        "no 'the platform is not liable' for the user taken down or accused": "平台不承担责任",
        "no flat 'time-barred' advice while the content is still online": (
            "诉讼时效已经届满：对方可以拒绝赔偿"
        ),
        "no apology or removal of effects in an IP claim": "停止侵害、消除影响、赔礼道歉",
        "no plaintiff joining a party under the defendant's right (网络人身权益规定2(2)(3))": (
            "可以申请追加平台（网络人身权益规定第2条）"
        ),
        "no recourse against the platform for the accused infringer": (
            "你承担超过自己份额的部分可以向平台追偿。"
        ),
        "no warning against paid deletion once the content is gone": (
            "不要与发布者或平台约定付费删帖"
        ),
        "no identity check of a poster the client already knows": (
            "核实网络用户（赵某）的真实身份（姓名或名称、联系方式、住所）。"
        ),
        "no enforcement-only conclusion while the platform's joint part is unclaimed": (
            "判决已经生效：按判决申请强制执行（见期限）。"
        ),
    }
    rules = BY_TREE["isp"]
    assert {r.description for r in rules} == set(samples)
    for rule in rules:
        assert rule.pattern.search(samples[rule.description]), rule.description


# --- the samples other users of the repository walk ----------------------------------------------


def test_the_sample_path_uses_only_side_choice_and_date_questions() -> None:
    t = tree("isp")
    session = Session(t, ON)
    for answer in sample_paths.ISP_NOTICE_NOT_ACTED:
        node = session.current
        assert isinstance(node, ChoiceQuestion | DateQuestion), node.id
        session.answer(answer)
    assert session.outcome is not None and session.outcome.code == "ISP-C"
    assert sample_paths.ISP_MEASURES_QUESTION in session.answers  # the GUI test changes it
    changed = Session(t, ON)
    for answer in sample_paths.ISP_NOTICE_NOT_ACTED:
        changed.answer(answer)
    changed.change_answer(sample_paths.ISP_MEASURES_QUESTION, "yes")
    assert changed.outcome is not None and changed.outcome.code == "ISP-A"


def test_the_readme_case_file_reaches_isp_c(tmp_path: Path) -> None:
    from wizard.casefile import load_case

    readme = (generator.ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("This one is complete", 1)[1].split("```json", 1)[1].split("```", 1)[0]
    case = json.loads(block)
    assert case["format_version"] == 3 and case["assessments"][0]["tree"]["id"] == "isp"
    path = tmp_path / "case.json"
    path.write_text(block, encoding="utf-8")
    loaded = load_case(path, {"isp": tree("isp")})
    assert not loaded.notices and loaded.session.is_finished
    assert loaded.session.outcome.code == "ISP-C"  # type: ignore[union-attr]


# --- the independent review of 2026-12-05: each finding on its story ------------------------------


def texts(result: object) -> list[str]:
    """Every text of a result a client reads (zh), unfilled."""
    r = result  # type: ignore[assignment]
    found = [p.summary.zh for p in r.parts]  # type: ignore[attr-defined]
    found += [w.text.zh for w in r.warnings]  # type: ignore[attr-defined]
    for group in (r.next_steps, r.evidence, r.recourse, r.defences):  # type: ignore[attr-defined]
        found += [t.zh for t in group]
    for f in r.findings:  # type: ignore[attr-defined]
        found += [t.zh for t in (f.liable, f.to_whom, f.scope, f.order, f.sublabel) if t]
    found += [d.spec.label.zh for d in r.deadlines]  # type: ignore[attr-defined]
    return found


def by_prefix(session: Session, prefix: str) -> list[object]:
    return [d for d in session.result().deadlines if d.spec.id.startswith(prefix)]


def test_f1_a_demand_on_the_seller_interrupts_for_the_jointly_liable_platform() -> None:
    # Story 20: damage 2023-03-01; demand to the seller 2025-12-01 only; platform knew (38(1)).
    session = isp(
        *CO, "goods", ("property",), D(2023, 2, 20), D(2023, 3, 1), "shop", "yes",
        (Event("demand", D(2025, 12, 1), party="seller"),), "yes", "no", "yes",
    )  # fmt: skip
    (platform,) = by_prefix(session, "co_lim_platform")
    assert platform.deadline.end == D(2028, 12, 1) and platform.deadline.status == "running"  # type: ignore[attr-defined]
    assert any(s.key == "interrupted" and s.value("joint") for s in platform.deadline.steps)  # type: ignore[attr-defined]
    assert not any("只计算针对各方本身" in t for t in texts(session.result()))


def test_f1_a_promise_by_the_seller_after_expiry_does_not_revive_the_platform() -> None:
    # Story 19 (before 2019, 消费者权益保护法44(2)): demand 2020-06-01 reaches the platform too
    # (→ 2023-06-01); the seller's promise of 2024-03-01 binds only the seller (民法典192(2)).
    session = isp(
        *CO, "goods", ("injury",), D(2018, 6, 10), D(2018, 7, 1), "shop", "yes",
        (Event("demand", D(2020, 6, 1), party="seller"),
         Event("acknowledgement", D(2024, 3, 1), party="seller")),
        "yes", "no",
    )  # fmt: skip
    (platform,) = by_prefix(session, "co_lim_platform")
    (seller,) = by_prefix(session, "co_lim_seller")
    assert platform.deadline.end == D(2023, 6, 1) and platform.deadline.status == "passed"  # type: ignore[attr-defined]
    assert seller.deadline.end == D(2027, 3, 1) and seller.deadline.status == "running"  # type: ignore[attr-defined]
    # The report says so in words: the platform may refuse; the seller's promise does not reach it.
    steps = [s.zh for s in session.result().next_steps]
    (step,) = [s for s in steps if s.startswith("对{party.platform}的诉讼时效")]
    assert "可以拒绝赔偿" in step and "不能使对{party.platform}的期间重新计算" in step


def test_f1_no_platform_time_bar_step_while_its_period_runs() -> None:
    # Story 20: the demand on the seller reached the platform; both run to 2028-12-01.
    session = isp(
        *CO, "goods", ("property",), D(2023, 2, 20), D(2023, 3, 1), "shop", "yes",
        (Event("demand", D(2025, 12, 1), party="seller"),), "yes", "no", "yes",
    )  # fmt: skip
    (platform,) = by_prefix(session, "co_lim_platform")
    assert platform.deadline.end == D(2028, 12, 1)  # type: ignore[attr-defined]
    steps = [s.zh for s in session.result().next_steps]
    assert not any(s.startswith("对{party.platform}的诉讼时效") for s in steps)


STORY_05 = [
    "rights_holder", "removed_platform", D(2020, 6, 15), "no", "copyright", "yes", "hosting",
    "no", "effective", D(2019, 5, 6), "no", "unknown", D(2019, 4, 1), "yes",
    (Event("demand", D(2022, 3, 20), party="platform"),
     Event("acknowledgement", D(2024, 1, 10), party="platform")),
]  # fmt: skip


def test_f2_interruption_against_the_platform_reaches_the_user_only_for_the_joint_part() -> None:
    session = isp(*STORY_05, rh_posted=M(2019, 3))
    rows_ = {d.spec.id: d for d in session.result().deadlines}
    sole, joint = rows_["rh_lim_user_sole"], rows_["rh_lim_user_joint"]
    assert sole.deadline.end == D(2022, 4, 1) and sole.deadline.status == "passed"
    assert "单独负责的部分" in sole.spec.label.zh
    assert joint.deadline.end == D(2027, 1, 11) and joint.deadline.act_by == D(2027, 1, 8)
    assert "与平台连带的部分" in joint.spec.label.zh
    assert rows_["rh_lim_platform"].deadline.end == D(2027, 1, 11)
    # Without an interruption against the platform the user's period is one row.
    plain = isp(*STORY_05[:-2], "no", rh_posted=M(2019, 3))
    assert [d.spec.id for d in by_prefix(plain, "rh_lim_user")] == ["rh_lim_user"]  # type: ignore[attr-defined]


STORY_15 = [
    "rights_holder", "online", "personality", ("fabricated",), "hosting", "no", "effective",
    D(2020, 10, 12), "no", D(2020, 9, 20), "yes",
    (Event("demand", D(2023, 8, 1), party="platform"),),
]  # fmt: skip


def test_f3_a_continuing_tort_is_not_reported_flatly_time_barred() -> None:
    session = isp(*STORY_15, rh_posted=M(2020, 9))
    result = session.result()
    assert all(d.deadline.status == "passed" for d in result.deadlines)
    assert all("侵权仍在持续" in d.spec.label.zh for d in result.deadlines)
    warning = next(w for w in result.warnings if "不等于赔偿请求一定已过时效" in w.text.zh)
    assert [library().cite(c, "zh") for c in warning.basis] == [
        "民法典第196条第1项",
        "民法典第995条",
        "民法典第193条",
    ]
    steps = [s.zh for s in result.next_steps]
    assert any(
        "较近期间的损害仍可能在诉讼时效之内" in s and "不受诉讼时效的限制" in s for s in steps
    )
    assert not any("在诉讼时效届满前" in s for s in steps)
    assert not any("稳妥起见按报告的日期行事" in t for t in texts(result))
    conclusion = html_of(session).split("认定与依据")[0]
    assert "侵权仍在持续" in conclusion  # the "已届满" line carries the hedge of its label


STORY_03 = [
    *CO, "food", ("injury", "money"), D(2026, 8, 15), D(2026, 8, 20), "live", "no", "yes",
    "failed", "no", "yes", "yes",
]  # fmt: skip


def test_f4_an_unchecked_food_licence_makes_the_platform_jointly_liable_with_the_seller() -> None:
    result = isp(*STORY_03).result()
    assert result.codes == ("ISP-S", "ISP-F2", "ISP-M", "ISP-P")
    f2 = next(p for p in result.parts if p.node.code == "ISP-F2")
    (joint,) = f2.findings
    assert joint.liable.zh == "{party.platform}与{party.seller}"
    assert [library().cite(c, "zh") for c in joint.basis] == ["食品安全法第131条第1款"]
    # 电子商务法38(2) is not a second finding that denies the first.
    assert not any("相应的责任" in t or "不能要求平台承担全部" in t for t in texts(result))
    assert any("{party.platform}与{party.seller}承担连带责任" in t.zh for t in result.recourse)


def test_f4_the_room_that_sells_the_food_is_jointly_liable_with_the_platform_too() -> None:
    result = isp(*STORY_03[:7], "no", "failed", "no", "yes").result()
    f2 = next(p for p in result.parts if p.node.code == "ISP-F2")
    assert [f.liable.zh for f in f2.findings] == [
        "{party.platform}与{party.seller}",
        "{party.platform}与{party.room_operator}",
    ]
    assert "网络消费规定一第15条" in [library().cite(c, "zh") for c in f2.findings[1].basis]


def test_f4_with_the_licence_check_unknown_38_2_is_the_fallback() -> None:
    result = isp(*STORY_03[:-4], "unknown", "no", "yes", "yes", "yes").result()
    g = next(p for p in result.parts if p.node.code == "ISP-G")
    assert "不成立时" in g.summary.zh


STORY_10 = [
    *CO, "goods", ("injury", "property"), D(2024, 11, 20), D(2024, 12, 1), "shop", "no", "yes",
    "no", "no",
]  # fmt: skip


def test_f5_the_two_years_once_run_are_said_plainly() -> None:
    result = isp(*STORY_10).result()
    (pq,) = [d for d in result.deadlines if d.spec.id.startswith("co_pq45")]
    assert pq.deadline.status == "passed" and pq.deadline.end == D(2026, 12, 1)
    (seller,) = [d for d in result.deadlines if d.spec.id.startswith("co_lim_seller")]
    assert seller.deadline.end == D(2027, 12, 1)
    found = texts(result)
    assert not any("按二年的期限行事" in t for t in found)
    assert any("二年已经届满" in t and "不以缺陷为依据" in t and "立即" in t for t in found)
    steps = [s.zh for s in result.next_steps]
    assert any("二年已经届满" in s for s in steps) and not any("12315" in s for s in steps)
    # One call to act at once, not a second "before limitation ends" beside it.
    assert not any(s.startswith("在诉讼时效届满前") for s in steps)
    # While the two years run, the ordinary step stays.
    running = isp(*STORY_03).result()
    assert any(s.zh.startswith("在诉讼时效届满前") for s in running.next_steps)


STORY_07 = [
    "rights_holder", "removed_platform", D(2024, 3, 10), "personality", ("private",), "hosting",
    "no", "effective", M(2024, 1), "no", "yes", M(2023, 12), "no",
]  # fmt: skip


def test_f6_a_month_whose_earliest_end_has_passed_calls_for_action_now() -> None:
    session = isp(*STORY_07, rh_posted=M(2023, 12), rh_user_known="not_yet")
    result = session.result()
    steps = [s.zh for s in result.next_steps]
    assert any("可能已经过去" in s and "立即" in s for s in steps)
    assert not any("在诉讼时效届满前" in s for s in steps)
    # The anonymous poster's period has not started: no row for him, a warning instead.
    assert not by_prefix(session, "rh_lim_user")
    assert any("真实身份尚未查明" in w.text.zh for w in result.warnings)
    (platform,) = by_prefix(session, "rh_lim_platform")
    assert platform.deadline.status == "uncertain"  # type: ignore[attr-defined]
    # F13: the notice's finding does not rest on the month of knowledge.
    c = next(p for p in result.parts if p.node.code == "ISP-C1")
    assert all("rh_learned" not in f.depends_on for f in c.findings)


STORY_06 = [
    "accused_user", "claimed_deleted", D(2026, 4, 10), "personality", ("fabricated",),
    M(2025, 11), "yes",
    (Event("suit", D(2026, 5, 10), party="user"),
     Event("judgment_served", D(2026, 11, 25), party="user")),
]  # fmt: skip


def test_f7_after_a_judgment_is_served_only_appeal_or_compliance_remain() -> None:
    session = isp(*STORY_06, acc_posted=M(2025, 10))
    result = session.result()
    steps = [s.zh for s in result.next_steps]
    assert not any("申请追加" in s or "在举证期限内" in s for s in steps)
    assert any("二审" in s and "第250条" in s for s in steps)
    # The client is only the defendant: nothing about a judgment ordering the other side to pay.
    assert not any("判对方" in s for s in steps)
    assert rows(session)["acc_history_appeal"].end == D(2026, 12, 10)
    assert any("诉讼时效规定第3条第1款" in d.zh for d in result.defences)
    assert not any("必须由你在一审中提出" in d.zh for d in result.defences)


STORY_04 = [
    "rights_holder", "removed_platform", D(2025, 7, 20), "personality", ("fabricated",),
    "hosting", "no", "effective", D(2025, 4, 10), "no", "yes", D(2025, 4, 2), "yes",
]  # fmt: skip


def test_f8_a_plaintiff_is_not_told_to_join_the_platform_it_already_sued() -> None:
    both = isp(
        *STORY_04,
        (Event("suit", D(2026, 3, 16), party="user"),
         Event("suit", D(2026, 3, 16), party="platform")),
    )  # fmt: skip
    steps = [s.zh for s in both.result().next_steps]
    assert any("诉讼已在进行" in s for s in steps)
    assert not any("追加平台" in s or "第2条" in s or "尚未起诉" in s for s in steps)
    only_user = isp(*STORY_04, (Event("suit", D(2026, 3, 16), party="user"),))
    steps = [s.zh for s in only_user.result().next_steps]
    assert any("尚未起诉{party.platform}" in s and "共同被告" in s for s in steps)
    assert not any("第2条" in s for s in steps)


STORY_11 = [
    *CO, "service", ("injury",), D(2025, 5, 8), D(2025, 5, 10), "shop", "yes",
    (Event("suit", D(2025, 8, 1), party="seller"),
     Event("suit", D(2025, 8, 1), party="platform"),
     Event("judgment_effective", D(2026, 3, 20), party="seller"),
     Event("judgment_effective", D(2026, 3, 20), party="platform")),
    "no", "yes", "yes",
]  # fmt: skip


def test_f9_after_an_effective_judgment_the_report_is_about_enforcement() -> None:
    result = isp(*STORY_11).result()
    assert result.summary.zh.startswith("判决已经生效")
    steps = [s.zh for s in result.next_steps]
    assert steps == [
        "判决已经生效：对方不履行的，在申请执行期间内向人民法院申请强制执行（见期限）。"
    ]
    assert [e.zh for e in result.evidence] == [
        "生效判决书及生效证明；对方的财产线索（银行账户、房产、车辆、网店收入等）"
    ]
    assert any(
        "民事诉讼法第250条第2款" in library().cite(c, "zh")
        for w in result.warnings
        for c in w.basis
    )
    enforcement = next(d for d in result.deadlines if d.spec.id == "co_history_enforcement")
    assert enforcement.deadline.end == D(2028, 3, 20) and "履行期间" in enforcement.spec.label.zh
    # With the judgment's last day of performance recorded, the two years run from it.
    events = STORY_11[7]
    assert isinstance(events, tuple)
    dated = [
        *STORY_11[:7],
        (*events[:2], Event("judgment_effective", D(2026, 3, 20), D(2026, 3, 30), party="seller"),
         events[3]),
        *STORY_11[8:],
    ]  # fmt: skip
    later = next(d for d in isp(*dated).result().deadlines if d.spec.id == "co_history_enforcement")
    assert later.deadline.end == D(2028, 3, 30)


STORY_14 = [
    "accused_user", "removed", "ecommerce", M(2026, 11), "other_ip", "no", "no", "no", "no",
    UNKNOWN, "no",
]  # fmt: skip


def test_f10_a_platform_that_did_not_forward_is_not_simply_not_liable() -> None:
    result = isp(*STORY_14, acc_notice_valid="unknown").result()
    assert result.codes == ("ISP-J", "ISP-W")
    assert "平台不承担责任" not in result.outcome.title.zh
    remaining = result.outcome.remaining_liability
    assert remaining is not None and "{party.user}：其内容构成侵权" not in remaining.zh
    platform = next(f for f in result.findings if f.liable.zh == "{party.platform}")
    assert platform.label == PAY and platform.depends_on == ("acc_notice_valid",)
    assert any(w.kind == "contested" and "没有依法转送投诉" in w.text.zh for w in result.warnings)
    assert "提供投诉的内容" in result.next_steps[len(result.parts[0].next_steps)].zh
    valid = isp(*STORY_14, acc_notice_valid="yes").result()
    kept = next(f for f in valid.findings if f.liable.zh == "{party.platform}")
    assert kept.label == NO and kept.sublabel is not None and "没有依法转送" in kept.sublabel.zh


def test_f11_a_consumer_review_is_no_tort_and_the_claimants_period_is_not_the_clients() -> None:
    session = isp(
        "accused_user", "claimed_online", "personality", ("true_facts", "review"),
        D(2026, 9, 12), "yes", (Event("demand", D(2026, 10, 15), party="user"),),
        acc_posted=M(2026, 9),
    )  # fmt: skip
    result = session.result()
    assert cited(session) == ["民法典第1024条第1款", "消费者权益保护法第15条第1款"]
    (own,) = [d for d in result.deadlines if d.spec.id.startswith("acc_lim_against_you")]
    assert own.spec.acts == ("rights_holder",)
    html = html_of(session)
    assert "对方的期限" in html and "对方须在此日或之前行事" in html
    assert not any("须证明内容失实" in t for t in texts(result))
    assert any("事实须由你证明" in d.zh for d in result.defences)


@pytest.mark.parametrize(
    ("posted", "paragraphs"),
    [(D(2025, 3, 1), ["第1款"]), (D(2020, 3, 1), ["第3款"]), (UNKNOWN, ["第1款", "第3款"])],
)
def test_f12_the_time_effect_paragraph_follows_the_day_of_posting(
    posted: object, paragraphs: list[str]
) -> None:
    for session in (
        isp(*ONLINE, *DEFAMATION, "hosting", "yes", *NO_HISTORY, rh_posted=posted),
        isp("accused_user", "claimed_online", "personality", ("fabricated",), D(2025, 3, 1),
            "no", acc_posted=posted),
    ):  # fmt: skip
        step = next(s for s in session.result().reasoning if s.node.id in ("rh_law", "acc_law"))
        cited_ = [library().cite(c, "zh") for c in step.citations]
        assert cited_ == [f"民法典时间效力规定第1条{p}" for p in paragraphs]


def test_f13_only_the_knowledge_finding_depends_on_knowledge() -> None:
    # Story 08: complete notice 2026-08-03, neither forwarded nor acted on; knowledge unknown.
    result = isp(
        *ONLINE, "personality", ("portrait",), "hosting", "not_sure", "effective",
        D(2026, 8, 3), "no", "unknown", D(2026, 7, 28), "no",
    ).result()  # fmt: skip
    assert result.codes == ("ISP-U", "ISP-C1", "ISP-C")
    notice, knowledge = [f for f in result.findings if f.label == JOINT]
    assert notice.depends_on == ()
    assert knowledge.depends_on == ("rh_knowledge_check",)


def test_f14_a_forum_counter_notice_carries_no_e_commerce_rules() -> None:
    session = isp(
        "accused_user", "removed", "other_platform", D(2026, 11, 2), "personality",
        ("true_facts",), "yes", "yes", UNKNOWN, "no", D(2026, 11, 2), "no",
    )  # fmt: skip
    result = session.result()
    fact = next(f for f in result.facts_to_verify if f.question.id == "acc_decl_date")
    assert fact.effect is not None and "十五日" not in fact.effect.zh
    assert not any("电子商务法" in e.zh for e in fact.evidence)
    assert not any("授权书" in e.zh or "进货发票" in e.zh for e in result.evidence)
    assert not getattr(tree("isp").node("acc_decl_date"), "citations", ())
    removed = tree("isp").node("acc_removed_date")
    assert isinstance(removed, DateQuestion) and removed.significance is not None
    assert "在电子商务平台上下架的，还决定是否适用电子商务法" in removed.significance.zh


def test_date_help_offers_only_the_answers_the_question_takes() -> None:
    for node in tree("isp").nodes:
        if not isinstance(node, DateQuestion) or node.help is None or node.help.why is None:
            continue
        why = node.help.why.zh
        assert "如果有这一选项" not in why
        assert ("选“不清楚”" in why) == node.allow_unknown, node.id


def test_f15_the_seller_hears_that_the_platform_must_restore_and_answers_if_it_does_not() -> None:
    opening = [
        "accused_user", "removed", "ecommerce", D(2026, 10, 20), "other_ip", "no", "yes", "yes",
        "yes", D(2026, 10, 25), "no", D(2026, 10, 20), "no",
    ]  # fmt: skip
    not_back = isp(*opening, acc_restored="no").result()
    platform = next(
        f
        for f in not_back.findings
        if f.to_whom.zh == "你" and f.label == PAY and "{party.platform}" in f.liable.zh
    )
    assert [library().cite(c, "zh") for c in platform.basis] == ["电子商务法第43条第2款"]
    assert "平台至今没有恢复" in not_back.summary.zh
    back = isp(*opening, acc_restored="yes").result()
    assert "已经恢复" in back.summary.zh
    assert not any("立即终止措施、恢复" in s.zh for s in back.next_steps)
    assert not any(f.label == PAY and "{party.platform}" in f.liable.zh for f in back.findings)


def test_f16_texts_fit_the_facts() -> None:
    # (a) no corresponding-liability boilerplate where there is none (story 20).
    story_20 = isp(
        *CO, "goods", ("property",), D(2023, 2, 20), D(2023, 3, 1), "shop", "no", "yes", "no",
        "yes",
    ).result()  # fmt: skip
    assert not any("相应的责任只及于" in t for t in texts(story_20))
    # (b) a copyright claim asks no apology; (c) the link was cut on the notice (story 13).
    story_13 = isp(
        "rights_holder", "removed_platform", D(2026, 9, 3), "copyright", "yes", "search_link",
        "no", "effective", D(2026, 9, 1), "yes", "yes", D(2026, 8, 25), "no",
    ).result()  # fmt: skip
    assert not any("赔礼道歉" in t for t in texts(story_13))
    assert "接到你的通知后及时断开了链接" in story_13.summary.zh
    # (d) no licence defence where the client admits there was none; 192(2) in an old case.
    story_17 = isp(
        "accused_user", "claimed_deleted", D(2020, 12, 15), "no", "copyright", "yes",
        D(2020, 11, 10), "no",
    ).result()  # fmt: skip
    assert not any("授权或许可" in d.zh for d in story_17.defences)
    warning = next(w for w in story_17.warnings if "不能再以时效抗辩" in w.text.zh)
    assert [library().cite(c, "zh") for c in warning.basis] == ["民法典第192条第2款"]
    # (e) the title over a conditional joint finding is hedged (story 21).
    story_21 = isp(
        *ONLINE, "personality", ("fabricated", "insult"), "hosting", "not_sure", "defective",
        "unknown", D(2026, 10, 8), "no",
    ).result()  # fmt: skip
    assert story_21.outcome.title.zh.startswith("依现有事实")
    # (f) no input hints in the questions' texts, which the report quotes.
    for node in tree("isp").nodes:
        text = getattr(node, "text", None)
        assert text is None or "只知道月份" not in text.zh, node.id


def test_f17_help_lists_only_articles_that_hold_on_every_path() -> None:
    t = tree("isp")
    assert not [c for c in t.node("rh_knowledge").citations]  # type: ignore[attr-defined]
    platform_knew = [(c.law, c.article) for c in t.node("co_platform_knew").citations]  # type: ignore[attr-defined]
    assert ("spc_online_consumption_1", 16) not in platform_knew
    for node in t.nodes:
        for c in getattr(node, "citations", ()) if not hasattr(node, "rules") else ():
            if hasattr(node, "choices") or getattr(node, "label", None) is not None:
                assert c.when is None, node.id


# --- the second review of 2026-12-05 (/tmp/rereview-isp) ---------------------------------------


def test_rereview_f2_a_continuing_tort_is_no_time_bar_for_the_accused_either() -> None:
    # Probe 10: 黄某's criticism still online; the company knew 2023-09-10; letter 2026-11-01.
    session = isp(
        "accused_user", "claimed_online", "personality", ("fabricated", "true_facts"),
        D(2023, 9, 10), "yes", (Event("demand", D(2026, 11, 1), party="user"),),
        acc_posted=UNKNOWN,
    )  # fmt: skip
    result = session.result()
    (own,) = by_prefix(session, "acc_lim_against_you")
    assert own.spec.id == "acc_lim_against_you_earlier"  # type: ignore[attr-defined]
    assert own.deadline.end == D(2026, 9, 10)  # type: ignore[attr-defined]
    assert "只是对较早部分的抗辩" in own.spec.label.zh  # type: ignore[attr-defined]
    assert "不受诉讼时效的限制" in result.summary.zh
    assert "不会整体超过诉讼时效" in result.summary.zh
    assert not any("对方的诉讼时效已经届满的" in d.zh for d in result.defences)
    assert any("只是对较早部分的抗辩" in d.zh for d in result.defences)
    warning = next(w for w in result.warnings if "仍在持续" in w.text.zh)
    assert warning.kind == "contested"
    assert [library().cite(c, "zh") for c in warning.basis] == [
        "民法典第196条第1项",
        "民法典第995条",
    ]
    conclusion = html_of(session).split("认定与依据")[0]
    assert "对方请求你赔偿的诉讼时效（届满后你可以拒绝履行）已于" not in conclusion
    assert "只是对较早部分的抗辩" in conclusion
    # Content already deleted: the period is the whole claim's, as before.
    gone = isp(
        "accused_user", "claimed_deleted", D(2023, 9, 1), "personality", ("fabricated",),
        D(2023, 9, 10), "no",
    )  # fmt: skip
    (whole,) = by_prefix(gone, "acc_lim_against_you")
    assert whole.spec.id == "acc_lim_against_you"  # type: ignore[attr-defined]


def test_rereview_f3_platform_findings_do_not_rest_on_the_room_operators_knowledge() -> None:
    # Story 6: bird's nest in a live room that named the seller; room's knowledge unknown; the
    # platform did not check the food licence and cannot name the room operator.
    def story_6(room_knew: str) -> object:
        return isp(
            *CO, "food", ("injury", "money"), M(2026, 3), M(2026, 3), "live", "no", "yes",
            "failed", "no", "no", room_knew,
        ).result()  # fmt: skip

    result = story_6("unknown")
    platform = [f for f in result.findings if "{party.platform}" in f.liable.zh]  # type: ignore[attr-defined]
    assert {f.label for f in platform} == {JOINT, "不真正连带责任"}
    assert all(f.depends_on == () for f in platform)
    (room,) = [f for f in result.findings if "{party.room_operator}" in f.liable.zh]  # type: ignore[attr-defined]
    assert room.depends_on == ("co_room_knew",)
    summary = result.summary.zh  # type: ignore[attr-defined]
    assert "平台或直播间运营者是否也要承担责任" not in summary
    assert summary.startswith("除{party.seller}外，{party.platform}也要对你承担责任")
    firm = story_6("no")
    assert [f.label for f in firm.findings if "{party.platform}" in f.liable.zh] == [  # type: ignore[attr-defined]
        f.label for f in platform
    ]
    # Story 5: a shop (no live stream); 38(1) firm, only 38(2) open — no room operator named.
    story_5 = isp(
        *CO, "goods", ("injury", "property"), D(2024, 5, 10), D(2024, 8, 1), "shop", "yes",
        (Event("acknowledgement", D(2025, 9, 10), party="platform"),), "yes", "unknown", "yes",
    ).result()  # fmt: skip
    assert "直播间" not in story_5.summary.zh
    assert story_5.summary.zh.startswith("除{party.seller}外，{party.platform}也要对你承担责任")


def test_rereview_f8_no_before_expiry_advice_once_the_claim_has_run() -> None:
    # Probe 11: e-commerce trademark complaint wholly in 2018; limitation ran 2021-06-15.
    result = isp(
        "accused_user", "removed", "ecommerce", D(2018, 6, 15), "no", "other_ip", "no", "yes",
        "yes", D(2018, 6, 20), "no", D(2018, 6, 15), "no",
    ).result()  # fmt: skip
    steps = [s.zh for s in result.next_steps]
    assert not any("诉讼时效尚未届满的，须在届满前进行" in s for s in steps)
    assert any("诉讼时效已经届满" in s and "时效抗辩" in s for s in steps)


def test_rereview_f6_the_infringer_is_not_told_to_recover_from_the_platform() -> None:
    # Probe 10: the accused user is the direct infringer; nothing on the path shows a notice the
    # platform failed to act on — no recourse advice against it, a contested warning instead.
    result = isp(
        "accused_user", "claimed_online", "personality", ("fabricated", "true_facts"),
        D(2023, 9, 10), "yes", (Event("demand", D(2026, 11, 1), party="user"),),
        acc_posted=UNKNOWN,
    ).result()  # fmt: skip
    assert "向平台追偿" not in result.summary.zh
    assert not any("向平台追偿" in t for t in texts(result))
    assert not result.recourse
    warning = next(w for w in result.warnings if "扩大部分" in w.text.zh)
    assert warning.kind == "contested"
    assert "最终责任在你" in warning.text.zh
    assert [library().cite(c, "zh") for c in warning.basis] == ["民法典第1195条第2款"]


def test_rereview_f4_live_food_platform_cites_the_live_stream_rules_and_recovers_consistently() -> (
    None
):
    # Story 6: the room named the seller; the platform did not check the food licence and cannot
    # name the room operator.
    result = isp(
        *CO, "food", ("injury", "money"), M(2026, 3), M(2026, 3), "live", "no", "yes",
        "failed", "no", "no", "unknown",
    ).result()  # fmt: skip
    licence = next(w for w in result.warnings if "食品经营资质" in w.text.zh)
    assert [library().cite(c, "zh") for c in licence.basis] == [
        "网络消费规定一第15条",
        "食品安全法第131条第1款",
    ]
    (pays_first,) = [f for f in result.findings if f.label == "不真正连带责任"]
    assert "再向直播间运营者追偿" in pays_first.sublabel.zh  # type: ignore[union-attr]
    assert "最终责任在经营者" not in pays_first.order.zh
    assert "平台赔偿后向直播间运营者追偿" in pays_first.order.zh
    assert [library().cite(c, "zh") for c in pays_first.basis] == [
        "消费者权益保护法第44条第1款",
        "网络消费规定一第14条",
    ]
    assert any("{party.room_operator}追偿" in r.zh for r in result.recourse)
    food = next(w for w in result.warnings if "食品生产者追偿" in w.text.zh)
    assert [library().cite(c, "zh") for c in food.basis] == ["食品安全法第131条第2款"]
    # No live stream: the food platform's own rule, recourse against the seller.
    shop = isp(
        *CO, "food", ("injury",), D(2026, 3, 1), D(2026, 3, 2), "shop", "no", "failed", "no",
        "no",
    ).result()  # fmt: skip
    (pays_first,) = [f for f in shop.findings if f.label == "不真正连带责任"]
    assert "最终责任在经营者" in pays_first.order.zh
    assert [library().cite(c, "zh") for c in pays_first.basis] == [
        "消费者权益保护法第44条第1款",
        "食品安全法第131条第2款",
    ]


def _rh_case(answers: dict[str, object]) -> Session:
    """Walk a rights holder's case from its answers by question id (a case file's answers)."""
    named = dict(answers)
    return isp(**named)  # type: ignore[arg-type]


STORY_7_RH: dict[str, object] = {
    "side": "rights_holder", "rh_status": "removed_platform", "rh_removed_date": D(2021, 2, 15),
    "rh_posted": M(2020, 10), "rh_right": "personality", "rh_content": ("portrait",),
    "rh_service": "hosting", "rh_knowledge": "no", "rh_notice": "effective",
    "rh_notice_date": D(2020, 12, 1), "measures_timely": "no", "rh_forwarded": "unknown",
    "rh_learned": D(2020, 11, 20), "rh_user_known": "known", "rh_history_any": "yes",
    "rh_history": (
        Event("demand", D(2023, 10, 10), party="user"),
        Event("suit", D(2024, 9, 1), party="user"),
        Event("judgment_effective", D(2025, 6, 30), D(2025, 7, 10), party="user"),
    ),
}  # fmt: skip


def test_rereview_f5_a_judgment_against_the_user_keeps_the_claim_against_the_platform() -> None:
    # Story 7: judgment against 某减肥公司 only; 某社交平台 jointly liable for the enlarged part.
    session = _rh_case(STORY_7_RH)
    result = session.result()
    assert session.outcome.code == "ISP-C"  # type: ignore[union-attr]
    assert result.summary.zh.startswith("对{party.user}的判决已经生效")
    assert "另行主张" in result.summary.zh
    steps = [s.zh for s in result.next_steps]
    assert any(s.startswith("判决只针对{party.user}") and "诉讼时效内" in s for s in steps)
    # F9: identity already established by the judgment; content long removed.
    assert not any("真实身份" in s or "送达地址" in s for s in steps)
    assert not any("付费删帖" in s for s in steps)
    (platform,) = by_prefix(session, "rh_lim_platform")
    assert platform.deadline.end == D(2028, 6, 30)  # type: ignore[attr-defined]
    # A judgment against both: no separate claim to add.
    both = dict(STORY_7_RH)
    both["rh_history"] = (
        *STORY_7_RH["rh_history"],  # type: ignore[misc]
        Event("suit", D(2024, 9, 1), party="platform"),
    )
    joined = _rh_case(both).result()
    assert not any(s.zh.startswith("判决只针对") for s in joined.next_steps)
    assert joined.summary.zh.startswith("判决已经生效")


def test_rereview_f9_next_steps_fit_what_is_already_known_and_done() -> None:
    # Story 1: the poster known from the start, content removed: no identity check, no warning
    # against paying for a deletion; the address is still to be found.
    story_1 = _rh_case(
        {
            "side": "rights_holder", "rh_status": "removed_platform",
            "rh_removed_date": D(2025, 4, 20), "rh_posted": D(2025, 3, 10),
            "rh_right": "personality", "rh_content": ("fabricated", "insult"),
            "rh_service": "hosting", "rh_knowledge": "no", "rh_notice": "effective",
            "rh_notice_date": D(2025, 3, 15), "measures_timely": "no", "rh_forwarded": "no",
            "rh_learned": D(2025, 3, 12), "rh_user_known": "known", "rh_history_any": "no",
        }
    ).result()  # fmt: skip
    steps = [s.zh for s in story_1.next_steps]
    assert not any("核实{party.user}的真实身份" in s for s in steps)
    assert any("{party.user}的住所或者送达地址" in s for s in steps)
    assert not any("付费删帖" in s for s in steps)
    # Still online: the warning against paid deletion stays.
    online = isp(*ONLINE, *DEFAMATION, "hosting", "no", "effective", D(2026, 11, 1), "no",
                 *NO_HISTORY, rh_posted=D(2026, 10, 1))  # fmt: skip
    assert any("付费删帖" in s.zh for s in online.result().next_steps)


def test_rereview_f10_an_unknown_poster_has_a_twenty_year_outer_limit() -> None:
    # Story 9: anonymous poster, posted 2015-03-15; 民法通则137's twenty years.
    session = _rh_case(
        {
            "side": "rights_holder", "rh_status": "removed_platform",
            "rh_removed_date": D(2016, 5, 10), "rh_posted": D(2015, 3, 15),
            "rh_damage_after": "no", "rh_right": "personality",
            "rh_content": ("fabricated", "private"), "rh_service": "hosting",
            "rh_knowledge": "no", "rh_notice": "effective", "rh_notice_date": D(2015, 6, 1),
            "measures_timely": "no", "rh_forwarded": "yes", "rh_learned": D(2015, 5, 20),
            "rh_user_known": "not_yet", "rh_history_any": "yes",
            "rh_history": (
                Event("demand", D(2016, 12, 1), party="platform"),
                Event("acknowledgement", D(2025, 6, 1), party="platform"),
            ),
        }
    )  # fmt: skip
    (cap,) = by_prefix(session, "rh_long_stop_user")
    assert cap.deadline.end == D(2035, 3, 15)  # type: ignore[attr-defined]
    assert [library().cite(c, "zh") for c in cap.spec.basis] == [  # type: ignore[attr-defined]
        "民法通则第137条",
        "民法典第188条第2款",
    ]
    warning = next(w for w in session.result().warnings if "尚未查明" in w.text.zh)
    assert "二十年" in warning.text.zh


def test_rereview_f7_a_pre_2021_paid_deletion_names_the_2014_article_and_the_continuing_view() -> (
    None
):
    # Story 8: post deleted 2020-11 by a deletion firm commissioned by 某地产公司.
    result = isp(
        side="deleted_poster", del_date=M(2020, 11), del_by="service", del_commissioned="yes",
        del_learned=D(2021, 3, 5), del_history_any="yes",
        del_history=(Event("demand", D(2024, 2, 20), party="principal"),),
    ).result()  # fmt: skip
    old = next(w for w in result.warnings if "法释〔2014〕11号" in w.text.zh)
    assert "第十四条" in old.text.zh and "请律师核对原文" in old.text.zh
    assert "报告没有引用" not in old.text.zh
    scope = next(w for w in result.warnings if "受侵害的是哪一项权利" in w.text.zh)
    assert list(scope.basis) == []
    continuing = next(w for w in result.warnings if "至今仍被删除" in w.text.zh)
    assert [library().cite(c, "zh") for c in continuing.basis] == ["民法典时间效力规定第1条第3款"]


def test_rereview_f8_a_past_takedown_gets_no_restoration_advice() -> None:
    # Probe 11: listing removed 2018-06-15, measure and damage not lasting into 2021.
    session = isp(
        "accused_user", "removed", "ecommerce", D(2018, 6, 15), "no", "other_ip", "no", "yes",
        "yes", D(2018, 6, 20), "no", D(2018, 6, 15), "no",
    )  # fmt: skip
    result = session.result()
    assert result.summary.zh.startswith("删除发生在2021年以前")
    assert "恢复你的内容" not in result.summary.zh
    assert not any("要求恢复" in s.zh for s in result.next_steps)
    assert not any("平台应当恢复" in (f.sublabel.zh if f.sublabel else "") for f in result.findings)
    assert result.findings
    html = html_of(session)
    assert "应当及时终止措施，恢复你的内容" not in html.split("认定与依据")[0]


# --- fifth round (worker walk 4) ----------------------------------------------------------------

STORY_I1 = [
    *CO, "food", ("injury",), D(2026, 8, 10), D(2026, 8, 12), "live", "no", "no", "failed",
    "unknown", "yes",
]  # fmt: skip


def test_walk4_i1_the_licence_findings_do_not_rest_on_the_platforms_knowledge() -> None:
    # Live-stream food: the platform did not check the licence (a fact); whether it knew is
    # unknown. Only the knowledge route (电子商务法38(1), 网络消费规定一16) rests on it.
    result = isp(*STORY_I1).result()
    licence = next(p for p in result.parts if p.node.code == "ISP-F2")
    assert [f.liable.zh for f in licence.findings] == [
        "{party.platform}与{party.seller}",
        "{party.platform}与{party.room_operator}",
    ]
    assert all(f.depends_on == () for f in licence.findings)
    knew = next(p for p in result.parts if p.node.code == "ISP-F")
    (joint,) = knew.findings
    assert joint.depends_on == ("co_platform_knew",)
    (fact,) = result.facts_to_verify
    assert fact.question.id == "co_platform_knew" and fact.findings == (joint,)
    # One step names the platform as a party to claim from, not two.
    steps = [s.zh for s in result.next_steps]
    assert sum("一并列为索赔对象" in s and "{party.platform}" in s for s in steps) == 1


STORY_I3: dict[str, object] = {
    "side": "rights_holder", "rh_status": "online", "rh_posted": D(2015, 6, 10),
    "rh_right": "personality", "rh_content": ("fabricated", "private"), "rh_service": "hosting",
    "rh_knowledge": "no", "rh_notice": "effective", "rh_notice_date": D(2015, 7, 10),
    "rh_forwarded": "unknown", "rh_learned": D(2015, 7, 1), "rh_user_known": "not_yet",
    "rh_history_any": "no",
}  # fmt: skip


def test_walk4_i3b_a_notice_years_old_is_not_offered_as_just_arrived() -> None:
    # Content still online eleven years after the notice: the reasonable time is computed as
    # past, not asked; the platform is jointly liable for the enlarged damage.
    session = _rh_case(STORY_I3)
    asked = [s.node_id for s in session._steps if not s.auto]
    assert "rh_acted_online" not in asked
    result = session.result()
    assert ("{party.platform}与{party.user}", JOINT) in [
        (f.liable.zh, f.label) for f in result.findings
    ]
    assert not any("尚未因通知承担责任" in t for t in texts(result))
    # A recent notice, a month-only one and an unknown one are still asked about.
    for day in (D(2026, 11, 20), M(2026, 11), UNKNOWN):
        recent = _rh_case({**STORY_I3, "rh_notice_date": day, "rh_acted_online": "not_yet"})
        assert "rh_acted_online" in [s.node_id for s in recent._steps]


def test_walk4_i3_the_platforms_period_for_content_still_online_is_not_flatly_expired() -> None:
    # Anonymous poster 2015, content still online: as on the accused user's side, the period
    # counted from knowledge reaches only the earlier damage; stopping is not time-barred.
    session = _rh_case(STORY_I3)
    (platform,) = by_prefix(session, "rh_lim_platform")
    label = platform.spec.label.zh  # type: ignore[attr-defined]
    assert "只及于较早部分的损害" in label and "停止侵害不受诉讼时效限制" in label
    result = session.result()
    contested = next(w for w in result.warnings if "侵权仍在持续" in w.text.zh)
    assert "民法典第995条" in [library().cite(c, "zh") for c in contested.basis]


def test_walk4_i3_the_twenty_years_cite_both_versions_with_a_plain_note() -> None:
    session = _rh_case(STORY_I3)
    (cap,) = by_prefix(session, "rh_long_stop_user")
    assert [library().cite(c, "zh") for c in cap.spec.basis] == [  # type: ignore[attr-defined]
        "民法通则第137条",
        "民法典第188条第2款",
    ]
    note = next(w for w in session.result().warnings if "二十年的最长保护期间" in w.text.zh)
    assert "计算结果相同" in note.text.zh


STORY_LATE_NOTICE: dict[str, object] = {
    "side": "rights_holder", "rh_status": "removed_platform", "rh_removed_date": D(2024, 9, 30),
    "rh_posted": D(2021, 2, 20), "rh_right": "personality", "rh_content": ("fabricated",),
    "rh_service": "hosting", "rh_knowledge": "no", "rh_notice": "effective",
    "rh_notice_date": D(2024, 6, 10), "measures_timely": "no", "rh_forwarded": "no",
    "rh_learned": D(2021, 3, 1), "rh_user_known": "known", "rh_history_any": "no",
}  # fmt: skip


def _start_warning(session: Session) -> object | None:
    return next((w for w in session.result().warnings if "较早、较稳妥的算法" in w.text.zh), None)


def test_fix6_a_late_notice_warns_that_the_platforms_period_may_run_from_it() -> None:
    # Knowledge 2021-03-01, notice 2024-06-10, content removed late: the row against the
    # platform still counts from knowledge (and shows the period as run), but a contested
    # warning says that on another view it runs from the platform's failure to act.
    session = _rh_case(STORY_LATE_NOTICE)
    assert session.outcome.code == "ISP-C"  # type: ignore[union-attr]
    (platform,) = by_prefix(session, "rh_lim_platform")
    assert platform.spec.start == "rh_learned"  # type: ignore[attr-defined]
    assert platform.deadline.end == D(2024, 3, 1)  # type: ignore[attr-defined]
    warning = _start_warning(session)
    assert warning is not None
    assert warning.kind == "contested"  # type: ignore[attr-defined]
    text = warning.text.zh  # type: ignore[attr-defined]
    assert "{date.rh_learned}" in text and "{date.rh_notice_date}" in text
    assert "另一种看法" in text and "已届满" in text and "律师" in text
    cited = [library().cite(c, "zh") for c in warning.basis]  # type: ignore[attr-defined]
    assert "民法典第188条第2款" in cited and "民法典第1195条第2款" in cited
    assert not any("民法总则" in c or "民法通则" in c or "侵权责任法" in c for c in cited)


def test_fix6_a_notice_days_after_knowledge_gets_no_such_warning() -> None:
    soon = {**STORY_LATE_NOTICE, "rh_notice_date": D(2021, 3, 5), "rh_removed_date": D(2021, 6, 1)}
    assert _start_warning(_rh_case(soon)) is None
    # Nor where the notice date is not known, or where no notice was sent.
    assert _start_warning(_rh_case({**STORY_LATE_NOTICE, "rh_notice_date": UNKNOWN})) is None
