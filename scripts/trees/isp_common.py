"""Shared pieces of the ISP tree: laws, law-version markers, deadlines, recurring texts."""

from __future__ import annotations

from scripts.trees._dsl import (
    Json,
    T,
    all_,
    ans,
    any_,
    before,
    cite,
    event,
    not_,
    note,
    on_or_after,
    reached,
    unknown,
    warn,
)

# --- the laws (slugs of resources/statutes) -----------------------------------------------
CC = "civil_code"
TLL = "tort_liability_law_2009"
GPCL = "general_principles_civil_law_1986"
GPRO = "general_provisions_civil_law_2017"
TE = "spc_civil_code_time_effect"
ECL = "ecommerce_law"
CPL = "consumer_protection_law"
PQL = "product_quality_law"
FSL = "food_safety_law"
REG = "network_dissemination_regulations"
NDI = "spc_network_dissemination"
NPR = "spc_network_personal_rights"
IPR = "spc_network_ip_reply_2020"
OC1 = "spc_online_consumption_1"
LIM = "spc_limitation_provisions"
CPROC = "civil_procedure_law"
CPI = "spc_civil_procedure_interpretation"

LAWS = [CC, TLL, GPCL, GPRO, TE, ECL, CPL, PQL, FSL, REG, NDI, NPR, IPR, OC1, LIM, CPROC, CPI]

# --- sides ----------------------------------------------------------------------------------
RH = "rights_holder"
ACC = "accused_user"
CO = "consumer"
DEL = "deleted_poster"

# --- law versions: each side passes one marker node (see the law branches) -----------------
MARKERS = {
    RH: ("rh_law_new", "rh_law_old"),
    ACC: ("acc_law_new", "acc_law_old"),
    CO: ("co_law_new", "co_law_old"),
    DEL: ("del_law_new", "del_law_old"),
}


def new_law(*sides: str) -> Json:
    """The Civil Code governs (facts after 2021, continuing into 2021, or damage after)."""
    return any_(*(reached(MARKERS[s][0]) for s in sides))


def old_law(*sides: str) -> Json:
    """The law before the Civil Code governs (侵权责任法, 民法通则/民法总则)."""
    return any_(*(reached(MARKERS[s][1]) for s in sides))


# --- recurring texts ------------------------------------------------------------------------


def joint_recourse(sides: tuple[str, ...], who: str, side: object = "any") -> list[Json]:
    """民法典178 / 侵权责任法13–14: how joint liability works, in the version that applies."""
    return [
        note(
            f"{who}承担连带责任：你可以请求其中一方或者几方承担全部责任；各方的责任份额根据各自责任大小确定，难以确定的平均承担；实际承担超过自己份额的一方，可以向其他连带责任人追偿（民法典第178条）。",
            f"{_en_who(who)} are jointly and severally liable: you may claim the whole from any one or several of them; their shares follow their responsibility, equal if it cannot be told; whoever pays more than his share may recover the excess from the others (Civil Code art. 178).",
            side,
            new_law(*sides),
        ),
        note(
            f"{who}承担连带责任：你可以请求其中一方或者几方承担责任；各方根据各自责任大小确定赔偿数额，难以确定的平均承担；支付超出自己赔偿数额的一方，可以向其他连带责任人追偿（侵权责任法第13条、第14条）。",
            f"{_en_who(who)} are jointly and severally liable: you may claim from any one or several of them; their shares follow their responsibility, equal if it cannot be told; whoever pays more than his share may recover the excess from the others (Tort Liability Law arts. 13, 14).",
            side,
            old_law(*sides),
        ),
    ]


_EN_WHO = {
    "{party.platform}与{party.user}": "The {party.platform} and the {party.user}",
    "{party.platform}与{party.seller}": "The {party.platform} and the {party.seller}",
    "{party.room_operator}与{party.seller}": "The {party.room_operator} and the {party.seller}",
    "{party.principal}与{party.deleter}": "The {party.principal} and the {party.deleter}",
    "{party.principal}与{party.platform}": "The {party.principal} and the {party.platform}",
    "{party.platform}与{party.room_operator}": "The {party.platform} and the {party.room_operator}",
}


