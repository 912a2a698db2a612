"""The ISP tree, side 4: the person whose post was deleted or blocked by others without right,
often for money (网络人身权益规定10(2); ISP-L). The deleter's own liability is recorded first
(ISP-L1), then whether someone commissioned it (joint liability of principal and deleter)."""

from __future__ import annotations

from scripts.trees._dsl import (
    Json,
    T,
    all_,
    ans,
    branch,
    choice,
    cite,
    date_question,
    events_question,
    finding,
    not_,
    note,
    on_or_after,
    passing,
    question,
    rule,
    undetermined,
    unknown,
    variant,
    verify,
    warn,
)
from scripts.trees.isp_common import (
    CC,
    DEL,
    HISTORY_KINDS,
    NPR,
    TE,
    TLL,
    barred_nodes,
    claim_steps,
    enforcement_nodes,
    enforcement_start_warning,
    enforcement_steps,
    in_court,
    joint_recourse,
    judgment_deadlines,
    limitation,
    mechanics_citations,
    new_law,
    old_law,
    old_spc_text_warning,
    served,
)

NEW = new_law(DEL)
OLD = old_law(DEL)
H = "del_history"
BY_PLATFORM = ans("del_by", "platform")
COMMISSIONED = ans("del_commissioned", "yes", "unknown")
YOU = T("你（信息的发布者）", "you (who posted the information)")


