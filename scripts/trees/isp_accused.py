"""The ISP tree, side 2: the user whose post or listing was removed, or who is accused.

Removed after a complaint: is the content unlawful at all (§1.5) → a wrong notice and its
damages, doubled if malicious on an e-commerce platform (ISP-J, 电子商务法42(3), 民法典1195(3))
→ forwarding → the declaration (counter-notice) and its period (15 days from arrival for
e-commerce, 电子商务法43(2); a reasonable period, 民法典1196(2); at once for works, 条例17)
→ restoration (ISP-K) or the platform keeps its measures (ISP-A). Accused without removal: the
user's own liability and defences (ISP-V), or none (ISP-N).
"""

from __future__ import annotations

from scripts.trees._dsl import (
    Json,
    T,
    all_,
    ans,
    any_,
    before,
    branch,
    choice,
    cite,
    date_cmp,
    date_question,
    event,
    events_question,
    finding,
    inc,
    multi,
    not_,
    note,
    on_or_after,
    passed,
    passing,
    question,
    reached,
    rule,
    undetermined,
    unknown,
    variant,
    verify,
    warn,
)
from scripts.trees.isp_common import (
    ACC,
    CC,
    CPI,
    CPL,
    ECL,
    GPCL,
    GPRO,
    HISTORY_KINDS,
    IPR,
    NDI,
    NPR,
    REG,
    RH,
    TE,
    TLL,
    in_court,
    judged,
    judgment_deadlines,
    limitation,
    new_law,
    no_judgment,
    old_law,
    old_spc_text_warning,
    served,
)

NEW = new_law(ACC)
OLD = old_law(ACC)
#: Removed before 2021, neither the measure nor its damage lasting into 2021 (a past case), and
#: the complaint wrong (ISP-J): what is left is the claim against the complainant.
OLD_DONE = all_(OLD, ans("acc_damage_after", "no"), reached("acc_j"))
H = "acc_history"

REMOVED = ans("acc_situation", "removed")
CLAIMED = ans("acc_situation", "claimed_online", "claimed_deleted")
#: The content is still online: the infringement complained of continues.
ONLINE = ans("acc_situation", "claimed_online")
PERS = ans("acc_right", "personality")
COPY = ans("acc_right", "copyright")
IP = ans("acc_right", "copyright", "other_ip")
UNLAWFUL_KINDS = ("fabricated", "insult", "private", "portrait")
UNLAWFUL = any_(inc("acc_content", *UNLAWFUL_KINDS), ans("acc_ip", "yes"))
OPEN = any_(unknown("acc_content"), unknown("acc_ip"))
LAWFUL = all_(not_(UNLAWFUL), not_(OPEN))
#: 电子商务法42–43: IP complaints on an e-commerce platform, with facts from 2019 (decided
#: once, at the marker ``acc_ec``, so that no finding reads the month-only removal date).
EC_FACTS = all_(
    ans("acc_platform", "ecommerce"),
    IP,
    any_(NEW, on_or_after("acc_removed_date", "2019-01-01")),
)
EC = reached("acc_ec")
#: 条例15–17: works on a storage or link service.
WORKS = all_(ans("acc_platform", "copyright_service"), COPY)
GENERAL = all_(not_(EC), not_(WORKS))
MALICIOUS = all_(EC, ans("acc_malicious", "yes"))
J = reached("acc_j")

#: 民法典时间效力规定1(1) for conduct from 2021, 1(3) for conduct begun before and continuing;
#: both where the day of posting is not known.
TE_POSTED = [
    cite(TE, 1, 1, when=any_(on_or_after("acc_posted", "2021-01-01"), unknown("acc_posted"))),
    cite(TE, 1, 3, when=any_(before("acc_posted", "2021-01-01"), unknown("acc_posted"))),
]

USER = T("{party.user}", "the {party.user}")
CLAIMANT = T("{party.claimant}", "the {party.claimant}")