def _en_who(who: str) -> str:
    return _EN_WHO[who]


def mechanics_citations(*sides: str) -> list[Json]:
    """The articles of joint liability's mechanics, in the version that applies (§0.5)."""
    return [
        cite(CC, 178, 1, when=new_law(*sides)),
        cite(CC, 178, 2, when=new_law(*sides)),
        cite(TLL, 13, when=old_law(*sides)),
        cite(TLL, 14, 1, when=old_law(*sides)),
        cite(TLL, 14, 2, when=old_law(*sides)),
    ]


def old_spc_text_warning(*sides: str, when: Json | None = None) -> Json:
    """Facts before 2021, an SPC text cited in its 2020 amended version."""
    return warn(
        "caution",
        "本案事实发生在2021年以前。报告引用并在附录中印出的是最高人民法院有关司法解释2020年修正后的文本；当时适用的是修正前的文本，条文序号和措辞可能不同，起诉或答辩前请核对当时有效的文本。",
        "The facts are from before 2021. The report cites, and its appendix prints, the Supreme People's Court interpretations as amended in 2020; the versions in force at the time of the facts may number and word the rules differently. Check those versions before suing or answering.",
        when=all_(old_law(*sides), when),
    )


# --- has the claim run out? --------------------------------------------------------------------
#
# Without history: a named limitation read directly in the texts' conditions (no branch, so
# that a month-only start whose end straddles the consultation date marks no finding as
# depending on it). With history: a branch after the events question, reading a named
# limitation that takes every recorded event (against anyone) as its own — the latest any
# period of the case can run; markers ``<prefix>_barred`` / ``<prefix>_maybe_barred``.


def barred_name(prefix: str) -> str:
    return f"{prefix}_lim_plain"


def history_barred_name(prefix: str) -> str:
    return f"{prefix}_lim_hist"


def plain_limitation(prefix: str, start: str) -> Json:
    """A named three-year limitation from ``start`` without events, for the checks below: when
    the client recorded no demand, acknowledgement or suit, it is the claim's limitation (a
    民法通则 period of one or two years still running on 2017-10-01 became three years; one
    that had ended before then ended earlier still)."""
    return {
        "id": barred_name(prefix),
        "kind": "limitation",
        "label": T("诉讼时效", "Limitation"),
        "from": start,
        "add": {"years": 3},
        "basis": [cite(CC, 188, 1)],
    }


def history_limitation(prefix: str, start: str, history: str) -> Json:
    """The same with every recorded event, against whomever, taken as its own."""
    return {
        "id": history_barred_name(prefix),
        "kind": "limitation",
        "label": T("诉讼时效", "Limitation"),
        "from": start,
        "add": {"years": 3},
        "basis": [cite(CC, 188, 1)],
        "events": {"from": history},
    }


def barred_nodes(prefix: str, side: str, next_: str) -> list[Json]:
    """A branch after the case's history: has every limitation of the claim passed at the
    consultation date (or may it have)?"""
    from scripts.trees._dsl import branch, passed, passing, rule, undetermined

    name = history_barred_name(prefix)
    return [
        branch(
            f"{prefix}_barred_branch",
            [
                rule(
                    passed(name),
                    f"{prefix}_barred",
                    T(
                        "依记录的事件计算，诉讼时效已经届满。",
                        "Counting the events recorded, limitation has run.",
                    ),
                ),
                rule(undetermined(passed(name)), f"{prefix}_maybe_barred"),
            ],
            rule(None, next_),
        ),
        passing(f"{prefix}_barred", side, next_),
        passing(f"{prefix}_maybe_barred", side, next_),
    ]


def barred(prefix: str) -> Json:
    """The claim's limitation has run (without history: the plain period; with: the branch)."""
    from scripts.trees._dsl import passed

    return any_(
        reached(f"{prefix}_barred"),
        all_(ans(f"{prefix}_history_any", "no"), passed(barred_name(prefix))),
    )


