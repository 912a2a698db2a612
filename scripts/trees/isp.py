"""Build trees/isp.json — the ISP tree, format 2 (legal-coverage.md §1 incl. §1.5, §7, §0.4,
§0.6–0.8).

    python -m scripts.trees.isp            # write trees/isp.json
    python -m scripts.trees.isp --check    # exit 1 if trees/isp.json differs from the output

The tree is written here, in Python, because four sides share dozens of law-version conditions
(which article applies on which date) that would otherwise be copied by hand; each side has a
module of its own. tests/trees/test_isp.py checks that the committed JSON is this output.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from scripts.share_definitions import share, to_text
from scripts.trees import isp_accused, isp_consumer, isp_deleted, isp_rights_holder, isp_shared
from scripts.trees._dsl import Json, T, all_, ans, cite
from scripts.trees.isp_common import (
    ACC,
    CO,
    DEL,
    ECL,
    LAWS,
    RH,
    judgment_deadlines,
    plain_limitation,
)
from scripts.trees.isp_glossary import GLOSSARY

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "trees" / "isp.json"
VERSION = "2.0.0"
REVIEWED = "2026-12-05"

SIDES = [
    {
        "id": RH,
        "label": T(
            "权利在网上受到侵害的一方（被诽谤、隐私被公开、肖像被盗用、作品被盗版、商标被假冒等）",
            "Whose rights were infringed online (defamed, privacy exposed, portrait misused, work pirated, mark counterfeited …)",
        ),
    },
    {
        "id": ACC,
        "label": T(
            "内容或商品被投诉删除、下架，或者被指控在网上侵权的网络用户（含网店经营者）",
            "A user whose post or listing was removed after a complaint, or who is accused of infringing online (shops included)",
        ),
        "claimed_against": True,
    },
    {
        "id": CO,
        "label": T(
            "通过网络平台、外卖平台或直播间购买商品、接受服务而受到损害的消费者",
            "A consumer harmed by goods or services bought through a platform, a food-delivery app or a live stream",
        ),
    },
    {
        "id": DEL,
        "label": T(
            "发布的信息被他人擅自删除、屏蔽的网络用户（例如有人花钱请删帖公司删帖）",
            "A user whose post was deleted or blocked by others without right (e.g. someone paid a deletion firm)",
        ),
    },
]

PARTIES = [
    {"id": "platform", "label": T("平台", "platform")},
    {"id": "user", "label": T("网络用户", "user")},
    {"id": "claimant", "label": T("对方", "other side")},
    {"id": "seller", "label": T("经营者", "business")},
    {"id": "room_operator", "label": T("直播间运营者", "live-stream room operator")},
    {"id": "deleter", "label": T("删帖者", "deleter")},
    {"id": "principal", "label": T("委托人", "principal")},
]

NOTES = [
    T(
        "2.0版按格式2重写，覆盖legal-coverage.md第1节（含1.5）、第7节的更正以及0.4、0.6—0.8节。四个立场：权利人、被投诉或被指控的网络用户、消费者、信息被擅自删除的发布者；每个结论的文字都按立场书写。",
        "Version 2.0 is a rewrite on format 2 to legal-coverage.md §1 (incl. 1.5), the §7 corrections and §0.4, §0.6–0.8. Four sides: the rights holder, the user taken down or accused, the consumer, the poster whose information was deleted without right; every result text is written for its side.",
    ),
    T(
        "结论编号：规范表1.2的ISP-A至ISP-M之外，新增ISP-N（内容本身不违法，1.5）、ISP-U（权利人一方：发布者自己的责任）、ISP-V（被指控的用户：自己的责任和抗辩）、ISP-S（消费者一方：经营者自己的责任）、ISP-P（消费者一方的汇总）、ISP-F2（平台未审查食品经营许可，食品安全法131(1)）、ISP-I2（直播间运营者按销售者负责，网络消费规定一12(1)）、ISP-L1（擅自删帖者自己的责任）。",
        "Outcome codes: beyond ISP-A to ISP-M of table 1.2 there are ISP-N (the content is not unlawful, 1.5), ISP-U (rights holder: the poster's own liability), ISP-V (accused user: own liability and defences), ISP-S (consumer: the business's own liability), ISP-P (consumer: summary), ISP-F2 (no food-licence check, 食品安全法131(1)), ISP-I2 (room operator liable as seller, 网络消费规定一12(1)), ISP-L1 (the deleter's own liability).",
    ),
    T(
        "多条路线：每条路线在提出其问题后立即记为认定节点（finding），结果按路径顺序列出。原因之一是引擎的规则：选择题答“不清楚”后，之后的所有认定都会被标为取决于该事实；把发布者（ISP-U）、经营者（ISP-S）、删帖者（ISP-L1）的责任记在平台问题之前，它们就不会被平台方面的未知事实误标。",
        "Several routes: each route becomes a finding node right after its question, and the result lists them in path order. One reason is the engine: after a choice answered 'not known', every later finding is marked as depending on it; recording the poster's (ISP-U), the business's (ISP-S) and the deleter's (ISP-L1) own liability before the platform questions keeps them free of the platform's unknown facts.",
    ),
    T(
        "法律版本：每个立场经过一个标记节点（*_law_new / *_law_old），引文和文字用reached条件选择版本。权利人和被指控用户以内容被删除的日期为准（仍在网上的为持续至民法典施行后，时间效力规定1(3)；2021年以前删除的再问损害是否在以后出现，第24条）；消费者以损害发生日为准；擅自删帖以删除日为准。这些日期只允许填到月份、不允许“不清楚”：月份不会跨越2021年1月1日，因而不会使之后的认定都依赖于它。电子商务法以删除日或购买日是否在2019年以后为准（第89条没有过渡条款，作者的判断）。",
        "Law versions: each side passes a marker node (*_law_new / *_law_old), and citations and texts choose the version with reached-conditions. Rights holder and accused user: the removal date (still online = continuing past the Civil Code, time-effect provisions 1(3); removed before 2021 → was the damage later, art. 24); consumer: the day of harm; deletion: the day of deletion. These dates allow a month but not 'unknown': a month never straddles 2021-01-01, so no later finding comes to depend on them. The E-Commerce Law applies by removal or purchase from 2019 (art. 89 has no transition rule; the authors' judgement).",
    ),
    T(
        "2021年以前的事实：网络人身权益规定、信息网络传播权规定只有2020年修正文本可引，附录印出的是该文本；旧事实的路径上显示提示，说明当时的文本可能不同。食品安全法只有2025年修正文本；第131条、第148条的序号据作者所知自2015年修订以来未变，但无法在参考文本中核对，报告对2025年12月1日以前的购买显示核对提示。",
        "Facts before 2021: only the 2020 amended texts of the SPC provisions on online personal rights and on network dissemination can be cited, and the appendix prints them; old-fact paths show a warning that the texts then in force may differ. The Food Safety Law is available only as amended in 2025; to the authors' knowledge arts. 131 and 148 have kept their numbers since the 2015 revision, which the reference texts cannot confirm, so purchases before 2025-12-01 get a warning to check.",
    ),
    T(
        "诉讼时效：知道之日在2017年10月1日以后的三年（民法典188/民法总则188，由日期选择），以前的两年（民法通则135），消费者人身伤害一年（民法通则136(1)）。起诉后不会显示届满；判决生效后显示申请执行期间（民事诉讼法250），一审判决送达而未生效时显示上诉期（171(1)）。产品缺陷另列产品质量法45(1)的两年，作为争议点。",
        "Limitation: three years from knowledge on or after 2017-10-01 (民法典188 / 民法总则188, chosen by date), two years before that (民法通则135), one year for a consumer's bodily injury (民法通则136(1)). A claim in court is never shown as run; after an effective judgment the enforcement period shows (民事诉讼法250), after a first-instance judgment served but not effective the appeal period (171(1)). Product defects also get the two years of 产品质量法45(1), marked contested.",
    ),
    T(
        "引擎的限制：期限的joint_parties会把对另一连带债务人的生效判决当作本债务的“已判决”。因此只有在没有记录对另一方的生效判决时才使用joint_parties（诉讼时效规定15(2)）；否则只计算针对该方本身的事件，并显示提示。消费者和擅自删帖的期限一律只计算各方本身的事件，并在连带路线上提示。",
        "Engine limitation: a deadline's joint_parties treat an effective judgment against the other joint debtor as deciding this debt too. So joint_parties are used only while no effective judgment against the other party is recorded (诉讼时效规定15(2)); otherwise only the party's own events count and a warning says so. Consumer and deletion deadlines count only each party's own events, with a warning on joint routes.",
    ),
    T(
        "不计算的期限：“及时”“合理期限”“损害的扩大部分”没有法定天数，由经办人按法院考虑的因素判断（问题的帮助里列出）；只计算电子商务平台的十五日（电子商务法43(2)），网络知产批复第3条的20个工作日只作为原文提示。",
        "Not computed: 'in time', 'reasonable period' and 'enlarged damage' have no statutory days and are judged by the worker on the factors courts weigh (listed in the questions' help); only the e-commerce 15 days (电子商务法43(2)) are computed, and the 20 working days of the SPC online-IP reply item 3 are shown as quoted text.",
    ),
    T(
        "作为提示而未决定的争议点：电子商务法38(2)“相应的责任”的性质；消费者权益保护法44(1)是否属于不真正连带责任；错误通知责任是否以过错为要件（知识产权案件可依网络知产批复第5条主张善意免责）；产品缺陷的二年或三年时效；条例17“立即恢复”与民法典1196(2)、网络知产批复第3条的关系；投诉人在十五日后才告知起诉时平台是否仍须恢复；网络人身权益规定10(2)在人身权益纠纷之外的适用；网络消费规定一对2022年3月15日以前购买的适用；2021年以前一般平台的不侵权声明（时间效力规定第3条）。",
        "Contested points shown as warnings, not decided: the nature of 'corresponding liability' in 电子商务法38(2); whether 消费者权益保护法44(1) is non-genuine joint liability; whether liability for a wrong notice requires fault (IP complainants may plead good faith, SPC online-IP reply item 5); two or three years for product defects; 条例17 'at once' against 民法典1196(2) and the reply's item 3; whether a platform must still restore after a notice of suit given after the 15 days; 网络人身权益规定10(2) outside personal-rights disputes; the online-consumption provisions (I) for purchases before 2022-03-15; declarations on general platforms before 2021 (time-effect provisions art. 3).",
    ),
    T(
        "与规范的出入：规范1.2把网络人身权益规定第5条列为ISP-A的辅助依据；该条讲的是被删除内容的用户向平台主张责任、平台以有效通知抗辩，本树只在被指控用户一方的ISP-A中引用它。规范1.1第10项写食品安全法131[未核实]，该法现已在参考文本中，直接引用。服务不适用产品责任（1.5），医疗机构的诊疗损害引用民法典1218/侵权责任法54。",
        "Departures from the specification: §1.2 lists 网络人身权益规定 art. 5 as supporting ISP-A; that article concerns a removed user's claim against the platform and the platform's defence of an effective notice, so it is cited only in the accused user's ISP-A. §1.1 item 10 marks 食品安全法131 [unverified]; the law is now in the reference texts and is cited directly. Services take no product liability (1.5); treatment by a medical institution cites 民法典1218 / 侵权责任法54.",
    ),
]

DESCRIPTION = T(
    "评估网络平台纠纷中各方的责任：平台（论坛、社交媒体、视频网站、搜索引擎、接入服务、电商平台、外卖平台、直播平台）是否与侵权的用户或经营者承担连带责任、相应的责任或先行赔偿的责任；内容本身是否违法；被投诉删除的用户能否恢复、能否向错误投诉人索赔（恶意的加倍）；消费者可以向谁索赔；擅自删帖的责任。四个立场分别给出结论、抗辩、期限和下一步，期限按案件经过（催告、起诉、判决）计算，并按2019年和2021年两个分界日适用当时的法律。",
    "Assesses who answers for what in online platform disputes: whether a platform (forum, social media, video site, search engine, access provider, e-commerce, food-delivery or live-stream platform) is jointly liable with an infringing user or business, bears corresponding liability, or must pay first; whether the content is unlawful at all; whether a user taken down can be restored and claim from a wrong complainant (double if malicious); whom a consumer can claim from; and liability for deletions without right. Results, defences, deadlines and next steps are written for each of four sides; deadlines follow the case's history (demands, suits, judgments), and the law in force is chosen by two switch dates, 2019 and 2021.",
)


def definitions() -> Json:
    return {
        "deadlines": {
            "counter_notice": {
                "id": "counter_notice",
                "kind": "counter_notice",
                "label": T(
                    "投诉人告知平台已投诉或起诉的期限（声明到达后十五日）",
                    "Time for the complainant to give notice of a complaint or suit (15 days from the declaration's arrival)",
                ),
                "from": "acc_decl_date",
                "add": {"days": 15},
                "basis": [cite(ECL, 43, 2)],
                "when": all_(ans("acc_declared", "yes"), isp_accused.EC),
            },
            "rh_lim_plain": plain_limitation("rh", "rh_learned"),
            "co_lim_plain": plain_limitation("co", "co_harm_date"),
            "del_lim_plain": plain_limitation("del", "del_learned"),
            **{
                f"{prefix}_enf": {
                    k: v for k, v in judgment_deadlines(history)[1].items() if k != "when"
                }
                for prefix, history in (
                    ("rh", "rh_history"),
                    ("co", "co_history"),
                    ("del", "del_history"),
                )
            },
        }
    }


def side_node() -> Json:
    return {
        "id": "side",
        "type": "side",
        "text": T("当事人在这件事中是哪一方？", "Which side is the client on?"),
        "help": {
            "why": T(
                "报告按当事人的立场书写：被侵权的一方看到的是可以向谁索赔、怎样保全证据；被投诉或被指控的一方看到的是抗辩、恢复内容和向错误投诉人索赔；消费者看到的是可以向经营者、平台和主播中的谁索赔。",
                "The report is written for the client's side: the injured party learns whom to claim from and how to keep evidence; the user complained of or accused learns the defences, how to get the content restored and how to claim from a wrong complainant; the consumer learns which of the business, the platform and the streamer to claim from.",
            ),
            "examples": [
                T(
                    "有人在微博上发帖称当事人“诈骗”，平台不删——第一项。",
                    "Someone posts on Weibo that the client is a fraud and the platform will not remove it — the first.",
                ),
                T(
                    "当事人的网店商品因“商标侵权”投诉被下架——第二项。",
                    "The client's listing was taken down after a trade-mark complaint — the second.",
                ),
                T(
                    "当事人在直播间买的电暖器起火烧伤了人——第三项。",
                    "A heater bought in a live stream caught fire and burnt the client — the third.",
                ),
                T(
                    "当事人的投诉帖被一家“删帖公司”受雇删掉——第四项。",
                    "The client's complaint post was removed by a paid deletion firm — the fourth.",
                ),
            ],
            "glossary": ["network_service_provider", "joint_several"],
        },
        "choices": [
            {"side": RH, "next": "rh_status"},
            {"side": ACC, "next": "acc_situation"},
            {"side": CO, "next": "co_what"},
            {"side": DEL, "next": "del_date"},
        ],
    }


def build() -> Json:
    nodes = [
        side_node(),
        *isp_rights_holder.nodes(),
        *isp_rights_holder.outcomes(),
        *isp_accused.nodes(),
        isp_accused.outcome_k(),
        isp_accused.outcome_v(),
        isp_shared.outcome_a(),
        isp_shared.outcome_n(),
        *isp_consumer.nodes(),
        isp_consumer.outcome_p(),
        isp_consumer.outcome_i(),
        *isp_deleted.nodes(),
    ]
    return {
        "$schema": "./tree.schema.json",
        "format_version": 2,
        "id": "isp",
        "version": VERSION,
        "domain": "isp",
        "title": T(
            "网络平台纠纷：平台、发布者、经营者和投诉人的责任",
            "Online platform disputes: liability of platforms, posters, businesses and complainants",
        ),
        "description": DESCRIPTION,
        "last_legal_review": REVIEWED,
        "laws": LAWS,
        "notes": NOTES,
        "sides": SIDES,
        "parties": PARTIES,
        "glossary": GLOSSARY,
        "definitions": definitions(),
        "start": "side",
        "nodes": nodes,
    }


def render() -> str:
    """The tree file's text: shared entries moved to ``definitions``, laid out for people."""
    raw: dict[str, Any] = json.loads(json.dumps(build(), ensure_ascii=False))
    return to_text(share(raw)) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        same = TARGET.read_text(encoding="utf-8") == text
        if not same:
            sys.stderr.write(f"{TARGET} differs from the generator's output\n")
        return 0 if same else 1
    TARGET.write_text(text, encoding="utf-8")
    sys.stdout.write(f"{TARGET}: {len(text.encode()) / 1e3:.0f} kB\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