def nodes() -> list[Json]:
    return [
        question(
            "acc_situation",
            T("你的情况是哪一种？", "Which is your situation?"),
            [
                choice(
                    T(
                        "我发布的内容或出售的商品被平台根据他人的投诉删除、屏蔽或下架",
                        "My content or listing was removed, blocked or taken down by the platform after someone's complaint",
                    ),
                    "acc_platform",
                    "removed",
                ),
                choice(
                    T(
                        "内容没有被删除，但有人指控我侵权（发律师函、要求赔偿或起诉）",
                        "Nothing was removed, but someone accuses me of infringing (a lawyer's letter, a claim or a suit)",
                    ),
                    "acc_posted",
                    "claimed_online",
                ),
                choice(
                    T(
                        "有人指控我侵权，而该内容已经删除（我自己删的，或平台删的）",
                        "Someone accuses me of infringing, and the content is already gone (deleted by me or by the platform)",
                    ),
                    "acc_removed_date",
                    "claimed_deleted",
                ),
            ],
            why=T(
                "内容被投诉删除的，要看投诉是否错误、能否通过不侵权的声明恢复；被指控侵权的，要看内容是否违法和可以提出的抗辩。",
                "If your content was taken down, what matters is whether the complaint was wrong and whether a declaration can restore it; if you are accused, whether the content is unlawful and what you can answer.",
            ),
        ),
        question(
            "acc_platform",
            T(
                "内容是在哪类平台上、因哪类投诉被删除或下架的？",
                "On what kind of platform, and after what kind of complaint, was it removed?",
            ),
            [
                choice(
                    T(
                        "电子商务平台：网店的商品或商品信息因知识产权投诉被删除、下架或终止交易",
                        "An e-commerce platform: a shop's goods or listing removed, taken down or stopped after an IP complaint",
                    ),
                    "acc_removed_date",
                    "ecommerce",
                ),
                choice(
                    T(
                        "视频、音乐、文章、图片等作品在存储或链接平台上因著作权投诉被删除或断开链接",
                        "A work (video, music, article, picture) on a storage or link service removed or unlinked after a copyright complaint",
                    ),
                    "acc_removed_date",
                    "copyright_service",
                ),
                choice(
                    T(
                        "其他平台或其他投诉：如帖子、评论因名誉、隐私等投诉被删除或屏蔽",
                        "Another platform or complaint: e.g. a post or review removed or blocked after a complaint about reputation or privacy",
                    ),
                    "acc_removed_date",
                    "other_platform",
                ),
            ],
            why=T(
                "不侵权声明（反通知）的规则因平台而不同：电子商务平台上的知识产权投诉，声明到达投诉人后十五日；作品在存储、链接服务上被删除的，平台收到书面说明后应当立即恢复；其他平台为“合理期限”。",
                "The rules on a declaration of non-infringement (counter-notice) differ: for IP complaints on an e-commerce platform, 15 days after it reaches the complainant; works removed from storage or link services must be restored at once on a written explanation; elsewhere, a 'reasonable period'.",
            ),
            citations=[cite(ECL, 43, 2), cite(REG, 17), cite(CC, 1196, 2)],
        ),
        date_question(
            "acc_removed_date",
            T(
                "内容或商品是哪一天被删除、屏蔽或下架的？只知道月份的，填写年月。",
                "On what day was the content or listing removed, blocked or taken down? Give the month if the day is not known.",
            ),
            T("内容被删除或下架之日", "the day it was removed or taken down"),
            "acc_posted_branch",
            significance=T(
                "删除、下架的日期决定适用民法典还是此前的法律；在电子商务平台上下架的，还决定是否适用电子商务法（2019年1月1日起施行）。",
                "The date decides between the Civil Code and the earlier law; for a takedown on an e-commerce platform, also whether the E-Commerce Law (from 2019-01-01) applies.",
            ),
            citations=[cite(TE, 1, 3), cite(ECL, 89)],
            month=True,
            verify=verify(
                [
                    T(
                        "平台的处理通知、站内信、后台记录",
                        "The platform's notice of the action, its messages, the back-office record",
                    )
                ],
                T(
                    "日期决定适用的法律；只知道月份的，按该月判断，不影响结论。",
                    "The date decides which law applies; a month is enough for that.",
                ),
            ),
        ),
        branch(
            "acc_posted_branch",
            [rule(ans("acc_situation", "claimed_deleted"), "acc_posted")],
            rule(None, "acc_law"),
        ),
        date_question(
            "acc_posted",
            T(
                "被指控的内容最早是什么时候发布的？",
                "When was the content complained of first posted?",
            ),
            T("内容发布之日", "the day the content was posted"),
            "acc_law",
            significance=T(
                "发布日期表明被指控的行为开始于民法典施行之前还是之后，决定引用民法典时间效力规定的哪一款。",
                "The day of posting shows whether the conduct complained of began before or after the Civil Code took effect, and so which paragraph of the time-effect provisions is cited.",
            ),
            month=True,
            unknown_=True,
            verify=verify(
                [T("网页显示的发布时间的截图", "A screenshot showing when it was posted")],
                T(
                    "只影响所引条文（民法典时间效力规定第1条第1款或第3款），不改变结论。",
                    "It only decides the paragraph cited (time-effect provisions art. 1(1) or 1(3)); the result stays the same.",
                ),
            ),
        ),
        branch(
            "acc_law",
            [
                rule(
                    ans("acc_situation", "claimed_online"),
                    "acc_law_new",
                    T(
                        "内容至今仍在网上：被指控的行为发生在民法典施行之后，或者持续至施行之后，适用民法典。",
                        "The content is still online: the conduct complained of happened, or continues, after the Civil Code took effect, which therefore applies.",
                    ),
                    TE_POSTED,
                ),
                rule(
                    all_(REMOVED, on_or_after("acc_removed_date", "2021-01-01")),
                    "acc_law_new",
                    T(
                        "删除发生在2021年1月1日以后，适用民法典。",
                        "The removal was on or after 2021-01-01: the Civil Code applies.",
                    ),
                    [cite(TE, 1, 1)],
                ),
                rule(
                    on_or_after("acc_removed_date", "2021-01-01"),
                    "acc_law_new",
                    T(
                        "内容在2021年1月1日以后才删除：被指控的行为发生在民法典施行之后，或者持续至施行之后，适用民法典。",
                        "The content was deleted on or after 2021-01-01: the conduct complained of happened, or continued, after the Civil Code took effect, which therefore applies.",
                    ),
                    TE_POSTED,
                ),
                rule(
                    undetermined(on_or_after("acc_removed_date", "2021-01-01")),
                    "acc_law_new",
                    T(
                        "删除日期不能确定在2021年之前还是之后：暂按民法典分析，请核实日期。",
                        "It cannot be told whether the removal was before or after 2021: the Civil Code is assumed; verify the date.",
                    ),
                ),
            ],
            rule(
                None,
                "acc_damage_after",
                T("删除发生在2021年1月1日以前。", "The removal was before 2021-01-01."),
            ),
        ),
        question(
            "acc_damage_after",
            T(
                "删除发生在2021年以前。删除措施或由此造成的损害，是否持续到或者出现在2021年1月1日以后（例如至今仍未恢复）？",
                "The removal was before 2021. Did the measure, or the damage from it, continue into or appear in 2021 or later (e.g. it is still not restored)?",
            ),
            [
                choice(
                    T("是", "Yes"),
                    "acc_law_new",
                    "yes",
                    T(
                        "事实持续至民法典施行之后，或损害在施行后出现，适用民法典。",
                        "The facts continued after the Civil Code took effect, or the damage appeared after it: the Civil Code applies.",
                    ),
                    [cite(TE, 1, 3), cite(TE, 24)],
                ),
                choice(
                    T("否，都在2021年以前", "No, all before 2021"),
                    "acc_law_old",
                    "no",
                    T(
                        "事实都在民法典施行之前，适用当时的法律。",
                        "All the facts came before the Civil Code: the law then in force applies.",
                    ),
                    [cite(TE, 1, 2)],
                ),
            ],
        ),
        passing("acc_law_new", ACC, "acc_right"),
        passing("acc_law_old", ACC, "acc_right"),
        question(
            "acc_right",
            T(
                "投诉或指控涉及哪一类权利？",
                "Which right does the complaint or accusation concern?",
            ),
            [
                choice(
                    T(
                        "人格权：名誉（含企业的商业信誉）、隐私和个人信息、肖像、姓名等",
                        "A personality right: reputation (including a business's reputation), privacy and personal information, portrait, name",
                    ),
                    "acc_content",
                    "personality",
                ),
                choice(
                    T(
                        "作品、表演、录音录像在网上传播的权利（著作权）",
                        "Making works, performances or recordings available online (copyright)",
                    ),
                    "acc_ip",
                    "copyright",
                ),
                choice(
                    T("商标、专利等其他知识产权", "Trade marks, patents and other IP"),
                    "acc_ip",
                    "other_ip",
                ),
                choice(T("其他民事权益", "Other civil rights"), "acc_ip", "other"),
            ],
        ),
        multi(
            "acc_content",
            T(
                "被投诉或指控的内容属于下列哪些情况？（可多选）",
                "What is the content complained of like? (several allowed)",
            ),
            [
                choice(
                    T(
                        "有些事实无法证明，或者与实际情况有出入",
                        "Some facts cannot be proved, or differ from what happened",
                    ),
                    "",
                    "fabricated",
                ),
                choice(T("用了侮辱性的言辞", "It uses insulting language"), "", "insult"),
                choice(
                    T(
                        "涉及对方的隐私或个人信息",
                        "It discloses the other side's private life or personal information",
                    ),
                    "",
                    "private",
                ),
                choice(
                    T(
                        "未经同意使用了对方的肖像或姓名",
                        "It uses the other side's portrait or name without consent",
                    ),
                    "",
                    "portrait",
                ),
                choice(
                    T("所述事实属实，有证据支持", "The facts stated are true and can be proved"),
                    "",
                    "true_facts",
                ),
                choice(
                    T(
                        "是基于事实的评价或批评，没有侮辱性言辞（如普通的差评）",
                        "It is an opinion or criticism based on facts, without insults (e.g. an ordinary negative review)",
                    ),
                    "",
                    "opinion",
                    citations=[cite(CC, 1025, when=NEW)],
                ),
                choice(
                    T(
                        "是消费者根据亲身消费经历对商品或服务作出的评价，没有侮辱性言辞（如点评网站上的差评）",
                        "A consumer's review of goods or services from their own experience, without insults (e.g. a bad review on a review site)",
                    ),
                    "",
                    "review",
                    citations=[cite(CPL, 15, 1)],
                ),
                choice(T("不清楚 / 待核实", "Not known / to verify"), "", "unknown", unknown_=True),
            ],
            "acc_ec_branch",
            why=T(
                "先判断内容本身是否违法：所述事实属实、评价没有侮辱性言辞的，不构成侵权，投诉或指控是错误的；捏造、歪曲事实，使用侮辱性言辞，公开隐私，擅自使用肖像、姓名的，构成侵权。",
                "First, whether the content itself is unlawful: true facts and opinions without insults are no tort, so the complaint or accusation is wrong; made-up or distorted facts, insults, disclosed private information and unauthorised use of a portrait or name are.",
            ),
            verify=verify(
                [
                    T(
                        "能证明所述事实的证据（订单、聊天记录、照片、检测报告、判决书等）",
                        "Evidence of the facts stated (orders, chat records, photos, test reports, judgments)",
                    )
                ],
                T(
                    "内容属实或属正当评价的，你不承担责任，投诉是错误通知；内容违法的，你应当承担侵权责任。",
                    "If the content is true or a fair opinion, you are not liable and the complaint was wrong; if it is unlawful, you are liable.",
                ),
            ),
        ),
        question(
            "acc_ip",
            T(
                "你的内容或商品是否侵犯了对方的权利？",
                "Does your content or product infringe the other side's right?",
            ),
            [
                choice(
                    T(
                        "是或很可能是：未经许可使用他人的作品、商标或专利",
                        "Yes or probably: someone else's work, mark or patent used without permission",
                    ),
                    "acc_ec_branch",
                    "yes",
                ),
                choice(
                    T(
                        "否：有授权或许可、属于合理使用、商品是有合法来源的正品，或是自己的原创",
                        "No: licensed, fair use, genuine goods from a lawful source, or my own original work",
                    ),
                    "acc_ec_branch",
                    "no",
                ),
                choice(
                    T("不清楚 / 待核实", "Not known / to verify"),
                    "acc_route",
                    "unknown",
                    unknown_=True,
                ),
            ],
            verify=verify(
                [
                    T(
                        "授权书、许可合同、进货发票和供货合同、原创作品的底稿和首次发表的证明",
                        "Licences, invoices and supply contracts, drafts and proof of first publication of your own work",
                    )
                ],
                T(
                    "不侵权的，投诉是错误通知，投诉人应当赔偿你的损失；侵权的，你应当承担侵权责任。",
                    "If there is no infringement, the complaint was wrong and the complainant owes you damages; if there is, you are liable.",
                ),
            ),
        ),
        branch(
            "acc_ec_branch",
            [
                rule(
                    EC_FACTS,
                    "acc_ec",
                    T(
                        "电子商务平台上的知识产权投诉，事实在2019年1月1日以后：适用电子商务法第42条至第44条。",
                        "An IP complaint on an e-commerce platform with facts from 2019-01-01: E-Commerce Law arts. 42–44 apply.",
                    ),
                    [cite(ECL, 89)],
                ),
                rule(undetermined(EC_FACTS), "acc_route"),
            ],
            rule(None, "acc_route"),
        ),
        passing("acc_ec", ACC, "acc_route"),
        branch(
            "acc_route",
            [
                rule(
                    all_(REMOVED, UNLAWFUL),
                    "acc_forwarded",
                    T(
                        "内容可能违法：投诉不是错误通知，平台依通知删除并无不当。",
                        "The content may be unlawful: the complaint was not wrong, and the platform was entitled to act on it.",
                    ),
                ),
                rule(
                    all_(REMOVED, unknown("acc_content"), EC),
                    "acc_malicious",
                    T(
                        "内容是否违法尚待核实：以下分析投诉错误时的结论，结论取决于核实的结果。",
                        "Whether the content is unlawful is still to be verified: the analysis shows what follows if the complaint was wrong.",
                    ),
                ),
                rule(
                    all_(REMOVED, unknown("acc_content")),
                    "acc_j",
                    T(
                        "内容是否违法尚待核实：以下分析投诉错误时的结论，结论取决于核实的结果。",
                        "Whether the content is unlawful is still to be verified: the analysis shows what follows if the complaint was wrong.",
                    ),
                ),
                rule(
                    all_(REMOVED, EC),
                    "acc_malicious",
                    T(
                        "内容不侵权：投诉是错误通知。",
                        "The content does not infringe: the complaint was a wrong notice.",
                    ),
                ),
                rule(
                    REMOVED,
                    "acc_j",
                    T(
                        "内容不侵权：投诉是错误通知。",
                        "The content does not infringe: the complaint was a wrong notice.",
                    ),
                ),
                rule(
                    unknown("acc_content"),
                    "acc_claimant_knew",
                    T(
                        "内容是否违法尚待核实：以下按可能构成侵权分析。",
                        "Whether the content is unlawful is to be verified: the analysis assumes it may be.",
                    ),
                ),
            ],
            rule(None, "acc_claimant_knew"),
        ),
        question(
            "acc_malicious",
            T(
                "投诉人发出投诉时，是否明知你的内容或商品并不侵权（恶意投诉）？",
                "When it complained, did the complainant know that your content or goods did not infringe (a malicious complaint)?",
            ),
            [
                choice(
                    T(
                        "是：例如伪造权利证明、明知你有授权或商品是正品、竞争对手在促销前集中投诉",
                        "Yes: e.g. forged proof of rights, knew you were licensed or the goods genuine, a competitor complaining in bulk before a sale",
                    ),
                    "acc_j",
                    "yes",
                    T(
                        "投诉人明知不侵权仍然投诉，是恶意投诉。",
                        "The complainant knew there was no infringement: a malicious complaint.",
                    ),
                    [cite(ECL, 42, 3, when=EC)],
                ),
                choice(
                    T(
                        "看不出是故意的（可能是误认），或者目前还没有证据",
                        "It looks like a mistake, or there is no evidence of malice yet",
                    ),
                    "acc_j",
                    "no",
                ),
            ],
            why=T(
                "在电子商务平台上恶意发出错误通知的，加倍承担赔偿责任；恶意须由你举证，拿不出证据的，按实际损失索赔。",
                "On an e-commerce platform a malicious wrong notice brings double damages; you must prove the malice, and without proof the claim is for the actual loss.",
            ),
            citations=[cite(ECL, 42, 3)],
        ),
        finding_j(),
        question(
            "acc_forwarded",
            T(
                "平台是否把投诉（通知）转送给了你？",
                "Did the platform forward the complaint (notice) to you?",
            ),
            [
                choice(T("是", "Yes"), "acc_declared", "yes"),
                choice(
                    T(
                        "否，平台没有告诉我投诉的内容",
                        "No, the platform did not tell me what the complaint said",
                    ),
                    "acc_declared",
                    "no",
                    T(
                        "平台接到通知后应当及时转送给相关用户；未转送的，你无从提出不侵权的声明。",
                        "The platform must forward a notice to the user concerned; without it, you cannot answer with a declaration.",
                    ),
                    [
                        cite(CC, 1195, 2, when=NEW),
                        cite(ECL, 42, 2, when=EC),
                        cite(REG, 15, when=WORKS),
                    ],
                ),
                choice(
                    T("不清楚 / 待核实", "Not known / to verify"),
                    "acc_declared",
                    "unknown",
                    unknown_=True,
                ),
            ],
            verify=verify(
                [
                    T(
                        "平台的站内信、邮件或后台的投诉处理记录",
                        "The platform's messages, e-mails or complaint records",
                    )
                ],
                T(
                    "平台转送了的，你可以针对投诉提交声明；没有转送的，先向平台索取投诉内容，再提交声明。",
                    "If it was forwarded, you can answer it with a declaration; if not, ask the platform for the complaint first.",
                ),
            ),
        ),
        question(
            "acc_declared",
            T(
                "你是否已经向平台提交了不存在侵权行为的声明（附不侵权的初步证据和你的真实身份信息）？",
                "Have you sent the platform a declaration that there is no infringement (with preliminary evidence and your real identity)?",
            ),
            [
                choice(
                    T("是", "Yes"),
                    "acc_decl_date",
                    "yes",
                    citations=[
                        cite(CC, 1196, 1, when=all_(NEW, GENERAL)),
                        cite(ECL, 43, 1, when=EC),
                        cite(REG, 16, 1, when=WORKS),
                    ],
                ),
                choice(T("否", "No"), "acc_learned_branch", "no"),
            ],
            why=T(
                "声明应当包括不存在侵权行为的初步证据（民法典还要求你的真实身份信息；作品类为书面说明，写明姓名、联系方式、地址、作品名称和网址及不侵权的初步证明材料）。平台收到后应当转送投诉人；投诉人在期限内不投诉、不起诉的，平台应当终止措施。",
                "A declaration must carry preliminary evidence of non-infringement (the Civil Code also wants your real identity; for works, a written explanation with your name, contact details, address, the work's title and address, and preliminary proof). The platform forwards it; if the complainant does not complain to an authority or sue within the period, the platform must end its measures.",
            ),
            citations=[
                cite(CC, 1196, 1, when=NEW),
                cite(ECL, 43, 1, when=EC),
                cite(REG, 16, 1, when=WORKS),
            ],
        ),
        date_question(
            "acc_decl_date",
            T(
                "平台转送的声明是哪一天到达投诉人的？只知道月份的填写年月；完全不清楚的选“不清楚”。",
                "On what day did the forwarded declaration reach the complainant? Give the month if the day is not known, or 'not known'.",
            ),
            T("声明转送到达投诉人之日", "the day the declaration reached the complainant"),
            "acc_decl_route",
            significance=T(
                "期限从平台转送的声明到达投诉人之日起算，而不是你提交声明之日。",
                "The period runs from the day the forwarded declaration reached the complainant, not from the day you sent it.",
            ),
            citations=[cite(ECL, 43, 2, when=EC), cite(CC, 1196, 2, when=all_(NEW, GENERAL))],
            month=True,
            unknown_=True,
            verify=verify(
                [
                    T(
                        "平台关于已转送声明的通知或后台记录（可以书面要求平台说明转送和到达的日期）",
                        "The platform's message or record that it forwarded the declaration (ask it in writing for the dates)",
                    ),
                ],
                T(
                    "到达日期决定投诉人告知已经投诉或起诉的期限从何时起算，以及告知是否及时；只知道月份或不清楚的，报告不能判断期限是否已经届满，会说明需要核实。",
                    "The day of arrival decides when the complainant's time to give notice of a complaint or suit starts, and whether its notice came in time; with a month only, or no date, the report cannot tell whether the period has run and says what to check.",
                ),
            ),
        ),
        branch(
            "acc_decl_route",
            [
                rule(
                    WORKS,
                    "acc_learned_branch",
                    T(
                        "作品在存储、链接服务上被删除：平台收到书面说明后应当立即恢复，不等待期限。",
                        "A work removed from a storage or link service: the platform must restore it at once on the written explanation, without any waiting period.",
                    ),
                    [cite(REG, 17)],
                )
            ],
            rule(None, "acc_complaint"),
        ),
        question(
            "acc_complaint",
            T(
                "平台是否告知你：投诉人已经向有关部门投诉或者向人民法院起诉？",
                "Has the platform told you that the complainant has complained to an authority or sued?",
            ),
            [
                choice(T("是", "Yes"), "acc_complaint_date", "yes"),
                choice(T("否，没有收到这样的告知", "No"), "acc_cn_status", "no"),
                choice(
                    T("不清楚 / 待核实", "Not known / to verify"),
                    "acc_cn_status",
                    "unknown",
                    unknown_=True,
                ),
            ],
            why=T(
                "投诉人在期限内告知平台已经投诉或起诉的，平台可以维持措施，争议由主管部门或法院解决；期限内没有告知的，平台应当终止措施。",
                "If the complainant tells the platform within the period that it has complained or sued, the platform may keep its measures and the dispute goes to the authority or court; otherwise the platform must end them.",
            ),
            verify=verify(
                [
                    T(
                        "平台的书面答复，或投诉人的起诉状、立案通知",
                        "The platform's written answer, or the complainant's statement of claim or notice of filing",
                    )
                ],
                T(
                    "期限内已告知投诉或起诉的，平台可以维持措施；没有的，平台应当恢复。",
                    "Told within the period: the platform may keep the measures; not told: it must restore.",
                ),
            ),
        ),
        date_question(
            "acc_complaint_date",
            T(
                "投诉人告知已投诉或起诉的通知是哪一天到达平台的？只知道月份的填写年月。",
                "On what day did the complainant's notice of a complaint or suit reach the platform? Give the month if the day is not known.",
            ),
            T(
                "投诉或起诉的通知到达平台之日",
                "the day the notice of a complaint or suit reached the platform",
            ),
            "acc_cn_compare",
            month=True,
            unknown_=True,
            verify=verify(
                [
                    T(
                        "平台的书面答复，载明收到投诉或起诉通知的日期",
                        "The platform's written answer with the day it was told of the complaint or suit",
                    )
                ],
                T(
                    "告知在期限内到达平台的，平台可以维持措施；晚于期限的，平台本应终止措施。",
                    "If the notice reached the platform within the period, it may keep its measures; if later, it should already have ended them.",
                ),
            ),
        ),
        branch(
            "acc_cn_compare",
            [
                rule(
                    not_(EC),
                    "acc_kept",
                    T(
                        "投诉人已告知平台已经投诉或起诉：平台可以维持措施，争议由主管部门或法院解决。",
                        "The complainant has told the platform of a complaint or suit: the platform may keep its measures; the authority or court decides.",
                    ),
                ),
                rule(
                    date_cmp("acc_complaint_date", "on_or_before", "counter_notice"),
                    "acc_kept",
                    T(
                        "投诉人在十五日期限内告知平台已经投诉或起诉：平台可以维持措施。",
                        "The complainant told the platform of a complaint or suit within the 15 days: the platform may keep its measures.",
                    ),
                    [cite(ECL, 43, 2)],
                ),
                rule(
                    undetermined(date_cmp("acc_complaint_date", "on_or_before", "counter_notice")),
                    "acc_cn_open",
                    T(
                        "日期只知道月份或不清楚：不能判断投诉人是否在十五日期限内告知。",
                        "A date known only to the month, or not at all: whether the complainant acted within the 15 days cannot be told.",
                    ),
                ),
            ],
            rule(
                None,
                "acc_complaint_late",
                T(
                    "投诉人告知已投诉或起诉的时间晚于十五日期限。",
                    "The complainant gave notice of the complaint or suit after the 15 days.",
                ),
                [cite(ECL, 43, 2)],
            ),
        ),
        branch(
            "acc_cn_status",
            [
                rule(
                    not_(EC),
                    "acc_learned_branch",
                    T(
                        "一般平台：声明到达投诉人后的合理期限内未收到投诉或起诉的通知的，平台应当终止措施；法律没有规定具体天数。",
                        "Other platforms: with no notice of a complaint or suit within a reasonable period after the declaration arrived, the platform must end its measures; no number of days is fixed.",
                    ),
                    [cite(CC, 1196, 2, when=NEW)],
                ),
                rule(
                    passed("counter_notice"),
                    "acc_cn_passed",
                    T(
                        "十五日期限已经届满，平台没有收到投诉或起诉的通知。",
                        "The 15 days have passed without notice of a complaint or suit.",
                    ),
                    [cite(ECL, 43, 2)],
                ),
                rule(
                    undetermined(passed("counter_notice")),
                    "acc_cn_open",
                    T(
                        "声明到达的日期只知道月份或不清楚：不能判断十五日期限是否已经届满。",
                        "The declaration's arrival is known only to the month, or not at all: whether the 15 days have passed cannot be told.",
                    ),
                ),
            ],
            rule(
                None,
                "acc_cn_running",
                T("十五日期限尚未届满。", "The 15 days are still running."),
                [cite(ECL, 43, 2)],
            ),
        ),
        passing("acc_kept", ACC, "acc_learned_branch"),
        passing("acc_cn_open", ACC, "acc_learned_branch"),
        passing("acc_complaint_late", ACC, "acc_learned_branch"),
        passing("acc_cn_passed", ACC, "acc_learned_branch"),
        passing("acc_cn_running", ACC, "acc_learned_branch"),
        branch(
            "acc_learned_branch",
            [rule(J, "acc_learned")],
            rule(None, "acc_history_any"),
        ),
        date_question(
            "acc_learned",
            T(
                "你从哪一天起知道内容被删除、并且知道是谁投诉的？只知道月份的，填写年月。",
                "From what day did you know of the removal and who had complained? Give the month if the day is not known.",
            ),
            T("知道被删除及投诉人之日", "the day you knew of the removal and the complainant"),
            "acc_history_any",
            significance=T(
                "你向投诉人索赔的诉讼时效从这一天起算。",
                "Limitation of your claim against the complainant runs from this day.",
            ),
            month=True,
            unknown_=True,
            verify=verify(
                [
                    T(
                        "平台通知你删除和投诉人身份的消息及其日期",
                        "The platform's message telling you of the removal and the complainant, with its date",
                    )
                ],
                T(
                    "这一日期决定你对投诉人的请求何时过时效；只知道月份的，报告按最早的可能日期计算；不清楚的，报告不能计算，会说明缺少这一日期。",
                    "This date decides when your claim against the complainant runs out; with a month only the report counts from the earliest day; without a date it cannot count and says so.",
                ),
            ),
        ),
        date_question(
            "acc_claimant_knew",
            T(
                "对方最晚从哪一天起已经知道该内容和发布者是你？（例如对方第一次投诉、发律师函的日期）只知道月份的，填写年月。",
                "From what day at the latest did the other side know of the content and that you posted it? (E.g. its first complaint or lawyer's letter.) Give the month if the day is not known.",
            ),
            T("对方知道受损及发布者之日", "the day the other side knew of the damage and of you"),
            "acc_history_any",
            significance=T(
                "对方请求你赔偿的诉讼时效从其知道或者应当知道受到损害以及义务人之日起算；届满后你可以拒绝履行。",
                "The other side's limitation runs from when it knew or should have known of the damage and of you; once it has run, you may refuse to pay.",
            ),
            month=True,
            unknown_=True,
            verify=verify(
                [
                    T(
                        "对方第一次投诉、发消息或律师函的记录及日期",
                        "The other side's first complaint, message or lawyer's letter, with its date",
                    )
                ],
                T(
                    "这一日期决定对方的诉讼时效何时届满，从而决定你能否以时效抗辩。",
                    "This date decides when the other side's limitation ends, and so whether you can plead it.",
                ),
            ),
        ),
        question(
            "acc_history_any",
            T(
                "到目前为止，是否有过书面索赔、承认、起诉或者判决？",
                "So far, has there been a written demand, an acknowledgement, a suit or a judgment?",
            ),
            [
                choice(T("否，都还没有", "No, none of these"), "acc_end", "no"),
                choice(T("是", "Yes"), "acc_history", "yes"),
            ],
            why=T(
                "催告、承认和起诉会使诉讼时效中断；判决送达后有上诉期，生效后是申请强制执行的期间。",
                "A demand, an acknowledgement and a suit interrupt limitation; after a judgment is served there is an appeal period, and once effective a period to apply for enforcement.",
            ),
        ),
        events_question(
            "acc_history",
            T(
                "请逐项记录发生过的事，并注明针对谁（你本人、投诉人或平台）；判决生效的，同时填写判决确定的履行期间的最后一日。",
                "Record each event and against whom (you, the complainant or the platform); for an effective judgment, also the last day of performance it sets.",
            ),
            HISTORY_KINDS,
            ["user", "claimant", "platform"],
            "acc_end",
            T(
                "这些事决定诉讼时效是否中断、案件是否已在法院，以及上诉和执行的期限。",
                "These decide whether limitation was interrupted, whether the case is in court, and the appeal and enforcement periods.",
            ),
        ),
        branch(
            "acc_end",
            [
                rule(all_(CLAIMED, LAWFUL), "outcome_n"),
                rule(CLAIMED, "outcome_v"),
                rule(all_(ans("acc_declared", "no"), UNLAWFUL), "outcome_w"),
                rule(
                    ans("acc_declared", "no"),
                    "acc_notice_valid",
                    T(
                        "你还没有提交不侵权的声明：平台可以维持依有效通知采取的措施。",
                        "You have not sent a declaration: the platform may keep the measures it took on an effective notice.",
                    ),
                ),
                rule(reached("acc_kept"), "outcome_w"),
                rule(
                    all_(EC, any_(reached("acc_cn_passed"), reached("acc_complaint_late"))),
                    "acc_restored",
                ),
            ],
            rule(None, "outcome_k"),
        ),
        question(
            "acc_notice_valid",
            T(
                "{party.claimant}的投诉是否附有构成侵权的初步证据（如权利证书、侵权比对说明）和投诉人的真实身份信息？",
                "Did the complaint of the {party.claimant} carry preliminary evidence of an infringement (proof of the right, a comparison) and the complainant's real identity?",
            ),
            [
                choice(
                    T("附有", "Yes"),
                    "outcome_w",
                    "yes",
                    T(
                        "平台依有效通知采取措施，不因删除对你承担责任。",
                        "A platform acting on an effective notice is not liable to you for the removal.",
                    ),
                    [
                        cite(NPR, 5, when=all_(NEW, PERS)),
                        cite(CC, 1195, 1, when=all_(NEW, GENERAL)),
                        cite(ECL, 42, 1, when=EC),
                        cite(REG, 14, 1, when=WORKS),
                    ],
                ),
                choice(
                    T(
                        "没有：只有笼统的指控，没有证据，或者投诉人身份不明",
                        "No: only a bare accusation without evidence, or no real identity",
                    ),
                    "outcome_w",
                    "no",
                    T(
                        "投诉不是有效通知：平台不能以收到有效通知为由对你免责。",
                        "The complaint was no effective notice: the platform cannot rely on one against you.",
                    ),
                    [
                        cite(CC, 1195, 1, when=all_(NEW, GENERAL)),
                        cite(ECL, 42, 1, when=EC),
                        cite(REG, 14, 1, when=WORKS),
                    ],
                ),
                choice(
                    T(
                        "不清楚（平台没有提供投诉的内容）",
                        "Not known (the platform did not show the complaint)",
                    ),
                    "outcome_w",
                    "unknown",
                    unknown_=True,
                ),
            ],
            why=T(
                "平台只有依有效的通知删除内容，才能对被删除内容的用户免责：通知应当包括构成侵权的初步证据和权利人的真实身份信息。",
                "Only a removal made on an effective notice keeps the platform free of liability to the user: the notice must carry preliminary evidence of an infringement and the rights holder's real identity.",
            ),
            verify=verify(
                [
                    T(
                        "平台转送的投诉及附件，或平台关于投诉内容的书面答复",
                        "The complaint forwarded by the platform with attachments, or its written answer about the complaint",
                    )
                ],
                T(
                    "附有初步证据的，平台依通知删除不对你承担责任；没有的，平台不能以有效通知免责，你可以要求恢复并索赔。",
                    "With preliminary evidence, the platform is not liable to you for acting on it; without, it cannot rely on an effective notice, and you may ask for restoration and damages.",
                ),
            ),
        ),
        question(
            "acc_restored",
            T(
                "你的商品或链接现在是否已经恢复？",
                "Have your goods or listing been restored by now?",
            ),
            [
                choice(T("已经恢复", "Yes"), "outcome_k", "yes"),
                choice(T("还没有恢复", "Not yet"), "outcome_k", "no"),
            ],
            why=T(
                "期限届满后平台应当及时终止措施；已经恢复的，只剩下此前的损失；仍未恢复的，先书面要求平台恢复。",
                "Once the period has run the platform must end its measures promptly; if restored, only the earlier loss remains; if not, first ask the platform in writing to restore.",
            ),
        ),
    ]