def nodes() -> list[Json]:
    return [
        date_question(
            "del_date",
            T(
                "你的信息是哪一天被删除、屏蔽或篡改的？只知道月份的，填写年月。",
                "On what day was your information deleted, blocked or altered? Give the month if the day is not known.",
            ),
            T("信息被删除之日", "the day the information was deleted"),
            "del_law",
            significance=T(
                "删除发生在2021年1月1日以后的，适用民法典和2020年修正的司法解释。",
                "A deletion on or after 2021-01-01 falls under the Civil Code and the interpretations as amended in 2020.",
            ),
            month=True,
            verify=verify(
                [
                    T(
                        "删除前的截图或存证，平台显示“已删除”“不可见”的页面及其时间",
                        "Screenshots or records from before the deletion, and the platform's 'deleted' or 'unavailable' page with its time",
                    )
                ],
                T(
                    "日期决定适用的法律；只知道月份的，按该月判断。",
                    "The date decides the law; a month is enough.",
                ),
            ),
        ),
        branch(
            "del_law",
            [
                rule(
                    on_or_after("del_date", "2021-01-01"),
                    "del_law_new",
                    T(
                        "删除发生在2021年1月1日以后，适用民法典。",
                        "The deletion was on or after 2021-01-01: the Civil Code applies.",
                    ),
                    [cite(TE, 1, 1)],
                ),
                rule(
                    undetermined(on_or_after("del_date", "2021-01-01")),
                    "del_law_new",
                    T(
                        "删除日期不能确定在2021年之前还是之后：暂按民法典分析，请核实日期。",
                        "It cannot be told whether the deletion was before or after 2021: the Civil Code is assumed; verify the date.",
                    ),
                ),
            ],
            rule(
                None,
                "del_law_old",
                T(
                    "删除发生在2021年1月1日以前，适用当时的法律。",
                    "The deletion was before 2021-01-01: the law then in force applies.",
                ),
                [cite(TE, 1, 2)],
            ),
        ),
        passing("del_law_new", DEL, "del_by"),
        passing("del_law_old", DEL, "del_by"),
        question(
            "del_by",
            T(
                "是谁删除、屏蔽或篡改了你的信息？",
                "Who deleted, blocked or altered your information?",
            ),
            [
                choice(
                    T(
                        "删帖公司、公关公司或其他人（包括平台内部人员私下操作）",
                        "A deletion or PR company, or someone else (including platform staff acting on the side)",
                    ),
                    "del_deleter",
                    "service",
                ),
                choice(
                    T(
                        "平台自己在没有收到有效投诉的情况下删除（例如收了他人的钱）",
                        "The platform itself, without any effective complaint (e.g. because it was paid)",
                    ),
                    "del_deleter",
                    "platform",
                ),
                choice(
                    T("不清楚是谁删的 / 待核实", "Not known who / to verify"),
                    "del_deleter",
                    "unknown",
                    unknown_=True,
                ),
            ],
            why=T(
                "擅自篡改、删除、屏蔽特定网络信息，或以断开链接的方式阻止他人获取的，发布者可以要求行为人承担侵权责任；受他人委托实施的，委托人与受托人承担连带责任。平台根据有效投诉删除的不属于“擅自”——那种情形请在第一题选择“内容或商品被投诉删除”。",
                "Whoever alters, deletes or blocks particular information, or cuts links to it, without right is liable to the person who posted it; if done on someone's commission, principal and agent are jointly liable. A platform acting on an effective complaint does not act 'without right' — for that case choose 'content removed after a complaint' at the first question.",
            ),
            citations=[cite(NPR, 10, 2, when=NEW), cite(TLL, 9, 1, when=OLD)],
            verify=verify(
                [
                    T(
                        "删帖公司的报价、聊天记录、付款记录；平台的操作日志（可以书面要求平台说明删除的原因和操作人）",
                        "The deletion company's offer, chats, payments; the platform's logs (ask it in writing why and by whom it was deleted)",
                    )
                ],
                T(
                    "查明删除者后，才能确定向谁索赔；删除者不明的，可以先向平台查询。",
                    "Only once the deleter is known can the claim be directed; if unknown, ask the platform first.",
                ),
            ),
        ),
        deleter_finding(),
        question(
            "del_commissioned",
            T(
                "删除者是否受他人委托（例如被批评的企业花钱请删帖公司删帖）？",
                "Was the deleter acting on someone's commission (e.g. the company you criticised paid a deletion firm)?",
            ),
            [
                choice(
                    T("是，受他人委托", "Yes"),
                    "del_learned",
                    "yes",
                    T(
                        "接受他人委托擅自删除的，委托人与受托人承担连带责任。",
                        "Where the deletion was commissioned, principal and agent are jointly liable.",
                    ),
                    [cite(NPR, 10, 2, when=NEW), cite(TLL, 9, 1, when=OLD)],
                ),
                choice(T("否，删除者自己所为", "No, the deleter acted alone"), "del_learned", "no"),
                choice(
                    T("不清楚 / 待核实", "Not known / to verify"),
                    "del_learned",
                    "unknown",
                    unknown_=True,
                ),
            ],
            verify=verify(
                [
                    T(
                        "委托删帖的合同、付款记录、聊天记录，删帖公司员工的陈述",
                        "The commission contract, payments, chats, statements of the deletion firm's staff",
                    )
                ],
                T(
                    "受委托的，委托人与删除者承担连带责任，你可以请求任何一方承担全部；否则只向删除者索赔。",
                    "If commissioned, principal and deleter are jointly liable and you may claim the whole from either; otherwise claim from the deleter only.",
                ),
            ),
        ),
        date_question(
            "del_learned",
            T(
                "你从哪一天起知道信息被删除，并且知道是谁所为？只知道月份的，填写年月。",
                "From what day did you know of the deletion and who did it? Give the month if the day is not known.",
            ),
            T("知道被删除及行为人之日", "the day you knew of the deletion and who did it"),
            "del_history_any",
            significance=T(
                "诉讼时效从知道权利受到损害以及义务人之日起计算。",
                "Limitation runs from when you knew of the harm and of the person liable.",
            ),
            month=True,
            unknown_=True,
            verify=verify(
                [
                    T(
                        "发现删除和查明删除者的记录（截图时间、聊天记录）",
                        "Records of when the deletion and the deleter were discovered (screenshot times, chats)",
                    )
                ],
                T(
                    "这一日期决定诉讼时效何时届满；只知道月份的，报告按最早的可能日期计算；不清楚的，报告不能计算，会说明缺少这一日期。",
                    "This date decides when limitation ends; with a month only the report counts from the earliest day; without a date it cannot count and says so.",
                ),
            ),
        ),
        question(
            "del_history_any",
            T(
                "到目前为止，是否有过书面索赔、对方承认、起诉或者判决？",
                "So far, has there been a written demand, an acknowledgement, a suit or a judgment?",
            ),
            [
                choice(T("否，都还没有", "No, none of these"), "outcome_l", "no"),
                choice(T("是", "Yes"), "del_history", "yes"),
            ],
        ),
        events_question(
            "del_history",
            T(
                "请逐项记录发生过的事，并注明针对谁（删帖者、平台或委托人）；判决生效的，同时填写判决确定的履行期间的最后一日。",
                "Record each event and against whom (the deleter, the platform or the principal); for an effective judgment, also the last day of performance it sets.",
            ),
            HISTORY_KINDS,
            ["deleter", "platform", "principal"],
            "del_barred_branch",
            T(
                "这些事决定诉讼时效是否中断、案件是否已在法院，以及上诉和执行的期限。",
                "These decide whether limitation was interrupted, whether the case is in court, and the appeal and enforcement periods.",
            ),
        ),
        *barred_nodes("del", DEL, "del_enf_branch"),
        *enforcement_nodes("del", DEL, H, "outcome_l"),
        outcome_l(),
    ]


