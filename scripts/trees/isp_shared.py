"""The ISP tree: outcomes reached from two sides — ISP-A (the platform is not liable) for the
rights holder and for the user whose content was taken down, and ISP-N (the content is not
unlawful at all, §1.5) for the rights holder and for the accused user."""

from __future__ import annotations

from copy import deepcopy

from scripts.trees import isp_accused as acc
from scripts.trees import isp_rights_holder as rh
from scripts.trees._dsl import (
    Json,
    T,
    all_,
    ans,
    any_,
    cite,
    finding,
    not_,
    note,
    reached,
    unknown,
    variant,
    warn,
)
from scripts.trees.isp_common import ACC, CC, ECL, GPCL, NDI, NPR, REG, RH, TLL, new_law, old_law

BOTH = (RH, ACC)


def for_side(items: list[Json], side: str) -> list[Json]:
    """The same entries, written for one side (in a node that two sides reach)."""
    out = []
    for item in items:
        item = deepcopy(item)
        item["side"] = [side]
        out.append(item)
    return out


def outcome_a() -> Json:
    notice_pending = rh.PENDING
    return {
        "id": "outcome_a",
        "type": "outcome",
        "code": "ISP-A",
        "title": T(
            "平台不承担责任",
            "The platform is not liable",
        ),
        "summary": [
            variant(
                "你的通知刚到达{party.platform}，平台仍在合理的处理期限内，目前不承担责任。平台应当及时把通知转送{party.user}，并采取删除、屏蔽等必要措施；合理期限过后仍不处理的，它将对此后扩大的损害与{party.user}承担连带责任。{party.user}应当对全部损害承担责任。",
                "Your notice has just reached the {party.platform}, which is still within a reasonable time to act and not yet liable. It must forward the notice to the {party.user} and take necessary measures; if it does not within a reasonable time, it becomes jointly liable with the {party.user} for the damage that grows from then on. The {party.user} answers for the whole damage.",
                [RH],
                notice_pending,
            ),
            variant(
                "你的通知缺少构成侵权的初步证据或你的真实身份信息，不是有效通知；也没有证据表明{party.platform}知道侵权，平台目前不承担责任。请补全材料重新通知：平台收到有效通知后仍不及时处理的，对此后扩大的损害与{party.user}承担连带责任。{party.user}应当对全部损害承担责任。",
                "Your notice lacked preliminary evidence or your real identity, so it was not effective, and nothing shows the {party.platform} knew: it is not liable for now. Send a complete notice: if the platform then fails to act in time, it becomes jointly liable with the {party.user} for the damage that grows afterwards. The {party.user} answers for the whole damage.",
                [RH],
                all_(rh.ONLINE, ans("rh_notice", "defective"), not_(unknown("rh_knowledge"))),
            ),
            variant(
                "你还没有通知{party.platform}，也没有证据表明它知道侵权，平台目前不承担责任。请立即发出有效通知：平台此后不及时处理的，对扩大的损害与{party.user}承担连带责任。{party.user}应当对全部损害承担责任。",
                "You have not notified the {party.platform}, and nothing shows it knew: it is not liable for now. Send an effective notice at once: if the platform then fails to act in time, it becomes jointly liable with the {party.user} for the damage that grows. The {party.user} answers for the whole damage.",
                [RH],
                all_(rh.ONLINE, ans("rh_notice", "none"), not_(unknown("rh_knowledge"))),
            ),
            variant(
                "依现有事实，{party.platform}及时处理了通知（或者没有收到有效通知），不因通知承担责任；它是否知道或者应当知道侵权尚待核实——如果知道，应当对知道之后的损害与{party.user}承担连带责任。{party.user}应当对全部损害承担责任。",
                "On the facts so far, the {party.platform} dealt with the notice in time (or had no effective notice) and is not liable because of it; whether it knew or should have known is still to be verified — if it did, it is jointly liable with the {party.user} for the damage from then on. The {party.user} answers for the whole damage.",
                [RH],
                unknown("rh_knowledge"),
            ),
            variant(
                "{party.platform}在收到有效通知后及时采取了必要措施（或者没有收到有效通知），也没有证据表明它知道或者应当知道侵权，因此不与{party.user}承担连带责任。你可以向{party.user}主张全部损害的赔偿。",
                "The {party.platform} acted in time on an effective notice (or had none), and nothing shows it knew or should have known: it is not jointly liable with the {party.user}. Claim the whole damage from the {party.user}.",
                [RH],
            ),
            variant(
                "{party.platform}依{party.claimant}的投诉删除或下架了你的内容。依你所述，内容可能确实侵权：投诉不是错误通知，平台和投诉人都不因删除对你承担责任；你反而可能要对{party.claimant}承担侵权责任。",
                "The {party.platform} removed your content on the complaint of the {party.claimant}. On what you say, the content may indeed infringe: the complaint was not wrong, neither the platform nor the complainant is liable to you for the removal, and you may be liable to the {party.claimant}.",
                [ACC],
                acc.UNLAWFUL,
            ),
            variant(
                "{party.claimant}已在期限内告知{party.platform}已经投诉或起诉，平台可以维持删除或下架的措施，争议由主管部门或法院处理；平台对此不承担责任。你可以在该程序中主张不侵权，错误投诉造成的损失可以向{party.claimant}主张。",
                "The {party.claimant} told the {party.platform} in time that it had complained or sued, so the platform may keep the removal and the authority or court will decide; the platform is not liable for that. Plead non-infringement there, and claim from the {party.claimant} the loss a wrong complaint caused.",
                [ACC],
                reached("acc_kept"),
            ),
            variant(
                "{party.platform}依{party.claimant}的投诉删除或下架了你的内容；平台依通知采取措施，不对你承担责任。你还没有提交不侵权的声明：应当尽快向平台提交（附不侵权的初步证据和你的真实身份信息）；{party.claimant}在期限内没有告知已经投诉或起诉的，平台应当终止措施、恢复内容。",
                "The {party.platform} removed your content on the complaint of the {party.claimant}; having acted on a notice, it is not liable to you. You have not yet sent a declaration of non-infringement: send one soon (with preliminary evidence and your real identity); if the {party.claimant} does not give notice of a complaint or suit within the period, the platform must end its measures and restore the content.",
                [ACC],
            ),
        ],
        "findings": [
            finding(
                "不承担责任",
                rh.PLATFORM,
                rh.YOU,
                T(
                    "暂不对{party.user}侵权造成的损害承担责任；应当在合理期限内转送通知并采取必要措施",
                    "Not yet liable for the damage the {party.user} causes; it must forward the notice and take necessary measures within a reasonable time",
                ),
                T("—", "—"),
                [
                    cite(CC, 1195, 2, when=rh.NEW),
                    cite(TLL, 36, 2, when=rh.OLD),
                    cite(ECL, 42, 2, when=rh.EC),
                ],
                sublabel=T("仍在合理的处理期限内", "still within a reasonable time to act"),
                when=all_({"side": [RH]}, notice_pending),
            ),
            finding(
                "不承担责任",
                rh.PLATFORM,
                rh.YOU,
                T(
                    "不对{party.user}侵权造成的损害承担赔偿责任；仍应依有效通知及时采取必要措施",
                    "Not liable for the damage the {party.user} caused; it must still act in time on an effective notice",
                ),
                T("—", "—"),
                [
                    cite(CC, 1195, 2, when=all_(rh.NEW, rh.NOTICE)),
                    cite(CC, 1195, 1, when=all_(rh.NEW, ans("rh_notice", "defective"))),
                    cite(CC, 1197, when=rh.NEW),
                    cite(
                        TLL,
                        36,
                        2,
                        when=all_(rh.OLD, ans("rh_notice", "effective", "defective", "unknown")),
                    ),
                    cite(TLL, 36, 3, when=rh.OLD),
                    cite(ECL, 42, 2, when=all_(rh.EC, rh.NOTICE)),
                    cite(ECL, 45, when=rh.EC),
                    cite(NDI, 8, 2, when=rh.COPY),
                ],
                sublabel=T(
                    "平台不与侵权用户承担连带责任",
                    "the platform is not jointly liable with the user",
                ),
                when=all_({"side": [RH]}, not_(notice_pending)),
            ),
            rh.conditional_d(),
            finding(
                "不承担责任",
                rh.PLATFORM,
                T("你", "you"),
                T(
                    "依通知删除、屏蔽或下架给你造成的损失",
                    "Your loss from the removal, block or takedown made on the notice",
                ),
                T("—", "—"),
                [
                    cite(NPR, 5, when=all_(acc.NEW, acc.PERS)),
                    cite(CC, 1195, 2, when=all_(acc.NEW, acc.GENERAL)),
                    cite(ECL, 42, 2, when=acc.EC),
                    cite(REG, 15, when=acc.WORKS),
                    cite(TLL, 36, 2, when=all_(acc.OLD, acc.GENERAL)),
                ],
                sublabel=T("平台依通知采取措施", "the platform acted on a notice"),
                when={"side": [ACC]},
            ),
            finding(
                "不承担责任",
                T("{party.claimant}", "the {party.claimant}"),
                T("你", "you"),
                T("删除、下架给你造成的损失", "Your loss from the removal"),
                T("—", "—"),
                [
                    cite(ECL, 42, 3, when=acc.EC),
                    cite(REG, 24, when=acc.WORKS),
                    cite(CC, 1195, 3, when=all_(acc.NEW, acc.GENERAL)),
                    cite(TLL, 6, 1, when=all_(acc.OLD, acc.GENERAL)),
                ],
                sublabel=T("投诉不是错误通知", "the complaint was not a wrong notice"),
                when=all_({"side": [ACC]}, acc.UNLAWFUL),
            ),
        ],
        "remaining_liability": T(
            "{party.user}：其内容构成侵权的，应当对权利人承担侵权责任。",
            "The {party.user}: if the content is unlawful, it answers to the rights holder.",
        ),
        "deadlines": [
            *rh.deadlines(False, False),
            {"use": "counter_notice"},
            *acc.claim_deadlines(),
        ],
        "recourse": [
            note(
                "平台不承担责任时，你只能向{party.user}主张赔偿。",
                "With the platform not liable, claim from the {party.user} only.",
                [RH],
                not_(unknown("rh_knowledge")),
            ),
            note(
                "若查明平台知道或者应当知道侵权，平台与{party.user}承担连带责任：你可以请求其中任何一方承担知道之后的全部损害，付款超过自己份额的一方可以向另一方追偿。",
                "If the platform turns out to have known or should have known, it is jointly liable with the {party.user}: you may claim the damage from then on from either, and whoever pays beyond his share may recover from the other.",
                [RH],
                unknown("rh_knowledge"),
            ),
        ],
        "warnings": [
            *for_side(rh.warnings_common(), RH),
            {**rh.forwarding_warning(), "side": [RH]},
            {**acc.forwarding_warning(), "side": [ACC]},
            {**rh.old_spc_text_warning(ACC, when=any_(acc.PERS, acc.COPY)), "side": [ACC]},
        ],
        "next_steps": [
            *for_side(rh.next_steps(False), RH),
            note(
                "在合理期限过后查看平台是否已经处理；仍未处理的，书面催告并保存记录。",
                "After a reasonable time, check whether the platform has acted; if not, press it in writing and keep a record.",
                [RH],
                notice_pending,
            ),
            note(
                "尽快向{party.platform}提交不存在侵权行为的声明，附不侵权的初步证据和你的真实身份信息，保存提交记录。",
                "Send the {party.platform} a declaration of non-infringement soon, with preliminary evidence and your real identity, and keep the record.",
                [ACC],
                all_(ans("acc_declared", "no"), not_(acc.UNLAWFUL), not_(acc.WORKS)),
            ),
            note(
                "尽快向{party.platform}提交书面说明，写明你的姓名（名称）、联系方式和地址，要求恢复的作品的名称和网址，以及不构成侵权的初步证明材料。",
                "Send the {party.platform} a written explanation soon with your name, contact details and address, the title and address of the work to restore, and preliminary proof that it does not infringe.",
                [ACC],
                all_(ans("acc_declared", "no"), not_(acc.UNLAWFUL), acc.WORKS),
            ),
            note(
                "书面要求{party.platform}提供投诉的内容和投诉人的身份。",
                "Ask the {party.platform} in writing for the complaint and the complainant's identity.",
                [ACC],
                ans("acc_forwarded", "no", "unknown"),
            ),
            note(
                "在{party.claimant}提起的投诉或诉讼程序中主张不侵权，并提交证据。",
                "Plead non-infringement, with evidence, in the complaint or suit the {party.claimant} has brought.",
                [ACC],
                all_(reached("acc_kept"), not_(acc.UNLAWFUL)),
            ),
            note(
                "内容确实侵权的，不要再次发布；可以与{party.claimant}协商，减少损失。",
                "If the content does infringe, do not post it again; negotiating with the {party.claimant} may limit the loss.",
                [ACC],
                acc.UNLAWFUL,
            ),
            *for_side(acc.court_steps(True), ACC),
        ],
        "evidence": [
            *for_side(rh.evidence(), RH),
            note(
                "平台删除或下架的通知",
                "The platform's notice of the removal",
                [ACC],
            ),
            note(
                "不侵权的证据：授权书、进货发票和合法来源证明、原创底稿，或所述事实的证据",
                "Evidence of non-infringement: licences, invoices and proof of lawful source, original drafts, or proof of the facts stated",
                [ACC],
                not_(acc.UNLAWFUL),
            ),
            note(
                "你提交的声明及附件、平台的处理记录",
                "Your declaration with attachments, and the platform's records",
                [ACC],
                ans("acc_declared", "yes"),
            ),
        ],
        "citations": [
            cite(NPR, 5, when=all_(acc.NEW, acc.PERS)),
            cite("spc_civil_procedure_interpretation", 481, 1, when=acc.judged(acc.H)),
        ],
    }