# --- the wrong notice (a finding recorded before the counter-notice questions) --------------


def finding_j() -> Json:
    loss = T(
        "删除、下架给你造成的损失：停售期间的利润、重新上架的费用、商誉损失，以及为此支付的合理开支",
        "Your loss from the removal: profit lost while off sale, costs of relisting, lost goodwill, and reasonable costs",
    )
    return {
        "id": "acc_j",
        "type": "finding",
        "code": "ISP-J",
        "title": T(
            "错误投诉：投诉人应当赔偿你的损失",
            "A wrong complaint: the complainant owes you damages",
        ),
        "summary": [
            variant(
                "你的内容是否侵权尚待核实。若确实不侵权，{party.claimant}的投诉是错误通知，应当赔偿删除、下架给你造成的损失；能证明其明知不侵权仍然投诉的，加倍赔偿。",
                "Whether your content infringes is still to be verified. If it does not, the complaint of the {party.claimant} was a wrong notice and it owes you the loss the removal caused; if you can show it knew there was no infringement, double.",
                when=all_(OPEN, EC),
            ),
            variant(
                "你的内容是否侵权尚待核实。若确实不侵权，{party.claimant}的投诉是错误通知，应当赔偿删除给你造成的损失。",
                "Whether your content infringes is still to be verified. If it does not, the complaint of the {party.claimant} was a wrong notice and it owes you the loss the removal caused.",
                when=OPEN,
            ),
            variant(
                "你的商品或商品信息不侵权，{party.claimant}明知如此仍然投诉，是恶意发出错误通知：应当对下架给你造成的损失加倍承担赔偿责任。",
                "Your goods or listing do not infringe, and the {party.claimant} complained knowing this: a malicious wrong notice, for which it owes you double the loss the takedown caused.",
                when=MALICIOUS,
            ),
            variant(
                "你的商品或商品信息不侵权，{party.claimant}的投诉是错误通知，应当赔偿下架给你造成的损失；能证明其明知不侵权仍然投诉（恶意）的，加倍赔偿。",
                "Your goods or listing do not infringe: the complaint of the {party.claimant} was a wrong notice and it owes you the loss the takedown caused; double if you can show it knew (malice).",
                when=EC,
            ),
            variant(
                "你的作品不侵权，{party.claimant}的通知导致平台错误删除作品或断开链接，应当赔偿给你造成的损失。",
                "Your work does not infringe: the notice of the {party.claimant} made the platform remove it or the link wrongly, and it owes you the loss.",
                when=WORKS,
            ),
            variant(
                "你的内容不侵权，{party.claimant}的投诉是错误通知，造成你损害的，应当承担侵权责任。",
                "Your content does not infringe: the complaint of the {party.claimant} was a wrong notice and it is liable for the harm it caused you.",
            ),
        ],
        "findings": [
            finding(
                "赔偿责任",
                CLAIMANT,
                T("你", "you"),
                T(
                    "删除、下架给你造成损失的两倍（恶意发出错误通知）",
                    "Twice the loss the removal caused you (malicious wrong notice)",
                ),
                T("投诉人自己的责任", "The complainant's own liability"),
                [cite(ECL, 42, 3)],
                sublabel=T("恶意错误通知，加倍赔偿", "malicious wrong notice, double damages"),
                when=MALICIOUS,
            ),
            finding(
                "赔偿责任",
                CLAIMANT,
                T("你", "you"),
                loss,
                T("投诉人自己的责任", "The complainant's own liability"),
                [cite(ECL, 42, 3)],
                sublabel=T("错误通知的赔偿责任", "liability for a wrong notice"),
                when=all_(EC, not_(MALICIOUS)),
            ),
            finding(
                "赔偿责任",
                CLAIMANT,
                T("你", "you"),
                T(
                    "删除给你造成的损失（如删除期间的收入和流量损失、恢复的费用、商誉损失），以及为此支付的合理开支",
                    "Your loss from the removal (income and traffic lost while removed, costs of restoring, lost goodwill) and reasonable costs",
                ),
                T("投诉人自己的责任", "The complainant's own liability"),
                [
                    cite(REG, 24, when=WORKS),
                    cite(CC, 1195, 3, when=all_(NEW, GENERAL)),
                    cite(TLL, 6, 1, when=all_(OLD, GENERAL)),
                ],
                sublabel=T("错误通知的赔偿责任", "liability for a wrong notice"),
                when=not_(EC),
            ),
        ],
        "warnings": [
            warn(
                "missing_fact",
                "内容是否侵权尚待核实：有授权或许可、属于合理使用、商品是正品，或者所述事实属实、评价没有侮辱性言辞的，投诉才是错误的。",
                "Whether the content infringes is still to be verified: the complaint was wrong only if you were licensed, the use was fair, the goods genuine, or the facts true and the opinion free of insults.",
                when=OPEN,
            ),
            warn(
                "contested",
                "知识产权的投诉人能够证明通知是善意提交、只是与事实不符的，法院审查属实后应当免除其责任；错误通知的责任是否一概以过错为要件，实践中有分歧。",
                "An IP complainant who proves it gave the notice in good faith, though it was wrong, is to be released by the court; whether liability for a wrong notice always requires fault is disputed in practice.",
                when=IP,
                basis=[cite(IPR, 5)],
            ),
            warn(
                "contested",
                "错误通知的责任是否以投诉人有过错为要件，法律没有明确规定，审判实践有分歧。",
                "Whether liability for a wrong notice requires fault on the complainant's part is not settled by statute, and the courts differ.",
                when=not_(IP),
            ),
            warn(
                "missing_fact",
                "恶意须由你举证：例如投诉人伪造权利证明、明知你有授权或商品是正品、在促销前集中投诉。证明不了的，只能按实际损失索赔。",
                "You must prove the malice: forged proof of rights, knowledge of your licence or of genuine goods, bulk complaints before a sale. Without proof, only the actual loss can be claimed.",
                when=all_(EC, ans("acc_malicious", "no")),
            ),
            warn(
                "contested",
                "2021年以前，法律对一般平台上的错误通知没有专门规定；可以依当时的过错责任一般规定主张赔偿。",
                "Before 2021 there was no specific rule on wrong notices on general platforms; a claim rests on the general fault rule of the time.",
                when=all_(OLD, GENERAL),
                basis=[cite(TLL, 6, 1)],
            ),
        ],
        "recourse": [
            note(
                "投诉人是错误通知的最终责任人；平台依有效通知删除，通常不对你承担责任。",
                "The complainant bears the wrong notice in the end; a platform that acted on an effective notice is usually not liable to you.",
            )
        ],
        "next_steps": [
            note(
                "整理证明内容或商品不侵权的证据，并计算删除、下架造成的损失。",
                "Gather the evidence that the content or goods do not infringe, and work out the loss the removal caused.",
            ),
            note(
                "收集证明投诉人明知不侵权仍然投诉的证据，主张加倍赔偿。",
                "Gather evidence that the complainant knew there was no infringement, to claim double damages.",
                when=EC,
            ),
        ],
        "evidence": [
            note(
                "平台转送的投诉通知及附件（投诉人的身份和理由）",
                "The complaint forwarded by the platform, with attachments (who complained and why)",
            ),
            note(
                "不侵权的证据：所述事实属实的证据（订单、聊天记录、照片、检测报告等）",
                "Evidence of non-infringement: proof that the facts stated are true (orders, chats, photos, test reports)",
                when=PERS,
            ),
            note(
                "不侵权的证据：授权书、许可合同、进货发票和合法来源证明、原创底稿",
                "Evidence of non-infringement: licences, invoices and proof of lawful source, original drafts",
                when=not_(PERS),
            ),
            note(
                "损失证明：下架前后的销售数据、取消的订单、流量和排名的变化",
                "Proof of loss: sales before and after the takedown, cancelled orders, changes in traffic and ranking",
                when=EC,
            ),
            note(
                "损失证明：被删除期间的收入减少、合同被取消等",
                "Proof of loss: income lost while removed, cancelled contracts",
                when=not_(EC),
            ),
            note(
                "证明投诉人恶意的证据：你此前向其出示过的授权书、双方往来记录、伪造材料的证明",
                "Evidence of malice: licences you had shown the complainant, correspondence, proof of forgery",
                when=EC,
            ),
        ],
        "next": "acc_forwarded",
    }


