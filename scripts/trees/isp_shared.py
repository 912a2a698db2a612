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
    inc,
    not_,
    note,
    variant,
    warn,
)
from scripts.trees.isp_common import (
    ACC,
    CC,
    CPL,
    ECL,
    GPCL,
    NDI,
    RH,
    TLL,
    new_law,
    old_law,
)

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
    """ISP-A for the rights holder: on the facts so far the platform is not liable."""
    notice_pending = rh.PENDING
    return {
        "id": "outcome_a",
        "type": "outcome",
        "code": "ISP-A",
        "title": T(
            "依现有事实平台不承担责任：由发布侵权内容的用户负责",
            "On the facts so far the platform is not liable: the user who posted the content is",
        ),
        "summary": [
            variant(
                "你的通知刚到达{party.platform}，平台仍在合理的处理期限内，目前不承担责任。平台应当及时把通知转送{party.user}，并采取删除、屏蔽等必要措施；合理期限过后仍不处理的，它将对此后扩大的损害与{party.user}承担连带责任。{party.user}应当对全部损害承担责任。",
                "Your notice has just reached the {party.platform}, which is still within a reasonable time to act and not yet liable. It must forward the notice to the {party.user} and take necessary measures; if it does not within a reasonable time, it becomes jointly liable with the {party.user} for the damage that grows from then on. The {party.user} answers for the whole damage.",
                when=notice_pending,
            ),
            variant(
                "你的通知缺少构成侵权的初步证据或你的真实身份信息，不是有效通知；也没有证据表明{party.platform}知道侵权，平台目前不承担责任。请补全材料重新通知：平台收到有效通知后仍不及时处理的，对此后扩大的损害与{party.user}承担连带责任。{party.user}应当对全部损害承担责任。",
                "Your notice lacked preliminary evidence or your real identity, so it was not effective, and nothing shows the {party.platform} knew: it is not liable for now. Send a complete notice: if the platform then fails to act in time, it becomes jointly liable with the {party.user} for the damage that grows afterwards. The {party.user} answers for the whole damage.",
                when=all_(rh.ONLINE, ans("rh_notice", "defective"), not_(rh.KNEW_UNKNOWN)),
            ),
            variant(
                "你还没有通知{party.platform}，也没有证据表明它知道侵权，平台目前不承担责任。请立即发出有效通知：平台此后不及时处理的，对扩大的损害与{party.user}承担连带责任。{party.user}应当对全部损害承担责任。",
                "You have not notified the {party.platform}, and nothing shows it knew: it is not liable for now. Send an effective notice at once: if the platform then fails to act in time, it becomes jointly liable with the {party.user} for the damage that grows. The {party.user} answers for the whole damage.",
                when=all_(rh.ONLINE, ans("rh_notice", "none"), not_(rh.KNEW_UNKNOWN)),
            ),
            variant(
                "依现有事实，{party.platform}及时处理了通知（或者没有收到有效通知），不因通知承担责任；它是否知道或者应当知道侵权尚待核实——如果知道，应当对知道之后的损害与{party.user}承担连带责任。{party.user}应当对全部损害承担责任。",
                "On the facts so far, the {party.platform} dealt with the notice in time (or had no effective notice) and is not liable because of it; whether it knew or should have known is still to be verified — if it did, it is jointly liable with the {party.user} for the damage from then on. The {party.user} answers for the whole damage.",
                when=rh.KNEW_UNKNOWN,
            ),
            variant(
                "{party.platform}在收到有效通知后及时采取了必要措施（或者没有收到有效通知），也没有证据表明它知道或者应当知道侵权，因此不与{party.user}承担连带责任。你可以向{party.user}主张全部损害的赔偿。",
                "The {party.platform} acted in time on an effective notice (or had none), and nothing shows it knew or should have known: it is not jointly liable with the {party.user}. Claim the whole damage from the {party.user}.",
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
                when=notice_pending,
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
                when=not_(notice_pending),
            ),
            rh.conditional_d(),
        ],
        "remaining_liability": T(
            "{party.user}应当对你承担侵权责任（见上）。",
            "The {party.user} is liable to you (see above).",
        ),
        "deadlines": rh.deadlines("user"),
        "recourse": [
            note(
                "平台不承担责任时，你只能向{party.user}主张赔偿。",
                "With the platform not liable, claim from the {party.user} only.",
                when=not_(rh.KNEW_UNKNOWN),
            ),
            note(
                "若查明平台知道或者应当知道侵权，平台与{party.user}承担连带责任：你可以请求其中任何一方承担知道之后的全部损害，付款超过自己份额的一方可以向另一方追偿。",
                "If the platform turns out to have known or should have known, it is jointly liable with the {party.user}: you may claim the damage from then on from either, and whoever pays beyond his share may recover from the other.",
                when=rh.KNEW_UNKNOWN,
            ),
        ],
        "warnings": [*rh.warnings_common(), rh.forwarding_warning()],
        "next_steps": [
            *rh.next_steps(False),
            note(
                "在合理期限过后查看平台是否已经处理；仍未处理的，书面催告并保存记录。",
                "After a reasonable time, check whether the platform has acted; if not, press it in writing and keep a record.",
                when=notice_pending,
            ),
        ],
        "evidence": rh.evidence(),
    }