def maybe_barred(prefix: str) -> Json:
    """A month-only start whose range of end dates straddles the consultation date."""
    from scripts.trees._dsl import passed, undetermined

    return any_(
        reached(f"{prefix}_maybe_barred"),
        all_(ans(f"{prefix}_history_any", "no"), undetermined(passed(barred_name(prefix)))),
    )


def claim_steps(
    prefix: str,
    history: str,
    who: str,
    who_en: str,
    when: Json | None = None,
    continuing: Json | None = None,
    later_start: Json | None = None,
) -> list[Json]:
    """The claimant's next step: claim before limitation ends — or, if it may have run or has
    run, what then; ``continuing``: the infringement still goes on (content online);
    ``later_start``: some period of the case starts later than the date the checks count from
    (then a run-out count does not make the whole claim run out; one that may have run still
    calls for action at once)."""
    run = all_(barred(prefix), not_(later_start)) if later_start else barred(prefix)
    maybe = maybe_barred(prefix)
    steps = [
        note(
            f"在诉讼时效届满前向{who}书面索赔（保存送达凭证，索赔到达即中断诉讼时效）或者起诉。",
            f"Before limitation ends, claim from {who_en} in writing (keep proof of delivery; a demand that arrives interrupts limitation) or sue.",
            when=all_(
                when,
                no_judgment(history),
                not_(barred(prefix)),
                not_(maybe),
            ),
        ),
        note(
            f"诉讼时效的最后一日可能已经过去（见期限：只知道月份，最早的可能届满日已过）。请立即向{who}书面索赔（保存送达凭证）或者起诉，并查清知道受到损害及责任人的确切日期；法院不会主动适用诉讼时效，须由对方提出。",
            f"The last day of limitation may already be past (see the deadlines: with only a month known, the earliest possible end has passed). Claim from {who_en} in writing at once (keep proof of delivery) or sue, and establish the exact day you knew of the harm and who was liable; the court does not apply limitation of its own motion — the other side must raise it.",
            when=all_(when, no_judgment(history), maybe),
        ),
    ]
    if later_start is not None:
        steps.append(
            note(
                "从你知道受到损害之日起算的诉讼时效，依报告的计算已经届满（见期限）；对发布者的诉讼时效从你知道或者应当知道其身份之日起计算（见期限和注意事项），尚未届满的，及时向其书面索赔（保存送达凭证）或者起诉。法院不会主动适用诉讼时效，须由对方提出。",
                "Limitation counted from when you knew of the harm has run by the report's count (see the deadlines); against the poster it runs from when you knew or should have known who he is (see the deadlines and the warnings) — while it runs, claim from him in writing (keep proof of delivery) or sue. The court does not apply limitation of its own motion; the other side must raise it.",
                when=all_(when, no_judgment(history), barred(prefix), later_start),
            )
        )
    if continuing is not None:
        steps.append(
            note(
                f"依报告从知道侵权之日起的计算，赔偿请求的诉讼时效已经届满（见期限）；但侵权仍在持续，诉讼时效从何时起算有不同看法，较近期间的损害仍可能在诉讼时效之内。请立即向{who}书面索赔或者起诉；请求删除、停止侵害不受诉讼时效的限制；法院不会主动适用诉讼时效，须由对方提出，对方同意履行后不得再以时效抗辩。",
                f"Counting from when you knew of the infringement, limitation for damages has run (see the deadlines); but the infringement goes on, when limitation starts is debated, and the damage of the more recent period may still be in time. Claim from {who_en} in writing at once or sue; a claim to remove the content and stop is not subject to limitation; the court does not apply limitation of its own motion — the other side must raise it, and once it agrees to pay it can no longer plead it.",
                when=all_(when, run, continuing),
            )
        )
    steps.append(
        note(
            "依报告的计算，诉讼时效已经届满（见期限）：对方可以拒绝赔偿。请先核实是否有过书面索赔、对方承认等使时效中断的事；法院不会主动适用诉讼时效，仍可以协商或起诉，对方同意履行后不得再以时效抗辩。",
            "By the report's count, limitation has run (see the deadlines): the other side may refuse to pay. First check for anything that interrupted it (a written demand, an acknowledgement); the court does not apply limitation of its own motion, so you may still negotiate or sue, and once the other side agrees to pay it can no longer plead limitation.",
            when=all_(when, run, not_(continuing) if continuing is not None else None),
        )
    )
    return steps