# --- outcomes -------------------------------------------------------------------------------


def claim_deadlines() -> list[Json]:
    """Your claim against the complainant (after a wrong notice), and the court's periods."""
    return [
        *limitation(
            "acc_lim_claimant",
            T(
                "你向{party.claimant}索赔的诉讼时效",
                "Limitation of your claim against the {party.claimant}",
            ),
            "acc_learned",
            H,
            ["claimant"],
            when=J,
            acts=[ACC],
        ),
        *judgment_deadlines(H, ACC),
    ]


def defence_deadlines() -> list[Json]:
    """The other side's claim against you (a defence when it has run), and the court's periods."""
    return [
        *limitation(
            "acc_lim_against_you",
            T(
                "对方请求你赔偿的诉讼时效（届满后你可以拒绝履行）",
                "Limitation of the other side's claim against you (once run, you may refuse)",
            ),
            "acc_claimant_knew",
            H,
            ["user"],
            when=all_(CLAIMED, not_(ONLINE)),
            acts=[RH],
        ),
        # 民法典196(1), 995: the content is still online, so the infringement goes on; the
        # date counted from the other side's knowledge is at most a defence against the
        # earlier damage, never against the claim as a whole.
        *limitation(
            "acc_lim_against_you_earlier",
            T(
                "对方请求你赔偿较早部分损害的诉讼时效（侵权仍在持续：只是对较早部分的抗辩，停止侵害不受诉讼时效限制）",
                "Limitation of the other side's claim for the earlier damage (the infringement goes on: a defence only against the earlier part; stopping it is not subject to limitation)",
            ),
            "acc_claimant_knew",
            H,
            ["user"],
            when=all_(CLAIMED, ONLINE),
            acts=[RH],
        ),
        *judgment_deadlines(H, ACC),
    ]