def outcome_n() -> Json:
    rh_pers = all_({"side": [RH]}, rh.PERS)
    acc_pers = all_({"side": [ACC]}, acc.PERS)
    pers = any_(rh_pers, acc_pers)
    new = new_law(*BOTH)
    old = old_law(*BOTH)
    review = any_(inc("rh_content", "review"), inc("acc_content", "review"))
    opinion = any_(inc("rh_content", "opinion"), inc("acc_content", "opinion"))
    basis = [
        cite(CC, 1024, 1, when=all_(pers, new)),
        cite(CC, 1025, when=all_(pers, new, opinion)),
        cite(CPL, 15, 1, when=all_(pers, review)),
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
                "依你所述，你发布的内容属实，或是基于事实、没有侮辱性言辞的评价（消费者对商品和服务的评价受法律保护），不构成侵权，你不承担侵权责任。对方起诉的，你主张内容属实，需要提交证据证明；请保存能证明所述事实的证据。",
                "On what you say, your content is true, or an opinion based on facts without insults (a consumer's review of goods and services is protected by law): it is no tort and you are not liable. If the other side sues, you will have to prove that what you said is true; keep the evidence of the facts.",
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
                "主张所述事实属实、评价正当，并提交证据证明所述事实（订单、付款记录、聊天记录、照片、检测报告等）：以属实为抗辩的，事实须由你证明。",
                "Plead that the facts are true and the opinion fair, with evidence of the facts (orders, payment records, chats, photos, test reports): whoever relies on the truth must prove it.",
                [ACC],
                acc.PERS,
            ),
            note(
                "是消费者对商品或服务的评价的，主张这是行使对商品和服务进行监督的权利（消费者权益保护法第15条第1款）。",
                "If it is a consumer's review of goods or services, plead the consumer's right to supervise goods and services (Consumer Protection Law art. 15(1)).",
                [ACC],
                inc("acc_content", "review"),
            ),
            note(
                "主张有授权或许可、属于合理使用，或者商品有合法来源，并提交授权书、进货发票等。",
                "Plead a licence, fair use or a lawful source, with licences, invoices and the like.",
                [ACC],
                not_(acc.PERS),
            ),
            note(
                "对方的诉讼时效已经届满的（见期限），还可以提出时效抗辩；须由你在一审中主动提出。",
                "If the other side's limitation has run (see the deadlines), plead that too; you must raise it yourself at first instance.",
                [ACC],
                not_(acc.event(acc.H, "judgment_served", "judgment_effective")),
            ),
            acc.limitation_on_appeal(),
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
                [
                    cite(CC, 1024, 1, when=new),
                    cite(CC, 1025, when=all_(new, opinion)),
                    cite(CPL, 15, 1, when=review),
                ],
            ),
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
                all_(rh.PERS, rh.ONLINE),
            ),
            note(
                "如果认为内容仍有不实之处，先收集能证明不实的证据，再重新评估。",
                "If you still think parts are untrue, gather proof of that first and assess again.",
                [RH],
                all_(rh.PERS, not_(rh.ONLINE)),
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