# --- after a judgment: has the period to apply for enforcement run out? ---------------------


def enforcement_name(prefix: str) -> str:
    return f"{prefix}_enf"


def enforcement_nodes(prefix: str, side: str, history: str, next_: str) -> list[Json]:
    """A branch after the history: an effective judgment whose enforcement period has passed
    at the consultation date (a marker the next steps read)."""
    from scripts.trees._dsl import branch, passed, passing, rule, undetermined

    name = enforcement_name(prefix)
    return [
        branch(
            f"{prefix}_enf_branch",
            [
                rule(
                    all_(event(history, "judgment_effective"), passed(name)),
                    f"{prefix}_enf_passed",
                    T(
                        "判决生效后，申请执行的期间已经届满。",
                        "The period to apply for enforcement of the judgment has run.",
                    ),
                ),
                rule(undetermined(passed(name)), next_),
            ],
            rule(None, next_),
        ),
        passing(f"{prefix}_enf_passed", side, next_),
    ]


def enforcement_steps(prefix: str, history: str) -> list[Json]:
    """After an effective judgment in the client's favour: apply for enforcement — or, once its
    period has run, what is left."""
    late = reached(f"{prefix}_enf_passed")
    return [
        note(
            "判决已经生效：对方不履行的，在申请执行期间内向人民法院申请强制执行（见期限）。",
            "The judgment has taken effect: if it is not complied with, apply for enforcement within the period (see the deadlines).",
            when=all_(
                event(history, "judgment_effective"),
                not_(event(history, "enforcement_applied")),
                not_(late),
            ),
        ),
        note(
            "依报告的计算，申请执行的期间已经届满（见期限）：仍可以申请，但被执行人提出异议、经审查成立的，法院裁定不予执行（民诉法解释第481条第1款）。请先核实判决生效后是否有过催讨、对方承认等使期间中断的事。",
            "By the report's count, the period to apply for enforcement has run (see the deadlines): an application is still accepted, but if the debtor objects and the objection holds, the court refuses enforcement (SPC civil-procedure interpretation art. 481(1)). First check for anything after the judgment that interrupted the period (a demand, an acknowledgement).",
            when=all_(late, not_(event(history, "enforcement_applied"))),
        ),
        note(
            "已经申请强制执行：配合法院查找对方的财产；法院终结本次执行程序后发现可供执行的财产的，可以再次申请。",
            "Enforcement has been applied for: help the court find assets; if it ends this round of enforcement, a new application can be made once assets are found.",
            when=event(history, "enforcement_applied"),
        ),
    ]


# --- deadlines ------------------------------------------------------------------------------

HISTORY_KINDS = [
    "demand",
    "acknowledgement",
    "suit",
    "proceedings_ended",
    "judgment_served",
    "judgment_effective",
    "enforcement_applied",
]


def limitation(
    id_: str,
    label: Json,
    start: str,
    history: str,
    parties: list[str],
    joint: list[str] | None = None,
    when: Json | None = None,
    injury: Json | None = None,
    start_may_be_unknown: bool = True,
    acts: list[str] | None = None,
) -> list[Json]:
    """The limitation of a claim, in the version that applies to its start (§0.3, §0.4):
    three years (民法典188 / 民法总则188) from a start on or after 2017-10-01 or unknown; two
    years (民法通则135) before that, one year for bodily injury (民法通则136(1))."""
    events: Json = {"from": history, "parties": parties}
    if joint:
        events["joint_parties"] = joint
    three = {
        "id": id_,
        "kind": "limitation",
        "label": label,
        "from": start,
        "add": {"years": 3},
        "basis": [
            cite(CC, 188, 1, when=on_or_after(start, "2021-01-01")),
            cite(
                GPRO,
                188,
                1,
                when=all_(on_or_after(start, "2017-10-01"), before(start, "2021-01-01")),
            ),
        ],
        "when": all_(
            when,
            any_(on_or_after(start, "2017-10-01"), unknown(start))
            if start_may_be_unknown
            else on_or_after(start, "2017-10-01"),
        ),
        "events": events,
    }
    old_when = all_(when, before(start, "2017-10-01"))
    two = {
        "id": f"{id_}_old",
        "kind": "limitation",
        "label": label,
        "from": start,
        "add": {"years": 2},
        "basis": [cite(GPCL, 135)],
        "when": all_(old_when, not_(injury)) if injury else old_when,
        "events": events,
    }
    specs = [three, two]
    if injury:
        specs.append(
            {
                "id": f"{id_}_old_injury",
                "kind": "limitation",
                "label": label,
                "from": start,
                "add": {"years": 1},
                "basis": [cite(GPCL, 136, 1, 1)],
                "when": all_(old_when, injury),
                "events": events,
            }
        )
    if acts:
        for spec in specs:
            spec["acts"] = list(acts)
    return specs