def court_steps(claim: bool) -> list[Json]:
    """Steps that follow the case's history; ``claim``: the client claims (a wrong notice)."""
    steps = []
    if claim:
        barred_ = any_(passed("acc_lim_claimant"), passed("acc_lim_claimant_old"))
        steps.append(
            note(
                "向{party.claimant}书面索赔（保存送达凭证，催告到达即中断诉讼时效）或者起诉；诉讼时效尚未届满的，须在届满前进行（见期限）。",
                "Claim from the {party.claimant} in writing (keep proof of delivery; a demand that arrives interrupts limitation) or sue; while limitation runs, do so before it ends (see the deadlines).",
                when=all_(J, no_judgment(H), any_(not_(barred_), undetermined(barred_))),
            )
        )
        steps.append(
            note(
                "你向{party.claimant}索赔的诉讼时效已经届满（见期限）：仍可以书面索赔或者起诉，但{party.claimant}提出诉讼时效抗辩的，法院对赔偿请求不予支持；{party.claimant}在届满后同意赔偿的，不能再以时效抗辩。",
                "Limitation of your claim against the {party.claimant} has run (see the deadlines): you may still claim in writing or sue, but if the {party.claimant} pleads limitation the court will not uphold the claim for damages; if it agrees to pay after the period has run, it can no longer plead it.",
                when=all_(J, no_judgment(H), barred_),
            )
        )
    steps += [
        note(
            "诉讼已在进行：在举证期限内提交答辩意见和本报告所列的证据。",
            "The suit is under way: file your answer and the evidence listed here within the time for evidence.",
            when=in_court(H),
        ),
        note(
            "一审判决已经送达，尚未生效：不服的，在上诉期间内提起上诉（见期限），二审中只能在法律允许的范围内提出新证据；一审程序已经结束，不能再追加当事人或在一审中举证。双方都不上诉的，判决期满生效："
            + (
                "判你履行的，应当按判决履行，对方可以在二年内申请强制执行；判对方向你赔偿的，对方不履行时你可以在二年内申请强制执行（民事诉讼法第250条）。"
                if claim
                else "判你履行的，应当按判决履行，否则对方可以在二年内申请强制执行（民事诉讼法第250条）。"
            ),
            "The first-instance judgment has been served and is not yet effective: appeal within the appeal period if you disagree (see the deadlines) — new evidence on appeal only within the limits the law allows; the first instance is over, so no party can be added and no evidence filed there. If neither side appeals, the judgment takes effect: "
            + (
                "if it orders you to pay, comply — the other side may apply for enforcement within two years; if it orders the other side to pay you and it does not, you may apply within two years (Civil Procedure Law art. 250)."
                if claim
                else "if it orders you to pay, comply; otherwise the other side may apply for enforcement within two years (Civil Procedure Law art. 250)."
            ),
            when=served(H),
        ),
        note(
            "判决已经生效：判你履行的，按判决履行；对方超过申请执行期间才申请执行的，可以提出异议（民诉法解释第481条第1款）。"
            + (
                "判对方赔偿你的，对方不履行时在申请执行期间内申请强制执行（见期限）。"
                if claim
                else ""
            ),
            "The judgment has taken effect: if it orders you to pay, comply; if the other side applies for enforcement after its period, object (SPC civil-procedure interpretation art. 481(1))."
            + (
                " If it orders the other side to pay you and it does not, apply for enforcement within the period (see the deadlines)."
                if claim
                else ""
            ),
            when=judged(H),
        ),
    ]
    return steps