def outcome_n() -> Json:
    rh_pers = all_({"side": [RH]}, rh.PERS)
    acc_pers = all_({"side": [ACC]}, acc.PERS)
    pers = any_(rh_pers, acc_pers)
    new = new_law(*BOTH)
    old = old_law(*BOTH)
    basis = [
        cite(CC, 1024, 1, when=all_(pers, new)),
        cite(CC, 1025, when=all_(pers, new)),
        cite(GPCL, 101, when=all_(pers, old)),
        cite(CC, 1165, 1, when=all_(not_(pers), new)),
        cite(TLL, 6, 1, when=all_(not_(pers), old)),
    ]
    return {
        "id": "outcome_n",
        "type": "outcome",
        "code": "ISP-N",
        "title": T(
            "内容不构成侵权：发布者和平台都不承担侵权责任",
            "The content is not unlawful: neither the poster nor the platform is liable",
        ),
        "summary": [
            variant(
                "依你所述，网上的内容基本属实，或是基于事实、没有侮辱性言辞的评价（例如普通的差评），不构成对你名誉等人格权的侵害：{party.user}和{party.platform}都不承担侵权责任，也就谈不上平台的连带责任。如果内容中有捏造或歪曲的事实、侮辱性言辞，或者公开了你的隐私，结论会不同。",
                "On what you say, the content is essentially true, or an opinion based on facts without insults (an ordinary negative review): it does not infringe your reputation or other personality rights. Neither the {party.user} nor the {party.platform} is liable, so no joint liability arises. Made-up or distorted facts, insults or your private information would change this.",
                [RH],
                rh.PERS,
            ),
            variant(
                "依你所述，对方有授权或许可、属于合理使用、商品是正品，或内容本身合法，不构成侵权：{party.user}和{party.platform}都不承担侵权责任。",
                "On what you say, the other side was licensed, the use was fair, the goods are genuine or the content is lawful: there is no infringement, and neither the {party.user} nor the {party.platform} is liable.",
                [RH],
            ),
            variant(
                "依你所述，你发布的内容属实，或是基于事实、没有侮辱性言辞的评价，不构成侵权，你不承担侵权责任。{party.claimant}须证明内容失实、有侮辱性言辞或侵犯隐私；请保存能证明事实的证据。",
                "On what you say, your content is true, or an opinion based on facts without insults: it is no tort and you are not liable. The {party.claimant} must prove untruth, insults or an invasion of privacy; keep the evidence of the facts.",
                [ACC],
                acc.PERS,
            ),
            variant(
                "依你所述，你有授权或许可、属于合理使用、商品有合法来源，或者是自己的原创，不构成侵权，你不承担侵权责任；请保存授权和来源的证据。",
                "On what you say, you were licensed, the use was fair, the goods come from a lawful source or the work is your own: there is no infringement and you are not liable. Keep the proof of licence and source.",
                [ACC],
            ),
        ],
        "findings": [
            finding(
                "不承担责任",
                T("{party.user}和{party.platform}", "the {party.user} and the {party.platform}"),
                rh.YOU,
                T("该内容不构成侵权，无须赔偿", "The content is no infringement; nothing is owed"),
                T("—", "—"),
                basis,
                sublabel=T("内容不违法", "the content is not unlawful"),
                when={"side": [RH]},
            ),
            finding(
                "不承担责任",
                acc.USER,
                acc.CLAIMANT,
                T("该内容不构成侵权，无须赔偿", "The content is no infringement; nothing is owed"),
                T("—", "—"),
                basis,
                sublabel=T("内容不违法", "the content is not unlawful"),
                when={"side": [ACC]},
            ),
        ],
        "citations": [
            *acc.limitation_defence_citations(),
            cite("spc_civil_procedure_interpretation", 481, 1, when=acc.judged(acc.H)),
        ],
        "remaining_liability": T(
            "无人对该内容承担侵权责任；若查明内容失实、有侮辱性言辞或未经许可使用，发布者应当承担责任。",
            "Nobody is liable for the content; if it turns out untrue, insulting or used without permission, the poster is.",
        ),
        "deadlines": acc.defence_deadlines(),
        "defences": [
            note(
                "主张所述事实属实、评价正当，并提交证据（订单、聊天记录、照片、检测报告等）；对方须证明内容失实或有侮辱性言辞。",
                "Plead that the facts are true and the opinion fair, with the evidence (orders, chat records, photos, test reports); the other side must prove untruth or insults.",
                [ACC],
                acc.PERS,
            ),
            note(
                "主张有授权或许可、属于合理使用，或者商品有合法来源，并提交授权书、进货发票等。",
                "Plead a licence, fair use or a lawful source, with licences, invoices and the like.",
                [ACC],
                not_(acc.PERS),
            ),
            note(
                "对方的诉讼时效已经届满的（见期限），还可以提出时效抗辩；须由你主动提出。",
                "If the other side's limitation has run (see the deadlines), plead that too; you must raise it yourself.",
                [ACC],
            ),
        ],
        "recourse": [
            note(
                "不存在侵权，也就不存在追偿。",
                "With no infringement there is nothing to recover.",
                "any",
            )
        ],
        "warnings": [
            warn(
                "caution",
                "是否属实、是否属于正当评价，最终由法院根据证据判断：在评价中夹带捏造的事实、使用侮辱性言辞，或者以评价为名公开他人隐私的，仍构成侵权。",
                "Whether it is true and a fair opinion is for the court to decide on the evidence: made-up facts, insults or private information slipped into an opinion are still a tort.",
                "any",
                pers,
                [cite(CC, 1024, 1, when=new), cite(CC, 1025, when=new)],
            ),
            acc.continuing_warning(),
            warn(
                "caution",
                "授权、合理使用或合法来源，须由使用者举证。",
                "A licence, fair use or lawful source must be proved by the one who relies on it.",
                "any",
                not_(pers),
            ),
        ],
        "next_steps": [
            note(
                "如果认为内容仍有不实之处，先收集能证明不实的证据，再重新评估；不要与发布者或平台约定付费删帖（此类协议无效，网络人身权益规定第10条第1款）。",
                "If you still think parts are untrue, gather proof of that first and assess again; do not agree to pay the poster or the platform for a deletion (such agreements are void, SPC online personal-rights provisions art. 10(1)).",
                [RH],
                rh.PERS,
            ),
            note(
                "核实对方的授权或商品来源后再决定是否投诉、起诉：错误投诉造成对方损失的，要承担赔偿责任。",
                "Check the other side's licence or source before complaining or suing: a wrong complaint that causes loss must be paid for.",
                [RH],
                not_(rh.PERS),
            ),
            note(
                "保存能证明内容合法的全部证据，书面回复对方的指控。",
                "Keep all the evidence that the content is lawful, and answer the accusation in writing.",
                [ACC],
            ),
            *for_side(acc.court_steps(False), ACC),
        ],
        "evidence": [
            note(
                "证明所述事实或对方授权、来源的材料",
                "Proof of the facts stated, or of the other side's licence or source",
                [RH],
            ),
            note(
                "你发布的内容原文和发布时间，以及证明其合法的证据",
                "The content as you posted it, when, and the evidence that it is lawful",
                [ACC],
            ),
            note(
                "对方的投诉、律师函或起诉状",
                "The other side's complaint, lawyer's letter or statement of claim",
                [ACC],
            ),
        ],
    }