def judgment_deadlines(history: str, side: str = "") -> list[Json]:
    """After a judgment: the appeal period while it is not yet effective (民事诉讼法171), the
    period to apply for enforcement once it is (250): from the last day of performance the
    judgment sets (the event's second date), else from its taking effect (250(2))."""
    return [
        {
            "id": f"{history}_appeal",
            "kind": "appeal",
            "label": T(
                "一审判决的上诉期间（判决书送达之日起十五日）",
                "Appeal against the first-instance judgment (15 days from service)",
            ),
            "from": {"event": history, "kinds": ["judgment_served"]},
            "add": {"days": 15},
            "basis": [cite(CPROC, 171, 1)],
            "when": all_(
                event(history, "judgment_served"), not_(event(history, "judgment_effective"))
            ),
        },
        {
            "id": f"{history}_enforcement",
            "kind": "enforcement",
            "label": T(
                "申请强制执行的期间（从判决确定的履行期间最后一日起算；未记录履行期间的，从判决生效之日起算）",
                "Period to apply for enforcement (from the last day of performance the judgment sets; with none recorded, from its taking effect)",
            ),
            "from": {"event": history, "kinds": ["judgment_effective"], "use": "until"},
            "add": {"years": 2},
            "basis": [cite(CPROC, 250, 1), cite(CPROC, 250, 2)],
            "when": event(history, "judgment_effective"),
            "events": {"from": history},
        },
    ]


def no_judgment(history: str) -> Json:
    return not_(event(history, "suit", "judgment_served", "judgment_effective"))


def in_court(history: str) -> Json:
    """A suit is recorded and no judgment has been served or taken effect: the first instance
    is still open (parties can be added, evidence filed)."""
    return all_(
        event(history, "suit"),
        not_(event(history, "judgment_served", "judgment_effective")),
    )


def served(history: str) -> Json:
    """A first-instance judgment was served and has not (yet) taken effect."""
    return all_(event(history, "judgment_served"), not_(event(history, "judgment_effective")))


def judged(history: str) -> Json:
    return event(history, "judgment_effective")


def enforcement_start_warning(history: str, side: object = "any") -> Json:
    """民事诉讼法250(2): the report counts from the effective date unless a last day of
    performance was recorded with the judgment."""
    return warn(
        "caution",
        "申请执行的二年从判决确定的履行期间的最后一日起算；判决分期履行的，从最后一期履行期限届满之日起算；判决没有规定履行期间的，从判决生效之日起算。记录判决生效时没有填写履行期间最后一日的，报告从生效之日起算，这是最早、最稳妥的日期；请对照判决书的履行期间核对（例如判决生效后十日内履行的，期间相应延后十日）。",
        "The two years to apply for enforcement run from the last day of performance the judgment sets; for instalments, from the last instalment's due date; if it sets none, from its taking effect. Where no last day of performance was recorded with the judgment, the report counts from the day it took effect — the earliest and safest date; check it against the judgment (a judgment to be performed within ten days of taking effect moves the period ten days later).",
        side,
        judged(history),
        [cite(CPROC, 250, 2)],
    )
