"""Shared pieces of the ISP tree: laws, law-version markers, deadlines, recurring texts."""

from __future__ import annotations

from scripts.trees._dsl import (
    Json,
    T,
    all_,
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
            f"{who}承担连带责任：权利人可以请求其中一方或者几方承担全部责任；各方的责任份额根据各自责任大小确定，难以确定的平均承担；实际承担超过自己份额的一方，可以向其他连带责任人追偿（民法典第178条）。",
            f"{_en_who(who)} are jointly and severally liable: the injured party may claim the whole from any one or several of them; their shares follow their responsibility, equal if it cannot be told; whoever pays more than his share may recover the excess from the others (Civil Code art. 178).",
            side,
            new_law(*sides),
        ),
        note(
            f"{who}承担连带责任：被侵权人可以请求其中一方或者几方承担责任；各方根据各自责任大小确定赔偿数额，难以确定的平均承担；支付超出自己赔偿数额的一方，可以向其他连带责任人追偿（侵权责任法第13条、第14条）。",
            f"{_en_who(who)} are jointly and severally liable: the injured party may claim from any one or several of them; their shares follow their responsibility, equal if it cannot be told; whoever pays more than his share may recover the excess from the others (Tort Liability Law arts. 13, 14).",
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


def joint_interruption_warning(
    side: object, who: str, judged_other: Json, when: Json | None = None
) -> Json:
    """诉讼时效规定15(2): an interruption against one joint debtor reaches the other. Shown
    where a judgment against one of them is recorded: the report's deadline for the other then
    counts only that party's own events (the engine would take the judgment as deciding both)."""
    return warn(
        "caution",
        f"{who}承担连带责任，对其中一方发生的诉讼时效中断（催告、承认、起诉等），对另一方同样发生效力（诉讼时效规定第15条第2款）。已有针对其中一方的生效判决，报告对另一方的期限只计算了针对其本身的事件，实际期限可能更晚；请以报告的日期为准尽早行事。",
        f"{_en_who(who)} are jointly liable: an interruption of limitation against one (a demand, an acknowledgement, a suit) reaches the other (SPC limitation provisions art. 15(2)). A judgment against one of them has taken effect, so the report's deadline for the other counts only that party's own events and the real deadline may be later; act early, by the report's date.",
        side,
        all_(judged_other, when),
        [cite(LIM, 15, 2)],
    )


# --- has the claim run out? (only where no history is recorded: then nothing interrupted) ----


def barred_name(prefix: str) -> str:
    return f"{prefix}_lim_plain"


def plain_limitation(prefix: str, start: str) -> Json:
    """A named three-year limitation from ``start`` without events, for the check below: when
    the client recorded no demand, acknowledgement or suit, it is the claim's limitation (the
    two- and one-year periods of 民法通则 end earlier still)."""
    return {
        "id": barred_name(prefix),
        "kind": "limitation",
        "label": T("诉讼时效", "Limitation"),
        "from": start,
        "add": {"years": 3},
        "basis": [cite(CC, 188, 1)],
    }


def barred_nodes(prefix: str, side: str, next_: str) -> list[Json]:
    """A branch after "no history": has the limitation passed at the consultation date?"""
    from scripts.trees._dsl import branch, passed, passing, rule, undetermined

    name = barred_name(prefix)
    return [
        branch(
            f"{prefix}_barred_branch",
            [
                rule(
                    passed(name),
                    f"{prefix}_barred",
                    T(
                        "没有记录中断诉讼时效的事，三年诉讼时效已经届满。",
                        "Nothing recorded interrupted limitation, and the three years have run.",
                    ),
                ),
                rule(undetermined(passed(name)), next_),
            ],
            rule(None, next_),
        ),
        passing(f"{prefix}_barred", side, next_),
    ]


def claim_steps(
    prefix: str, history: str, who: str, who_en: str, when: Json | None = None
) -> list[Json]:
    """The claimant's next step: claim before limitation ends — or, if it has run, what then."""
    barred = reached(f"{prefix}_barred")
    return [
        note(
            f"在诉讼时效届满前向{who}书面索赔（保存送达凭证，索赔到达即中断诉讼时效）或者起诉。",
            f"Before limitation ends, claim from {who_en} in writing (keep proof of delivery; a demand that arrives interrupts limitation) or sue.",
            when=all_(when, no_judgment(history), not_(barred)),
        ),
        note(
            "依报告的计算，诉讼时效已经届满（见期限）：对方可以拒绝赔偿。请先核实是否有过书面索赔、对方承认等使时效中断的事；法院不会主动适用诉讼时效，仍可以协商或起诉，对方同意履行后不得再以时效抗辩。",
            "By the report's count, limitation has run (see the deadlines): the other side may refuse to pay. First check for anything that interrupted it (a written demand, an acknowledgement); the court does not apply limitation of its own motion, so you may still negotiate or sue, and once the other side agrees to pay it can no longer plead limitation.",
            when=all_(when, barred),
        ),
    ]


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
    return specs


def judgment_deadlines(history: str, side: str = "") -> list[Json]:
    """After a judgment: the appeal period while it is not yet effective (民事诉讼法171), the
    period to apply for enforcement once it is (250)."""
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
                "申请强制执行的期间（判决、裁定生效后）",
                "Period to apply for enforcement (after the judgment or ruling took effect)",
            ),
            "from": {"event": history, "kinds": ["judgment_effective"], "use": "until"},
            "add": {"years": 2},
            "basis": [cite(CPROC, 250, 1)],
            "when": event(history, "judgment_effective"),
            "events": {"from": history},
        },
    ]


def no_judgment(history: str) -> Json:
    return not_(event(history, "suit", "judgment_served", "judgment_effective"))


def in_court(history: str) -> Json:
    """A suit is recorded and no judgment has taken effect."""
    return all_(
        event(history, "suit", "judgment_served"), not_(event(history, "judgment_effective"))
    )


def judged(history: str) -> Json:
    return event(history, "judgment_effective")
