"""Report rules for the ISP tree: texts the answers exclude."""

from __future__ import annotations

import re

from tests.report_rules import (
    Rule,
    answered,
    either,
    event_recorded,
    neither,
    reached,
)
from wizard.engine import Session

_ISP_HISTORIES = ("rh_history", "acc_history", "co_history", "del_history")


def _served_not_effective(session: Session) -> bool:
    """A first-instance judgment was served and none has taken effect."""
    for history in _ISP_HISTORIES:
        events = session.answers.get(history)
        kinds = {getattr(e, "kind", "") for e in events} if isinstance(events, tuple) else set()
        if "judgment_served" in kinds and "judgment_effective" not in kinds:
            return True
    return False


def _product_period_run(session: Session) -> bool:
    """产品质量法45(1)'s two years have run at the consultation date."""
    if not session.is_finished:
        return False
    return any(
        d.spec.id.startswith("co_pq45") and d.deadline.status == "passed"
        for d in session.result().deadlines
    )


def _judged_user_only(session: Session) -> bool:
    """The rights holder's judgment took effect against the user, and the platform was neither
    sued nor judged: the platform's joint liability is a claim still to be made."""
    events = session.answers.get("rh_history")
    if not isinstance(events, tuple):
        return False
    parties = {(getattr(e, "kind", ""), getattr(e, "party", "")) for e in events}
    platform_in_court = any(
        kind in ("suit", "judgment_served", "judgment_effective") and party == "platform"
        for kind, party in parties
    )
    return ("judgment_effective", "user") in parties and not platform_in_court


def _judgment_ends_the_claims(session: Session) -> bool:
    return not _judged_user_only(session) and any(
        event_recorded(h, "judgment_effective")(session) for h in _ISP_HISTORIES
    )