def outcome_k() -> Json:
    passed_ = any_(reached("acc_cn_passed"), reached("acc_complaint_late"))
    return {
        "id": "outcome_k",
        "type": "outcome",
        "code": "ISP-K",
        "title": T(
            "已提交不侵权的声明：平台应当终止删除、下架等措施",
            "A declaration was sent: the platform must end its removal or takedown",
        ),
        "summary": [
            variant(
                "你已向{party.platform}提交书面说明。被删除的作品，平台收到说明后应当立即恢复；断开的链接，平台可以恢复。平台应当同时把说明转送{party.claimant}，{party.claimant}不得再通知平台删除同一作品，只能向主管部门投诉或向法院起诉。",
                "You sent the {party.platform} a written explanation. A removed work must be restored at once; a removed link may be restored. The platform forwards the explanation to the {party.claimant}, who may not notify it again about the same work and must complain to an authority or sue instead.",
                when=WORKS,
            ),
            variant(
                "是否已经收到{party.claimant}投诉或起诉的通知尚待核实。你的声明到达{party.claimant}后十五日内（最后一日为{deadline.counter_notice}），{party.platform}没有收到已经投诉或起诉的通知的，应当及时终止删除、下架等措施，恢复你的商品或链接。",
                "Whether the {party.claimant} gave notice of a complaint or suit is to be verified. If the {party.platform} received none within 15 days of your declaration reaching the {party.claimant} (last day {deadline.counter_notice}), it must promptly end the takedown and restore your goods or listing.",
                when=all_(EC, ans("acc_complaint", "unknown")),
            ),
            variant(
                "你的声明于{date.acc_decl_date}到达{party.claimant}，十五日期限已于{deadline.counter_notice}届满，{party.platform}已经恢复了你的商品或链接。错误投诉给你造成的损失，可以向{party.claimant}主张（见各项认定）。",
                "Your declaration reached the {party.claimant} on {date.acc_decl_date}; the 15 days ended on {deadline.counter_notice}, and the {party.platform} has restored your goods or listing. Claim from the {party.claimant} the loss its wrong complaint caused (see the findings).",
                when=all_(passed_, ans("acc_restored", "yes")),
            ),
            variant(
                "你的声明于{date.acc_decl_date}到达{party.claimant}，十五日期限已于{deadline.counter_notice}届满，{party.platform}在期限内没有收到{party.claimant}已经投诉或起诉的通知：自期限届满起，平台就应当及时终止删除、下架等措施，恢复你的商品或链接。平台至今没有恢复，是它自己违反法定义务：请立即书面要求恢复，期限届满后仍维持措施给你造成的损失，可以向平台主张。",
                "Your declaration reached the {party.claimant} on {date.acc_decl_date}; the 15 days ended on {deadline.counter_notice} without the {party.platform} receiving notice of a complaint or suit: from then on the platform had to end the takedown promptly and restore your goods or listing. It has not: that is its own breach of its statutory duty — ask it in writing to restore now, and claim from it the loss the measures caused after the period ran out.",
                when=passed_,
            ),
            variant(
                "你的声明于{date.acc_decl_date}到达{party.claimant}，十五日期限到{deadline.counter_notice}届满。届时{party.platform}仍未收到{party.claimant}已经投诉或起诉的通知的，应当及时终止删除、下架等措施，恢复你的商品或链接。",
                "Your declaration reached the {party.claimant} on {date.acc_decl_date}; the 15 days end on {deadline.counter_notice}. If by then the {party.platform} has had no notice of a complaint or suit, it must promptly end the takedown and restore your goods or listing.",
                when=reached("acc_cn_running"),
            ),
            variant(
                "声明到达{party.claimant}的日期，或者{party.claimant}告知已经投诉、起诉的日期，只知道月份或不清楚，十五日期限是否已经届满、对方是否在期限内告知，尚不能确定。期限内没有收到投诉或起诉通知的，{party.platform}应当终止措施；请先向平台核实日期。",
                "The day the declaration reached the {party.claimant}, or the day it gave notice of a complaint or suit, is known only to the month or not at all, so whether the 15 days have passed, or whether it acted in time, cannot be told. Without notice within the period, the {party.platform} must end its measures; first check the dates with the platform.",
                when=EC,
            ),
            variant(
                "删除发生在2021年以前，依你所述，删除措施及其造成的损害没有持续到2021年以后：恢复内容已经不是问题。剩下的是{party.claimant}的错误投诉给你造成的损失能否索赔（见各项认定和期限）。",
                "The removal came before 2021 and, on what you say, neither the measure nor its damage lasted into 2021: restoration is no longer at issue. What remains is whether you can claim the loss the {party.claimant}'s wrong complaint caused you (see the findings and the deadlines).",
                when=OLD_DONE,
            ),
            variant(
                "你的声明已经转送{party.claimant}。在声明到达后的合理期限内，{party.platform}没有收到{party.claimant}已经投诉或者起诉的通知的，应当及时终止措施，恢复你的内容。法律没有规定合理期限的具体天数。",
                "Your declaration has been forwarded to the {party.claimant}. If the {party.platform} has no notice of a complaint or suit within a reasonable period after it arrived, it must promptly end its measures and restore your content. No number of days is fixed by law.",
            ),
        ],
        "findings": [
            finding(
                "赔偿责任",
                T("{party.platform}", "the {party.platform}"),
                T("你", "you"),
                T(
                    "十五日期限届满（{deadline.counter_notice}）后仍维持删除、下架措施给你造成的损失",
                    "Your loss from the takedown kept in place after the 15 days ended ({deadline.counter_notice})",
                ),
                T(
                    "以平台在期限届满后仍不终止措施为前提；法律没有明文规定这一责任，可以依平台服务协议或者侵权主张，结果有不确定性",
                    "Requires the platform to keep the measures after the period; no statute states this liability — claim under the service agreement or in tort, with an uncertain outcome",
                ),
                [cite(ECL, 43, 2)],
                sublabel=T(
                    "期限届满后仍不终止措施",
                    "measures kept after the period ran out",
                ),
                when=all_(passed_, ans("acc_restored", "no")),
            ),
            finding(
                "不承担责任",
                T("{party.platform}", "the {party.platform}"),
                CLAIMANT,
                T(
                    "平台依法终止删除、屏蔽或下架措施、恢复你的内容后，不因此对{party.claimant}承担责任",
                    "Once it lawfully ends the measures and restores your content, the platform is not liable to the {party.claimant} for doing so",
                ),
                T(
                    "平台应当及时终止措施、恢复你的内容",
                    "The platform must end its measures and restore your content promptly",
                ),
                [
                    cite(REG, 17, when=WORKS),
                    cite(ECL, 43, 2, when=EC),
                    cite(CC, 1196, 2, when=GENERAL),
                    cite(TE, 3, when=all_(OLD, GENERAL)),
                    cite(IPR, 3, when=all_(IP, not_(WORKS))),
                ],
                sublabel=T(
                    "平台应当恢复你的内容；依法恢复后对投诉人不承担责任",
                    "the platform must restore your content; restoring lawfully, it is not liable to the complainant",
                ),
                when=not_(OLD_DONE),
            ),
        ],
        "remaining_liability": T(
            "{party.claimant}仍可以向有关部门投诉或者向人民法院对你提起诉讼；恢复内容不等于认定不侵权。",
            "The {party.claimant} may still complain to an authority or bring a suit against you; restoration is no finding that there is no infringement.",
        ),
        "deadlines": [
            {
                "use": "counter_notice",
            },
            *claim_deadlines(),
        ],
        "recourse": [
            note(
                "{party.platform}在期限届满后拒不恢复、造成你损失的，可以依平台服务协议要求其承担责任；法律对这一请求没有明文规定，结果有不确定性。",
                "If the {party.platform} refuses to restore after the period and you lose by it, you may claim under the platform's service agreement; no statute states this claim, so the outcome is uncertain.",
                when=not_(all_(passed_, ans("acc_restored", "no"))),
            )
        ],
        "warnings": [
            warn(
                "contested",
                "信息网络传播权保护条例第17条规定平台收到书面说明后“立即”恢复作品；民法典第1196条第2款和网络知产批复第3条规定的是声明到达权利人后的“合理期限”。两者如何协调有争议，平台可能以等待合理期限为由暂缓恢复。",
                "Regulations art. 17 requires works to be restored 'at once' on the written explanation; Civil Code art. 1196(2) and the SPC online-IP reply (item 3) speak of a 'reasonable period' after the declaration reaches the rights holder. How they fit together is disputed, and the platform may wait for such a period.",
                when=WORKS,
                basis=[cite(REG, 17), cite(CC, 1196, 2), cite(IPR, 3)],
            ),
            warn(
                "caution",
                "知识产权案件中，“因办理公证、认证手续等权利人无法控制的特殊情况导致的延迟，不计入上述期限，但该期限最长不超过20个工作日”（网络知产批复第3条）。投诉人以此为由的，期限可能相应延后。",
                "In IP cases, 'delays caused by special circumstances beyond the rights holder's control, such as notarisation or authentication, do not count towards the period, which may however not exceed 20 working days' (SPC online-IP reply, item 3). If the complainant relies on this, the period may end later.",
                when=all_(IP, not_(WORKS)),
                basis=[cite(IPR, 3)],
            ),
            warn(
                "contested",
                "{party.claimant}在十五日期限届满后才告知已经投诉或起诉。平台本应在期限届满后及时终止措施；此后收到起诉通知时平台是否仍须恢复，实践中看法不一。",
                "The {party.claimant} gave notice of its complaint or suit only after the 15 days. The platform should have ended its measures when they ran out; whether it must still restore after such a late notice is seen differently in practice.",
                when=reached("acc_complaint_late"),
                basis=[cite(ECL, 43, 2)],
            ),
            warn(
                "contested",
                "删除发生在2021年以前，当时的法律对一般平台上的不侵权声明没有规定；可以依民法典时间效力规定第3条主张适用民法典第1196条，但以不明显减损当事人合法权益、不增加法定义务为限。",
                "The removal came before 2021, when the law said nothing of declarations on general platforms; Civil Code art. 1196 can be invoked through the SPC time-effect provisions art. 3, unless that clearly impairs a party's rights or adds to its statutory duties.",
                when=all_(OLD, GENERAL, not_(OLD_DONE)),
                basis=[cite(TE, 3)],
            ),
            warn(
                "caution",
                "声明必须真实：恶意提交声明导致平台终止措施、造成权利人损害的，权利人可以请求相应的惩罚性赔偿（网络知产批复第4条）。",
                "The declaration must be true: one made in bad faith that gets the measures ended and harms the rights holder may bring punitive damages (SPC online-IP reply, item 4).",
                when=IP,
                basis=[cite(IPR, 4)],
            ),
            forwarding_warning(),
            old_spc_text_warning(ACC, when=any_(PERS, COPY)),
            warn(
                "caution",
                "依你所述，内容可能确实侵权：平台依法恢复内容，不改变你对{party.claimant}的侵权责任；对方起诉的，你可能要停止侵害并赔偿损失。",
                "On what you say, the content may indeed infringe: restoration by the platform does not change your liability to the {party.claimant}; if it sues, you may have to stop and pay damages.",
                when=UNLAWFUL,
            ),
        ],
        "next_steps": [
            note(
                "书面要求{party.platform}立即恢复被删除的作品（信息网络传播权保护条例第17条），保存要求和答复的记录。",
                "Ask the {party.platform} in writing to restore the work at once (Regulations art. 17), and keep the request and the reply.",
                when=WORKS,
            ),
            note(
                "书面要求{party.platform}立即终止措施、恢复商品或链接，附声明到达投诉人的证明，并指出十五日期限已经届满。",
                "Ask the {party.platform} in writing to end its measures and restore the goods or listing at once, with proof of the declaration's arrival, pointing out that the 15 days have passed.",
                when=all_(
                    passed_, not_(ans("acc_complaint", "unknown")), not_(ans("acc_restored", "yes"))
                ),
            ),
            note(
                "在{deadline.counter_notice}之后向{party.platform}查询是否收到投诉或起诉的通知；没有收到的，要求立即恢复。",
                "After {deadline.counter_notice}, ask the {party.platform} whether it received notice of a complaint or suit; if not, ask for restoration at once.",
                when=reached("acc_cn_running"),
            ),
            note(
                "书面要求{party.platform}说明声明转送到达投诉人的日期，以及是否、何时收到投诉或起诉的通知。",
                "Ask the {party.platform} in writing when the declaration reached the complainant, and whether and when it was told of a complaint or suit.",
                when=any_(reached("acc_cn_open"), ans("acc_complaint", "unknown")),
            ),
            note(
                "书面询问{party.platform}是否收到{party.claimant}已经投诉或起诉的通知；合理期限过去仍未收到的，要求恢复。",
                "Ask the {party.platform} in writing whether the {party.claimant} has given notice of a complaint or suit; if not within a reasonable period, ask for restoration.",
                when=all_(GENERAL, not_(OLD_DONE)),
            ),
            *court_steps(True),
            note(
                "内容恢复后仍保留全部证据：{party.claimant}还可以起诉。",
                "Keep all the evidence after restoration: the {party.claimant} may still sue.",
                when=not_(OLD_DONE),
            ),
        ],
        "citations": [cite(CPI, 481, 1, when=judged(H))],
        "evidence": [
            note(
                "你提交的声明及附件、提交记录",
                "Your declaration with attachments and the record of sending it",
            ),
            note(
                "平台转送声明、告知处理结果的记录（到达投诉人的日期）",
                "The platform's records of forwarding the declaration and of its decision (the day it reached the complainant)",
                when=not_(WORKS),
            ),
            note(
                "平台依法公示的通知、声明及处理结果（电子商务法第44条）",
                "The platform's published record of notices, declarations and decisions (E-Commerce Law art. 44)",
                when=EC,
            ),
            note(
                "平台关于是否收到投诉或起诉通知的书面答复",
                "The platform's written answer on whether it was told of a complaint or suit",
                when=not_(WORKS),
            ),
        ],
    }


def forwarding_warning() -> Json:
    return warn(
        "caution",
        "{party.platform}没有把投诉转送给你。平台接到通知后应当及时转送相关用户；没有转送的，你可以要求平台提供投诉的内容，以便提出不侵权的声明。",
        "The {party.platform} did not forward the complaint to you. It must forward a notice to the user concerned; ask it for the complaint so that you can answer with a declaration.",
        when=ans("acc_forwarded", "no"),
        basis=[cite(CC, 1195, 2, when=NEW), cite(ECL, 42, 2, when=EC), cite(REG, 15, when=WORKS)],
    )


def limitation_on_appeal() -> Json:
    """诉讼时效规定3(1): a limitation defence not raised at first instance fails on appeal."""
    return note(
        "一审中没有提出诉讼时效抗辩的，在二审中再提出，法院不予支持，但基于新的证据能够证明对方的请求已过诉讼时效的除外（诉讼时效规定第3条第1款）。",
        "A limitation defence not raised at first instance fails on appeal, unless new evidence shows the other side's claim had run (SPC limitation provisions art. 3(1)).",
        [ACC],
        served(H),
    )


def limitation_defence_citations() -> list[Json]:
    """The limitation defence in the version under which the other side's period began."""
    start = "acc_claimant_knew"
    return [
        cite(CC, 192, 1, when=on_or_after(start, "2021-01-01")),
        cite(CC, 193, when=on_or_after(start, "2021-01-01")),
        cite(
            GPRO, 192, 1, when=all_(on_or_after(start, "2017-10-01"), before(start, "2021-01-01"))
        ),
        cite(GPRO, 193, when=all_(on_or_after(start, "2017-10-01"), before(start, "2021-01-01"))),
        cite(GPCL, 135, when=before(start, "2017-10-01")),
    ]


def continuing_warnings() -> list[Json]:
    """民法典196(1) (and 995 for personality rights): the content is still online."""
    rest = (
        "不受诉讼时效的限制。报告从对方知道之日起计算的诉讼时效，只能作为对较早已经发生的损害的抗辩；对持续的侵权，赔偿请求的诉讼时效从何时起算有不同看法（有的认为从侵权行为结束时起算，有的认为较近期间的损害另行起算），不要以为对方的请求已经整体超过诉讼时效。",
        " is not subject to limitation. The limitation the report counts from the other side's knowledge is only a defence against the earlier damage; when limitation for damages starts on a continuing infringement is debated (some count from when it ends, others let more recent damage count from later) — do not take the claim as time-barred as a whole.",
    )
    head = "内容仍在网上，被指控的行为仍在持续：对方请求删除、停止侵害"
    return [
        warn(
            "contested",
            head + "以及消除影响、恢复名誉、赔礼道歉" + rest[0],
            "The content is still online, so the conduct complained of continues: a claim to remove it and stop, remove the effects, restore the reputation and apologise"
            + rest[1],
            [ACC],
            all_(ONLINE, PERS),
            [cite(CC, 196, 1, 1), cite(CC, 995)],
        ),
        warn(
            "contested",
            head + rest[0],
            "The content is still online, so the conduct complained of continues: a claim to remove it and stop"
            + rest[1],
            [ACC],
            all_(ONLINE, not_(PERS)),
            [cite(CC, 196, 1, 1)],
        ),
    ]


