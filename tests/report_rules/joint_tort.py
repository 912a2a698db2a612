"""Report rules for the joint tort tree: texts the answers exclude."""

from __future__ import annotations

import re

from tests.report_rules import (
    Rule,
    always,
    answered,
    event_recorded,
    new_law_case,
    not_,
)


def both(*checks):  # type: ignore[no-untyped-def]
    return lambda session: all(check(session) for check in checks)


RULES: list[Rule] = [
    Rule(
        "no old law in a Civil Code case",
        new_law_case,
        # The 2003 rules on joint torts (人身损害赔偿解释3–5) are gone since its 2020 revision;
        # its article 2 (suing some joint tortfeasors, waiving against one) is still in force.
        re.compile(r"民法通则|侵权责任法|人身损害赔偿[^。]{0,30}解释第[3-5三四五]条"),
    ),
    Rule(
        "no advice to sue or enforce for a client claimed against or who paid",
        not_(answered("side", "injured")),
        re.compile(r"向人民法院起诉|你可以请求|可以申请执行任何一个"),
    ),
    Rule(
        "no defence to the injured side",
        answered("side", "injured"),
        re.compile(r"你可以以此拒绝赔偿|可以拒绝赔偿；这一抗辩|须在一审期间提出"),
    ),
    Rule(
        "no suit advice after a judgment",
        event_recorded("history", "judgment_effective"),
        re.compile(r"向人民法院起诉|一并起诉|起诉全部|起诉已经查明"),
    ),
    Rule(
        "no enforcement advice without a judgment",
        lambda session: (
            not (
                event_recorded("history", "judgment_effective")(session)
                or event_recorded("recourse_history", "judgment_effective")(session)
            )
        ),
        re.compile(r"在申请执行期间内|判决确定的义务应当履行|按生效判决履行"),
    ),
    Rule(
        "no enforcement of a recourse judgment without one",
        not_(event_recorded("recourse_history", "judgment_effective")),
        re.compile(r"追偿判决"),
    ),
    Rule(
        "no advice for a pending suit without one",
        not_(event_recorded("history", "suit")),
        re.compile(r"(?<!追偿)诉讼正在进行|已经被起诉的"),
    ),
    Rule(
        "no advice for a pending recourse suit without one",
        not_(event_recorded("recourse_history", "suit")),
        re.compile(r"追偿诉讼正在进行"),
    ),
    Rule(
        "no ancillary civil action outside a pending criminal case",
        not_(answered("criminal", "pending")),
        re.compile(r"附带民事诉讼"),
    ),
    Rule(
        "no death texts without a death",
        not_(answered("harm", "death")),
        re.compile(r"近亲属请求赔偿|死亡证明|丧葬费票据"),
    ),
    Rule(
        "no property-only evidence where there was an injury",
        not_(answered("harm", "property")),
        re.compile(r"财产损失的证明：购买凭证"),
    ),
    Rule("no amount that was never asked", always, re.compile(r"（未询问）|\(not asked\)")),
    Rule(
        "no recourse claim against the others for the identified tortfeasor",
        answered("identified_who", "client"),
        re.compile(r"可以就超过自己份额的部分向其他连带责任人追偿"),
    ),
    Rule(
        "police matters are dates of their own, never events to record",
        always,
        re.compile(r"报警或者控告——|记为“与提起诉讼具有同等效力的行为”，日期为报案之日"),
    ),
    Rule("no manual check of the 2017 transition", always, re.compile(r"人工复核|人工核算")),
    Rule(
        "no 'the whole loss' for a victim who was at fault",
        answered("victim_fault", "yes"),
        re.compile(r"赔偿全部损失"),
    ),
    Rule(
        "no 'not written in the law' for mixed pollution",
        both(answered("environment", "yes"), answered("sufficiency", "mixed")),
        re.compile(r"法律对此没有明文规定"),
    ),
    Rule(
        "no 'sue only those who can pay' where only the sufficient actor answers for the whole",
        answered("sufficiency", "mixed"),
        re.compile(r"有赔偿能力的人"),
    ),
    Rule(
        "no IOU caution once a suit was brought or an IOU recorded",
        lambda session: (
            event_recorded("history", "suit", "judgment_served", "judgment_effective")(session)
            or event_recorded("history", "acknowledgement")(session)
        ),
        re.compile(r"不要急于签字"),
    ),
    Rule(
        "no first-instance defence advice after the first-instance judgment was served",
        event_recorded("history", "judgment_served"),
        re.compile(r"须在一审期间提出，法院不会主动审查"),
    ),
    Rule(
        "no bodily-injury defences or evidence in a property-only case",
        answered("harm", "property"),
        re.compile(r"伤残等级、误工时间|就医记录"),
    ),
    Rule(
        "no guardian's recourse against an instigator whose guardian did his duty",
        both(answered("role_limited", "instigator"), answered("guardian_duty", "fulfilled")),
        re.compile(r"可以就超过(?:自己|其)相应责任的部分向"),
    ),
    Rule(
        "no deceased named as the one the finding is owed to",
        answered("harm", "death"),
        re.compile(r"^被侵权人（[^）]*）$"),
    ),
    Rule(
        "no joint-debtor wording where the instigator and the guardian are not jointly liable",
        answered("capacity", "limited"),
        re.compile(r"其他连带责任人，判决不能申请执行"),
    ),
    Rule(
        "no 'sue the others not named' once the judgment names everyone liable",
        answered("judged_all", "yes"),
        re.compile(r"另行起诉"),
    ),
    Rule(
        "no evidence of the injured person's fault asked for when he had none",
        answered("victim_fault", "no"),
        re.compile(r"以及受害人过错的证据"),
    ),
    Rule(
        "no police records asked for where nothing was reported",
        answered("criminal", "none"),
        re.compile(r"调取报警记录"),
    ),
    Rule(
        "no instigator's limitation shown to the guardian claimed against",
        both(answered("side", "claimed"), answered("role_limited", "guardian")),
        re.compile(r"受害方对教唆人、帮助人请求赔偿的诉讼时效|对教唆人、帮助人申请强制执行的期间"),
    ),
    Rule(
        "no guardian's limitation shown to the instigator claimed against",
        both(answered("side", "claimed"), answered("role_limited", "instigator")),
        re.compile(r"受害方对监护人请求赔偿的诉讼时效|对监护人申请强制执行的期间"),
    ),
]