def deleter_finding() -> Json:
    basis = [cite(NPR, 10, 2, when=NEW), cite(CC, 1165, 1, when=NEW), cite(TLL, 6, 1, when=OLD)]
    scope = T(
        "擅自删除、屏蔽或篡改造成的损害：恢复信息、消除影响、赔偿损失",
        "The harm from the deletion, block or alteration: restoring the information, removing the effects, damages",
    )
    order = T("实施删除的人", "Whoever carried out the deletion")
    return {
        "id": "del_deleter",
        "type": "finding",
        "code": "ISP-L1",
        "recourse": [],
        "title": T(
            "擅自删除、屏蔽信息的人应当承担侵权责任",
            "Whoever deleted or blocked the information without right is liable",
        ),
        "summary": [
            variant(
                "删除者尚未查明。查明后，擅自删除、屏蔽或篡改你信息的人应当对你承担侵权责任。",
                "The deleter is not yet known. Once found, whoever deleted, blocked or altered your information without right is liable to you.",
                when=unknown("del_by"),
            ),
            variant(
                "{party.platform}在没有有效投诉的情况下擅自删除、屏蔽了你的信息，应当对你承担侵权责任。",
                "The {party.platform} deleted or blocked your information without right and without any effective complaint: it is liable to you.",
                when=BY_PLATFORM,
            ),
            variant(
                "{party.deleter}擅自删除、屏蔽或篡改你的信息，应当对你承担侵权责任。",
                "The {party.deleter} deleted, blocked or altered your information without right: it is liable to you.",
            ),
        ],
        "findings": [
            finding(
                "赔偿责任",
                T("{party.platform}", "the {party.platform}"),
                YOU,
                scope,
                order,
                basis,
                sublabel=T("平台擅自删除", "deletion by the platform without right"),
                when=BY_PLATFORM,
            ),
            finding(
                "赔偿责任",
                T("{party.deleter}", "the {party.deleter}"),
                YOU,
                scope,
                order,
                basis,
                sublabel=T(
                    "擅自删除者的侵权责任", "liability of the one who deleted without right"
                ),
                when=not_(BY_PLATFORM),
            ),
        ],
        "warnings": [
            warn(
                "contested",
                "信息被擅自删除时受侵害的是哪一项权利、能否请求恢复信息，法律没有明确规定；这一规则规定在利用信息网络侵害人身权益的司法解释中，在其他纠纷中能否适用有争议。",
                "Which right a deletion without right infringes, and whether restoration can be demanded, is not settled by statute; the rule sits in the SPC interpretation on online personal-rights disputes, and its reach beyond them is disputed.",
                basis=[cite(NPR, 10, 2, when=NEW)],
            ),
            old_spc_text_warning(DEL),
        ],
        "next_steps": [
            note(
                "书面要求{party.platform}说明删除的原因、时间和操作人，并恢复信息。",
                "Ask the {party.platform} in writing why, when and by whom the information was deleted, and to restore it.",
            )
        ],
        "evidence": [
            note(
                "删除前的截图或存证，以及删除后的页面",
                "Screenshots or records from before the deletion, and the page afterwards",
            ),
            note(
                "平台关于删除原因和操作人的答复",
                "The platform's answer on why and by whom it was deleted",
            ),
        ],
        "next": "del_commissioned",
    }