def outcome_v() -> Json:
    liable_basis = [
        cite(CC, 1194, when=NEW),
        cite(TLL, 36, 1, when=OLD),
        cite(CC, 1024, 1, when=all_(NEW, inc("acc_content", "fabricated", "insult"))),
        cite(CC, 1032, 1, when=all_(NEW, inc("acc_content", "private"))),
        cite(CC, 1019, 1, when=all_(NEW, inc("acc_content", "portrait"))),
        cite(GPCL, 101, when=all_(OLD, inc("acc_content", "fabricated", "insult"))),
        cite(TLL, 2, 2, when=all_(OLD, inc("acc_content", "private"))),
        cite(GPCL, 100, when=all_(OLD, inc("acc_content", "portrait"))),
        cite(NDI, 3, 1, when=COPY),
    ]
    return {
        "id": "outcome_v",
        "type": "outcome",
        "code": "ISP-V",
        "title": T(
            "被指控侵权：你的内容可能构成侵权，应当承担侵权责任",
            "Accused: your content may be unlawful, and you may be liable",
        ),
        "summary": [
            variant(
                "你的内容是否侵权尚待核实。若有不实的事实、侮辱性言辞、他人的隐私，或者未经许可使用了他人的作品、商标等，你应当承担侵权责任；若所述事实属实、评价正当，或者有授权、合法来源，你不承担责任。请先整理能证明内容合法的证据。",
                "Whether your content infringes is still to be verified. Untrue facts, insults, someone's private information, or another's work or mark used without permission make you liable; true facts, fair opinion, a licence or a lawful source mean you are not. Gather the evidence that the content is lawful first.",
                when=OPEN,
            ),
            variant(
                "依你所述，你的内容可能构成侵权，{party.claimant}可以要求你停止侵害并赔偿损失。内容仍在网上，侵权仍在持续：停止侵害的请求不受诉讼时效的限制，赔偿请求也不会整体超过诉讼时效，时效抗辩至多及于较早已经发生的部分损害（见期限）。你可以就损失的数额等提出抗辩。",
                "On what you say, your content may be unlawful: the {party.claimant} may ask you to stop and pay damages. The content is still online, so the infringement goes on: a claim to stop is not subject to limitation, and the damages claim is not time-barred as a whole — a limitation defence reaches at most the earlier damage (see the deadlines). You may contest the amount.",
                when=all_(IP, ONLINE),
            ),
            variant(
                "依你所述，你的内容可能构成侵权，{party.claimant}可以要求你停止侵害、消除影响、赔礼道歉并赔偿损失。内容仍在网上，侵权仍在持续：停止侵害、消除影响、赔礼道歉的请求不受诉讼时效的限制，赔偿请求也不会整体超过诉讼时效，时效抗辩至多及于较早已经发生的部分损害（见期限）。你可以就损失的数额等提出抗辩。",
                "On what you say, your content may be unlawful: the {party.claimant} may ask you to stop, remove the effects, apologise and pay damages. The content is still online, so the infringement goes on: the claims to stop, remove the effects and apologise are not subject to limitation, and the damages claim is not time-barred as a whole — a limitation defence reaches at most the earlier damage (see the deadlines). You may contest the amount.",
                when=all_(PERS, ONLINE),
            ),
            variant(
                "依你所述，你的内容可能构成侵权，{party.claimant}可以要求你停止侵害并赔偿损失。你可以就损失的数额、诉讼时效等提出抗辩。",
                "On what you say, your content may be unlawful: the {party.claimant} may ask you to stop and pay damages. You may contest the amount and plead limitation.",
                when=IP,
            ),
            variant(
                "依你所述，你的内容可能构成侵权，{party.claimant}可以要求你停止侵害、消除影响、赔礼道歉并赔偿损失。你可以就损失的数额、诉讼时效等提出抗辩。",
                "On what you say, your content may be unlawful: the {party.claimant} may ask you to stop, remove the effects, apologise and pay damages. You may contest the amount and plead limitation.",
            ),
        ],
        "findings": [
            finding(
                "赔偿责任",
                USER,
                CLAIMANT,
                T(
                    "侵权造成的损害，以及对方为制止侵权支付的合理开支",
                    "The damage caused, and the other side's reasonable costs of stopping it",
                ),
                T(
                    "直接侵权人；平台未及时处理投诉的，平台对扩大的部分可能与你承担连带责任",
                    "The direct infringer; if the platform failed to act on a complaint, it may share the enlarged part jointly",
                ),
                liable_basis,
                sublabel=T("网络用户自己的侵权责任", "the user's own liability"),
            )
        ],
        "defences": [
            note(
                "主张所述事实属实：提交能证明事实的证据（订单、聊天记录、照片、检测报告、判决书等）。",
                "Plead that the facts are true, with the evidence (orders, chat records, photos, test reports, judgments).",
                [ACC],
                PERS,
            ),
            note(
                "主张是基于事实的正当评价或批评，没有侮辱性言辞；为公共利益的新闻报道、舆论监督，只有捏造或歪曲事实、对他人提供的严重失实内容未尽合理核实义务、使用侮辱性言辞时才承担责任（民法典第1025条）。",
                "Plead fair opinion or criticism based on facts without insults; reporting and public scrutiny in the public interest make one liable only for made-up or distorted facts, failing to check seriously untrue material from others, or insults (Civil Code art. 1025).",
                [ACC],
                all_(PERS, NEW),
            ),
            note(
                "主张有授权或许可、属于合理使用，或者商品有合法来源：提交授权书、许可合同、进货发票、供货合同。",
                "Plead a licence, fair use or a lawful source, with licences, invoices and supply contracts.",
                [ACC],
                all_(not_(PERS), not_(ans("acc_ip", "yes"))),
            ),
            note(
                "对方的诉讼时效已经届满的（见期限），可以提出不履行的抗辩；法院不会主动适用诉讼时效，必须由你在一审中提出。",
                "If the other side's limitation has run (see the deadlines), plead it; the court will not apply limitation of its own motion, so you must raise it at first instance.",
                [ACC],
                all_(not_(ONLINE), not_(event(H, "judgment_served", "judgment_effective"))),
            ),
            note(
                "诉讼时效只是对较早部分的抗辩：内容仍在网上，侵权仍在持续，对方请求停止侵害"
                + "、消除影响、赔礼道歉"
                + "不受诉讼时效的限制；对较早已经发生的损害，对方的诉讼时效届满的（见期限），可以就该部分提出不履行的抗辩，持续发布造成的较近的损害仍可能得到支持。法院不会主动适用诉讼时效，必须由你在一审中提出。",
                "Limitation is a defence only against the earlier part: the content is still online and the infringement goes on, so the claims to stop, remove the effects and apologise are not subject to limitation; where limitation for the earlier damage has run (see the deadlines), plead it against that part — damage from the continuing publication may still be awarded. The court will not apply limitation of its own motion, so you must raise it at first instance.",
                [ACC],
                all_(PERS, ONLINE, not_(event(H, "judgment_served", "judgment_effective"))),
            ),
            note(
                "诉讼时效只是对较早部分的抗辩：内容仍在网上，侵权仍在持续，对方请求停止侵害不受诉讼时效的限制；对较早已经发生的损害，对方的诉讼时效届满的（见期限），可以就该部分提出不履行的抗辩，持续发布造成的较近的损害仍可能得到支持。法院不会主动适用诉讼时效，必须由你在一审中提出。",
                "Limitation is a defence only against the earlier part: the content is still online and the infringement goes on, so the claim to stop is not subject to limitation; where limitation for the earlier damage has run (see the deadlines), plead it against that part — damage from the continuing publication may still be awarded. The court will not apply limitation of its own motion, so you must raise it at first instance.",
                [ACC],
                all_(not_(PERS), ONLINE, not_(event(H, "judgment_served", "judgment_effective"))),
            ),
            limitation_on_appeal(),
            note(
                "要求对方证明实际损失及因果关系；损失和你的获利都难以确定的，法院在50万元以下酌定（网络人身权益规定第12条第2款）。",
                "Make the other side prove its actual loss and causation; where neither its loss nor your gain can be established, the court fixes up to 500,000 yuan (SPC online personal-rights provisions art. 12(2)).",
                [ACC],
                all_(PERS, NEW),
            ),
            note(
                "要求对方证明实际损失及因果关系。",
                "Make the other side prove its actual loss and causation.",
                [ACC],
                all_(PERS, OLD),
            ),
            note(
                "消除影响、赔礼道歉的方式应当与侵权的具体方式和影响范围相当（民法典第1000条第1款）；已经删除或更正的，可以请求法院考虑。",
                "Removing the effects and apologising must match the manner and reach of the infringement (Civil Code art. 1000(1)); ask the court to take account of any deletion or correction already made.",
                [ACC],
                all_(PERS, NEW),
            ),
        ],
        "deadlines": defence_deadlines(),
        "recourse": [],
        "warnings": [
            warn(
                "contested",
                "平台接到有效通知后没有及时采取必要措施的，要对损害的扩大部分与你承担连带责任；这是平台对{party.claimant}的责任，不减轻你自己的责任。你是直接发布内容的人，一般认为最终责任在你，平台赔偿后可以向你追偿；你能否把一部分负担转给平台，看法不一。本案也没有查明平台是否收到有效通知、是否及时处理。",
                "A platform that did not act in time on an effective notice is jointly liable with you for the enlarged damage; that is its liability to the {party.claimant} and does not lessen yours. As the one who posted the content you are generally held to bear it in the end, and a platform that pays may recover from you; whether you can shift any share onto the platform is disputed. Whether the platform received an effective notice or acted in time has not been established here.",
                basis=[cite(CC, 1195, 2, when=NEW), cite(TLL, 36, 2, when=OLD)],
            ),
            warn(
                "caution",
                "不要在核实之前书面同意赔偿：对方的诉讼时效届满后你又同意履行的，不能再以时效抗辩。",
                "Do not agree in writing to pay before checking: agreeing after the other side's limitation has run gives up that defence.",
                when=not_(judged(H)),
                basis=[cite(CC, 192, 2)],
            ),
            *continuing_warnings(),
            warn(
                "missing_fact",
                "内容是否侵权尚待核实：所述事实属实、评价没有侮辱性言辞，或有授权、合法来源的，不构成侵权。",
                "Whether the content infringes is still to be verified: true facts, opinions without insults, a licence or a lawful source mean no infringement.",
                when=OPEN,
            ),
            old_spc_text_warning(ACC, when=any_(PERS, COPY)),
        ],
        "next_steps": [
            note(
                "内容确有不实之处的，及时删除或更正，避免损害继续扩大。",
                "If the content is partly untrue, delete or correct it promptly so the damage stops growing.",
                when=all_(ans("acc_situation", "claimed_online"), not_(judged(H))),
            ),
            note(
                "收到律师函或索赔的，书面回复并保留全部往来；在核实之前不要承认或同意赔偿。",
                "Answer a lawyer's letter or claim in writing and keep the correspondence; do not admit or agree to pay before checking.",
                when=no_judgment(H),
            ),
            note(
                "原告只起诉了你、平台也可能负有责任的（例如接到投诉后没有及时处理），可以申请追加平台为共同被告或者第三人（网络人身权益规定第2条第2款）。",
                "If the plaintiff sued only you and the platform may share the liability (e.g. it did not act in time on a complaint), ask the court to add the platform as co-defendant or third party (SPC online personal-rights provisions art. 2(2)).",
                when=all_(in_court(H), PERS, not_(event(H, "suit", parties=("platform",)))),
            ),
            *court_steps(False),
        ],
        "evidence": [
            note(
                "你发布的内容原文、发布时间和删除或修改记录",
                "The content as posted, when, and any deletion or edits",
            ),
            note(
                "证明所述事实属实的证据",
                "Evidence that the facts stated are true",
                when=PERS,
            ),
            note(
                "授权书、许可合同、进货发票、供货合同或原创的证明",
                "Licences, invoices, supply contracts or proof of originality",
                when=not_(PERS),
            ),
            note(
                "对方的投诉、律师函、起诉状等，以及送达日期",
                "The other side's complaint, lawyer's letter or statement of claim, with the days served",
            ),
        ],
        "citations": [
            cite(NPR, 12, 2, when=all_(PERS, NEW)),
            cite(CPI, 481, 1, when=judged(H)),
            *limitation_defence_citations(),
        ],
    }


# --- the removal stands for now (no declaration yet, the complainant sued in time, or the
# content may indeed infringe) -----------------------------------------------------------------

VALID = ans("acc_notice_valid", "yes")
INVALID = ans("acc_notice_valid", "no")
VALID_OPEN = unknown("acc_notice_valid")
NOT_FORWARDED = ans("acc_forwarded", "no")