RULES: list[Rule] = [
    Rule(
        "no joining of parties or first-instance evidence once a judgment was served",
        _served_not_effective,
        re.compile(
            r"申请追加|可以向法院申请将其列为|在举证期限内|诉讼已在进行|The suit is under way"
        ),
    ),
    Rule(
        "no 'act within the two years' once they have run",
        _product_period_run,
        re.compile(r"按二年的期限行事|act within the two years"),
    ),
    Rule(
        "no deadline that leaves out interruptions against a joint debtor",
        lambda _session: True,
        re.compile(
            r"只计算针对各方本身的事件|只计算了针对其本身的事件|counts only the events against each"
        ),
    ),
    Rule(
        "no 'the platform is not liable' for the user taken down or accused",
        answered("side", "accused_user"),
        re.compile(r"平台不承担责任|The platform is not liable"),
    ),
    Rule(
        "no flat 'time-barred' advice while the content is still online",
        answered("rh_status", "online"),
        re.compile(r"对方可以拒绝赔偿|the other side may refuse to pay"),
    ),
    Rule(
        "no apology or removal of effects in an IP claim",
        either(
            answered("rh_right", "copyright", "other_ip"),
            answered("acc_right", "copyright", "other_ip"),
        ),
        re.compile(r"赔礼道歉|消除影响|apolog|remov(?:e|ing) the effects"),
    ),
    Rule(
        "no plaintiff joining a party under the defendant's right (网络人身权益规定2(2)(3))",
        answered("side", "rights_holder", "consumer", "deleted_poster"),
        re.compile(r"网络人身权益规定第2条|provisions art\. 2\b"),
    ),
    Rule(
        "no takedown or injunction request once the content was removed",
        answered("rh_status", "removed_platform", "removed_user", "removed_unclear"),
        re.compile(
            r"发出通知，要求删除|提交书面通知，要求删除|立即处理已经发出的通知|申请责令|迅速采取删除"
            r"|Notify the .* to remove|notice at once to remove|act on the notice already sent"
            r"|order the .* to stop|take the content down quickly"
        ),
    ),
    Rule(
        "no advice to sue after a judgment took effect",
        _judgment_ends_the_claims,
        re.compile(
            r"(索赔|催告).{0,50}或者起诉|可以一并起诉|Before limitation ends"
            r"|in writing .{0,80}or sue|\bSue the"
        ),
    ),
    Rule(
        "no advice to claim before limitation ends once it has run",
        reached("rh_barred", "co_barred", "del_barred"),
        re.compile(r"在诉讼时效届满前|Before limitation ends"),
    ),
    Rule(
        "no claimant's advice to the accused user",
        answered("side", "accused_user"),
        re.compile(
            r"起诉网络用户|向网络用户.{0,10}(索赔|主张赔偿)"
            r"|sue the user|claim .{0,20}from the user"
        ),
    ),
    Rule(
        "no product rules for a service",
        answered("co_what", "service", "medical"),
        re.compile(
            r"产品质量法|第1203条|产品缺陷|Product Quality Law|defective product|art\. 1203"
        ),
    ),
    Rule(
        "no food rules where no food was bought",
        either(
            answered("co_what", "goods", "service", "medical"),
            answered("side", "rights_holder", "accused_user", "deleted_poster"),
        ),
        re.compile(r"食品安全法|十倍|ten times|Food Safety"),
    ),
    Rule(
        "no medical evidence in an IP case",
        answered("rh_right", "copyright", "other_ip"),
        re.compile(r"医疗费|病历|诊断证明|心理咨询|[Mm]edical bills|diagnos|counselling"),
    ),
    Rule(
        "no medical evidence for a consumer without bodily injury",
        neither(answered("co_harm", "injury"), answered("side", "rights_holder")),
        re.compile(r"医疗费|病历|诊断证明|[Mm]edical bills|diagnos"),
    ),
    Rule(
        "no copyright notice formalities in a personality-rights case",
        either(answered("rh_right", "personality"), answered("acc_right", "personality")),
        re.compile(
            r"作品名称和网址|作品的名称和网址|书面说明|信息网络传播权保护条例|条例第\d+条"
            r"|title and address of the work|written explanation|Regulations,? art"
        ),
    ),
    Rule(
        "no search or link rules for a hosting service",
        answered("rh_service", "hosting"),
        re.compile(r"链接服务|搜索或者链接|第23条|link service|provides links|art\. 23"),
    ),
    Rule(
        "no fifteen-day period outside e-commerce",
        neither(
            answered("acc_platform", "ecommerce"),
            answered("side", "rights_holder", "consumer", "deleted_poster"),
        ),
        re.compile(r"十五日期限|十五日内|15日|the 15 days|within 15 days"),
    ),
    Rule(
        "no doubled damages outside e-commerce",
        neither(
            answered("acc_platform", "ecommerce"),
            answered("side", "rights_holder", "consumer", "deleted_poster"),
        ),
        re.compile(r"加倍|double|twice"),
    ),
    Rule(
        "no old-law article in a case under the Civil Code",
        reached("rh_law_new", "acc_law_new", "co_law_new", "del_law_new"),
        re.compile(r"侵权责任法第|民法通则第|民法总则第|Tort Liability Law art|General Principles"),
    ),
    Rule(
        "no Civil Code article the old law did not have, in a case before it",
        reached("rh_law_old", "acc_law_old", "co_law_old", "del_law_old"),
        re.compile(
            r"民法典第(?:997|1000|1025|1195|178|192|193)条"
            r"|Civil Code arts?\. (?:997|1000|1025|1195|178|192|193)\b"
        ),
    ),
    Rule(
        "no recourse against the platform for the accused infringer",
        answered("side", "accused_user"),
        re.compile(r"可以向平台追偿|recover from it what you pay beyond your share"),
    ),
    Rule(
        "no warning against paid deletion once the content is gone",
        answered("rh_status", "removed_platform", "removed_user", "removed_unclear"),
        re.compile(r"约定付费删帖|pay the poster or the platform for a deletion"),
    ),
    Rule(
        "no identity check of a poster the client already knows",
        answered("rh_user_known", "known", "later"),
        re.compile(r"核实[^。]{0,20}的真实身份|Establish who the"),
    ),
    Rule(
        "no enforcement-only conclusion while the platform's joint part is unclaimed",
        _judged_user_only,
        re.compile(r"^判决已经生效：按判决申请强制执行（见期限）。$"),
    ),
]