def outcome_l() -> Json:
    return {
        "id": "outcome_l",
        "type": "outcome",
        "code": "ISP-L",
        "title": T(
            "信息被擅自删除：删除者的责任，以及委托人的连带责任",
            "Information deleted without right: the deleter's liability, and the principal's joint liability",
        ),
        "summary": [
            variant(
                "是否受他人委托尚待核实。查明是{party.principal}委托删除的，它与实施删除的一方承担连带责任：你可以请求其中任何一方承担全部。",
                "Whether the deletion was commissioned is still to be verified. If the {party.principal} commissioned it, principal and deleter are jointly liable and you may claim the whole from either.",
                when=unknown("del_commissioned"),
            ),
            variant(
                "{party.principal}委托他人擅自删除、屏蔽你的信息，应当与实施删除的一方承担连带责任：你可以请求其中任何一方或者双方承担全部责任。它们之间为删帖支付报酬的约定，不影响这一责任。",
                "The {party.principal} had your information deleted or blocked without right and is jointly liable with whoever did it: you may claim the whole from either or both. Their fee arrangement does not change this.",
                when=ans("del_commissioned", "yes"),
            ),
            variant(
                "删除者自己擅自删除了你的信息，由删除者承担侵权责任（见各项认定）；没有证据表明有人委托。",
                "The deleter acted alone and is liable (see the findings); nothing shows that anyone commissioned it.",
            ),
        ],
        "findings": [
            finding(
                "连带责任",
                T(
                    "{party.principal}与{party.platform}",
                    "the {party.principal} and the {party.platform}",
                ),
                YOU,
                T("擅自删除、屏蔽造成的全部损害", "All harm from the deletion or block"),
                T(
                    "无先后顺序，你可以请求其中任何一方承担全部",
                    "No order: you may claim the whole from either",
                ),
                [cite(NPR, 10, 2, when=NEW), cite(TLL, 9, 1, when=OLD)],
                sublabel=T("委托人与受托人的连带责任", "joint liability of principal and agent"),
                when=all_(COMMISSIONED, BY_PLATFORM),
            ),
            finding(
                "连带责任",
                T(
                    "{party.principal}与{party.deleter}",
                    "the {party.principal} and the {party.deleter}",
                ),
                YOU,
                T("擅自删除、屏蔽造成的全部损害", "All harm from the deletion or block"),
                T(
                    "无先后顺序，你可以请求其中任何一方承担全部",
                    "No order: you may claim the whole from either",
                ),
                [cite(NPR, 10, 2, when=NEW), cite(TLL, 9, 1, when=OLD)],
                sublabel=T("委托人与受托人的连带责任", "joint liability of principal and agent"),
                when=all_(COMMISSIONED, not_(BY_PLATFORM)),
            ),
        ],
        "deadlines": [
            *limitation(
                "del_lim_deleter",
                T("对{party.deleter}的诉讼时效", "Limitation against the {party.deleter}"),
                "del_learned",
                H,
                ["deleter"],
                ["principal"],
                when=all_(not_(BY_PLATFORM), COMMISSIONED),
                acts=[DEL],
            ),
            *limitation(
                "del_lim_deleter_alone",
                T("对{party.deleter}的诉讼时效", "Limitation against the {party.deleter}"),
                "del_learned",
                H,
                ["deleter"],
                when=all_(not_(BY_PLATFORM), not_(COMMISSIONED)),
                acts=[DEL],
            ),
            *limitation(
                "del_lim_platform",
                T("对{party.platform}的诉讼时效", "Limitation against the {party.platform}"),
                "del_learned",
                H,
                ["platform"],
                ["principal"],
                when=all_(BY_PLATFORM, COMMISSIONED),
                acts=[DEL],
            ),
            *limitation(
                "del_lim_platform_alone",
                T("对{party.platform}的诉讼时效", "Limitation against the {party.platform}"),
                "del_learned",
                H,
                ["platform"],
                when=all_(BY_PLATFORM, not_(COMMISSIONED)),
                acts=[DEL],
            ),
            *limitation(
                "del_lim_principal",
                T("对{party.principal}的诉讼时效", "Limitation against the {party.principal}"),
                "del_learned",
                H,
                ["principal"],
                ["platform"],
                when=all_(COMMISSIONED, BY_PLATFORM),
                acts=[DEL],
            ),
            *limitation(
                "del_lim_principal_d",
                T("对{party.principal}的诉讼时效", "Limitation against the {party.principal}"),
                "del_learned",
                H,
                ["principal"],
                ["deleter"],
                when=all_(COMMISSIONED, not_(BY_PLATFORM)),
                acts=[DEL],
            ),
            *judgment_deadlines(H, DEL),
        ],
        "recourse": [
            *[
                {**n, "when": all_(n["when"], COMMISSIONED, not_(BY_PLATFORM))}
                for n in joint_recourse((DEL,), "{party.principal}与{party.deleter}")
            ],
            *[
                {**n, "when": all_(n["when"], COMMISSIONED, BY_PLATFORM)}
                for n in joint_recourse((DEL,), "{party.principal}与{party.platform}")
            ],
        ],
        "warnings": [
            warn(
                "caution",
                "为删帖支付报酬的约定：被侵权人与侵权的发布者或平台约定付费删除的，协议无效；委托删帖公司擅自删除他人信息的，委托人与删帖者对信息的发布者承担连带责任。",
                "Paying for deletions: an agreement by which an injured party pays the infringing poster or platform to delete is void; whoever commissions a deletion firm to remove someone's information without right is jointly liable with it to the poster.",
                basis=[cite(NPR, 10, 1, when=NEW), cite(NPR, 10, 2, when=NEW)],
            ),
            warn(
                "caution",
                "删除发生在2021年以前：当时适用的是《最高人民法院关于审理利用信息网络侵害人身权益民事纠纷案件适用法律若干问题的规定》（法释〔2014〕11号）2020年修正前的文本，其第十四条规定：为删帖支付报酬的协议无效；擅自删除、屏蔽他人信息的，发布者可以请求侵权人承担侵权责任；接受他人委托实施的，委托人与受托人承担连带责任（即现行文本第十条）。起诉时按该条和侵权责任法主张（请律师核对原文）。",
                "The deletion came before 2021: the SPC provisions on online personal rights (法释〔2014〕11号) applied in their text before the 2020 amendment, whose article 14 says: an agreement to delete for pay is void; whoever deletes or blocks another's information without right is liable to the poster; a principal who commissioned it is jointly liable with the one who did it (the current text's article 10). Claim under that article and the Tort Liability Law (have a lawyer check the text).",
                when=OLD,
            ),
            warn(
                "contested",
                "删除发生在2021年以前，但信息至今仍被删除、没有恢复的，有观点认为侵权持续到2021年1月1日以后，应当适用民法典和上述规定的现行文本（第十条）；也有观点认为删除行为在当时已经完成，适用当时的法律。请律师结合信息是否仍未恢复判断。",
                "The deletion came before 2021, but where the information is still deleted and not restored, one view holds that the infringement continued past 2021-01-01, so that the Civil Code and the current text of the provisions (art. 10) apply; another holds that the deletion was complete then and the law of the time applies. Have a lawyer judge this with whether the information is still missing.",
                when=OLD,
                basis=[cite(TE, 1, 3)],
            ),
            enforcement_start_warning(H),
        ],
        "next_steps": [
            note(
                "有偿删帖可能涉嫌违法犯罪，可以向公安机关或网信部门举报。",
                "Paid deletion may be unlawful or criminal; report it to the police or the cyberspace authority.",
                when=COMMISSIONED,
            ),
            *claim_steps(
                "del",
                H,
                "删除者（和委托人）",
                "the deleter (and the principal)",
            ),
            note(
                "诉讼已在进行：在举证期限内向法院提交本报告所列的证据；委托人未被起诉的，可以向法院申请将其列为共同被告（是否准许由法院决定），或者另行起诉。",
                "The suit is under way: file the evidence listed here within the time for evidence; if the principal is not a party, ask the court to add it as co-defendant (the court decides), or sue it separately.",
                when=in_court(H),
            ),
            note(
                "一审判决已经送达，尚未生效：不服的，在上诉期间内提起上诉（见期限），二审中只能在法律允许的范围内提出新证据；双方都不上诉的，判决期满生效，对方不履行时可以在二年内申请强制执行（民事诉讼法第250条）。",
                "The first-instance judgment has been served and is not yet effective: appeal within the appeal period if you disagree (see the deadlines) — new evidence on appeal only within the limits the law allows; if neither side appeals, it takes effect, and if it is not complied with you may apply for enforcement within two years (Civil Procedure Law art. 250).",
                when=served(H),
            ),
            *enforcement_steps("del", H),
        ],
        "evidence": [
            note(
                "委托删帖的证据：合同、报价单、付款记录、聊天记录",
                "Evidence of the commission: contracts, offers, payments, chats",
                when=COMMISSIONED,
            ),
            note(
                "损失的证明（信息被删除造成的影响）",
                "Proof of the harm the deletion caused",
            ),
        ],
        "citations": mechanics_citations(DEL),
    }