def outcome_w() -> Json:
    you = T("你", "you")
    platform = T("{party.platform}", "the {party.platform}")
    protected_basis = [
        cite(NPR, 5, when=all_(NEW, PERS)),
        cite(CC, 1195, 2, when=all_(NEW, GENERAL)),
        cite(ECL, 42, 2, when=EC),
        cite(REG, 15, when=WORKS),
        cite(TLL, 36, 2, when=all_(OLD, GENERAL)),
    ]
    return {
        "id": "outcome_w",
        "type": "outcome",
        "code": "ISP-W",
        "title": T(
            "内容被投诉删除：平台的责任、恢复内容和向投诉人索赔",
            "Content removed on a complaint: the platform's liability, restoration and the claim against the complainant",
        ),
        "summary": [
            variant(
                "{party.platform}依{party.claimant}的投诉删除或下架了你的内容。依你所述，内容可能确实侵权：投诉不是错误通知，平台和投诉人都不因删除对你承担责任；你反而可能要对{party.claimant}承担侵权责任。",
                "The {party.platform} removed your content on the complaint of the {party.claimant}. On what you say, the content may indeed infringe: the complaint was not wrong, neither the platform nor the complainant is liable to you for the removal, and you may be liable to the {party.claimant}.",
                when=UNLAWFUL,
            ),
            variant(
                "{party.claimant}已在期限内告知{party.platform}已经投诉或起诉，平台可以维持删除或下架的措施，争议由主管部门或法院处理。你可以在该程序中主张不侵权，错误投诉造成的损失可以向{party.claimant}主张。",
                "The {party.claimant} told the {party.platform} in time that it had complained or sued, so the platform may keep the removal and the authority or court will decide. Plead non-infringement there, and claim from the {party.claimant} the loss a wrong complaint caused.",
                when=reached("acc_kept"),
            ),
            variant(
                "{party.platform}依{party.claimant}的投诉删除或下架了你的内容，却没有把投诉转送给你，而法律要求平台及时转送。请先书面要求平台提供投诉的内容和投诉人的身份，再提交不存在侵权行为的声明（附不侵权的初步证据和你的真实身份信息）；{party.claimant}在期限内没有告知已经投诉或起诉的，平台应当终止措施、恢复内容。",
                "The {party.platform} removed your content on the complaint of the {party.claimant} without forwarding the complaint to you, though the law requires it to. First ask the platform in writing for the complaint and the complainant's identity, then send a declaration of non-infringement (with preliminary evidence and your real identity); if the {party.claimant} does not give notice of a complaint or suit within the period, the platform must end its measures and restore the content.",
                when=NOT_FORWARDED,
            ),
            variant(
                "{party.platform}依{party.claimant}的投诉删除或下架了你的内容。你还没有提交不侵权的声明：应当尽快向平台提交（附不侵权的初步证据和你的真实身份信息）；{party.claimant}在期限内没有告知已经投诉或起诉的，平台应当终止措施、恢复内容。",
                "The {party.platform} removed your content on the complaint of the {party.claimant}. You have not yet sent a declaration of non-infringement: send one soon (with preliminary evidence and your real identity); if the {party.claimant} does not give notice of a complaint or suit within the period, the platform must end its measures and restore the content.",
            ),
        ],
        "findings": [
            finding(
                "不承担责任",
                platform,
                you,
                T(
                    "依投诉删除、屏蔽或下架给你造成的损失",
                    "Your loss from the removal, block or takedown made on the complaint",
                ),
                T("—", "—"),
                protected_basis,
                sublabel=T("平台依有效通知采取措施", "the platform acted on an effective notice"),
                when=all_(any_(VALID, UNLAWFUL, reached("acc_kept")), not_(NOT_FORWARDED)),
            ),
            finding(
                "不承担责任",
                platform,
                you,
                T(
                    "依投诉删除、屏蔽或下架本身给你造成的损失；平台没有依法转送投诉，由此给你造成的损失是否由平台承担，有争议",
                    "Your loss from the removal itself; whether the platform answers for the loss its failure to forward the complaint caused is disputed",
                ),
                T(
                    "以投诉附有构成侵权的初步证据为前提",
                    "Provided the complaint carried preliminary evidence of an infringement",
                ),
                protected_basis,
                sublabel=T(
                    "平台依有效通知采取措施，但没有依法转送通知",
                    "the platform acted on an effective notice but did not forward it",
                ),
                when=all_(any_(VALID, UNLAWFUL, reached("acc_kept")), NOT_FORWARDED),
            ),
            finding(
                "赔偿责任",
                platform,
                you,
                T(
                    "依不符合要求的投诉删除、屏蔽或下架给你造成的损失",
                    "Your loss from a removal made on a complaint that did not meet the requirements",
                ),
                T(
                    "以平台有过错并给你造成损失为前提；可以依平台服务协议（违约）或者侵权主张，平台会以服务协议抗辩，结果有不确定性",
                    "Requires the platform's fault and your loss; claim under the platform's service agreement (breach) or in tort — the platform will rely on the agreement, so the outcome is uncertain",
                ),
                [
                    cite(CC, 1195, 1, when=all_(NEW, GENERAL)),
                    cite(ECL, 42, 1, when=EC),
                    cite(REG, 14, 1, when=WORKS),
                    cite(CC, 1165, 1, when=NEW),
                    cite(TLL, 6, 1, when=OLD),
                ],
                sublabel=T(
                    "投诉缺少构成侵权的初步证据，平台不能以有效通知免责",
                    "the complaint lacked preliminary evidence, so the platform cannot rely on an effective notice",
                ),
                when=all_(any_(INVALID, VALID_OPEN), not_(UNLAWFUL)),
                depends_on=["acc_notice_valid"],
            ),
            finding(
                "不承担责任",
                CLAIMANT,
                you,
                T("删除、下架给你造成的损失", "Your loss from the removal"),
                T("—", "—"),
                [
                    cite(ECL, 42, 3, when=EC),
                    cite(REG, 24, when=WORKS),
                    cite(CC, 1195, 3, when=all_(NEW, GENERAL)),
                    cite(TLL, 6, 1, when=all_(OLD, GENERAL)),
                ],
                sublabel=T("投诉不是错误通知", "the complaint was not a wrong notice"),
                when=UNLAWFUL,
            ),
        ],
        "remaining_liability": T(
            "投诉是否错误决定谁承担责任：投诉错误的，{party.claimant}应当赔偿你的损失；内容确实侵权的，你应当对{party.claimant}承担侵权责任。",
            "Whether the complaint was wrong decides who is liable: if it was, the {party.claimant} owes you your loss; if the content does infringe, you are liable to the {party.claimant}.",
        ),
        "deadlines": claim_deadlines(),
        "recourse": [
            note(
                "投诉错误的，{party.claimant}是最终责任人；平台因投诉不符合要求而赔偿你的，可以向{party.claimant}追偿。",
                "If the complaint was wrong, the {party.claimant} bears it in the end; a platform that pays you because the complaint did not meet the requirements may recover from the {party.claimant}.",
                when=all_(any_(INVALID, VALID_OPEN), not_(UNLAWFUL)),
            ),
            note(
                "投诉错误的，{party.claimant}是最终责任人。",
                "If the complaint was wrong, the {party.claimant} bears it in the end.",
                when=not_(all_(any_(INVALID, VALID_OPEN), not_(UNLAWFUL))),
            ),
        ],
        "warnings": [
            forwarding_warning(),
            warn(
                "contested",
                "平台没有依法转送投诉，使你无法及时提交不侵权的声明、尽早恢复内容；由此扩大的损失是否由平台承担，法律没有明文规定，实践中看法不一。",
                "The platform did not forward the complaint as the law requires, so you could not answer it with a declaration and get the content back sooner; whether the platform answers for the loss this added is not stated by law and is seen differently in practice.",
                when=all_(NOT_FORWARDED, not_(UNLAWFUL)),
                basis=[
                    cite(CC, 1195, 2, when=NEW),
                    cite(ECL, 42, 2, when=EC),
                    cite(REG, 15, when=WORKS),
                ],
            ),
            warn(
                "missing_fact",
                "投诉是否附有构成侵权的初步证据（以及投诉人的真实身份）尚待核实：附有的，平台依通知删除不对你承担责任；没有的，平台不能以收到有效通知为由免责。",
                "Whether the complaint carried preliminary evidence of an infringement (and the complainant's real identity) is still to be verified: if it did, the platform is not liable to you for acting on it; if not, it cannot rely on an effective notice.",
                when=VALID_OPEN,
            ),
            old_spc_text_warning(ACC, when=any_(PERS, COPY)),
        ],
        "next_steps": [
            note(
                "书面要求{party.platform}提供投诉的内容和投诉人的身份。",
                "Ask the {party.platform} in writing for the complaint and the complainant's identity.",
                when=ans("acc_forwarded", "no", "unknown"),
            ),
            note(
                "尽快向{party.platform}提交不存在侵权行为的声明，附不侵权的初步证据和你的真实身份信息，保存提交记录。",
                "Send the {party.platform} a declaration of non-infringement soon, with preliminary evidence and your real identity, and keep the record.",
                when=all_(ans("acc_declared", "no"), not_(UNLAWFUL), not_(WORKS)),
            ),
            note(
                "尽快向{party.platform}提交书面说明，写明你的姓名（名称）、联系方式和地址，要求恢复的作品的名称和网址，以及不构成侵权的初步证明材料。",
                "Send the {party.platform} a written explanation soon with your name, contact details and address, the title and address of the work to restore, and preliminary proof that it does not infringe.",
                when=all_(ans("acc_declared", "no"), not_(UNLAWFUL), WORKS),
            ),
            note(
                "投诉缺少构成侵权的初步证据的，书面要求{party.platform}恢复内容并说明删除的依据；平台拒绝的，可以依服务协议或者侵权向平台主张赔偿。",
                "If the complaint lacked preliminary evidence, ask the {party.platform} in writing to restore the content and to state the ground for the removal; if it refuses, claim damages from it under the service agreement or in tort.",
                when=all_(INVALID, not_(UNLAWFUL)),
            ),
            note(
                "在{party.claimant}提起的投诉或诉讼程序中主张不侵权，并提交证据。",
                "Plead non-infringement, with evidence, in the complaint or suit the {party.claimant} has brought.",
                when=all_(reached("acc_kept"), not_(UNLAWFUL)),
            ),
            note(
                "内容确实侵权的，不要再次发布；可以与{party.claimant}协商，减少损失。",
                "If the content does infringe, do not post it again; negotiating with the {party.claimant} may limit the loss.",
                when=UNLAWFUL,
            ),
            *court_steps(True),
        ],
        "evidence": [
            note("平台删除或下架的通知", "The platform's notice of the removal"),
            note(
                "平台转送的投诉及附件，或平台关于投诉内容的答复（能看出投诉是否附有初步证据）",
                "The complaint forwarded by the platform with its attachments, or the platform's answer about it (showing whether it carried preliminary evidence)",
                when=not_(UNLAWFUL),
            ),
            note(
                "不侵权的证据：所述事实属实的证据（订单、聊天记录、照片、检测报告等）",
                "Evidence of non-infringement: proof that the facts stated are true (orders, chats, photos, test reports)",
                when=all_(PERS, not_(UNLAWFUL)),
            ),
            note(
                "不侵权的证据：授权书、许可合同、进货发票和合法来源证明、原创底稿",
                "Evidence of non-infringement: licences, invoices and proof of lawful source, original drafts",
                when=all_(not_(PERS), not_(UNLAWFUL)),
            ),
            note(
                "你提交的声明及附件、平台的处理记录",
                "Your declaration with attachments, and the platform's records",
                when=ans("acc_declared", "yes"),
            ),
        ],
        "citations": [cite(CPI, 481, 1, when=judged(H))],
    }
