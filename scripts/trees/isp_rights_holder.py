"""The ISP tree, side 1: the person whose rights were infringed online (legal-coverage.md §1).

Order: is the content still online (and since when removed) → the law that applies → which
right → is the content unlawful at all (§1.5) → the platform's role → the user's own liability
(a finding recorded early, so that later unknown facts about the platform do not touch it) →
knowledge → notice, forwarding and measures, asked separately (1195(2)) → safe harbours →
limitation start and the case's history → the platform's liability.
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
    CC,
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
    barred,
    barred_nodes,
    claim_steps,
    enforcement_nodes,
    enforcement_steps,
    in_court,
    joint_recourse,
    judged,
    judgment_deadlines,
    limitation,
    mechanics_citations,
    new_law,
    no_judgment,
    old_law,
    old_spc_text_warning,
    served,
)

NEW = new_law(RH)
OLD = old_law(RH)
H = "rh_history"

PERS = ans("rh_right", "personality")
COPY = ans("rh_right", "copyright")
IP = ans("rh_right", "copyright", "other_ip")
ONLINE = ans("rh_status", "online")
REMOVED = ans("rh_status", "removed_platform", "removed_user", "removed_unclear")
UNLAWFUL_KINDS = ("fabricated", "insult", "private", "portrait")
#: 电子商务法42–45: IP in listings on an e-commerce platform, with facts from 2019 (decided
#: once, at the marker ``rh_ec``, so that no finding reads the month-only removal date).
EC_FACTS = all_(
    ans("rh_service", "ecommerce"),
    IP,
    any_(NEW, on_or_after("rh_removed_date", "2019-01-01")),
)
EC = reached("rh_ec")
NOTICE = ans("rh_notice", "effective", "unknown")
#: The content is still online more than thirty days after the notice arrived (a date the tool
#: has): the platform's reasonable time is taken as past, not asked (no "just arrived").
LATE = reached("rh_acted_late")
FAIL = all_(
    ans("rh_notice", "effective"),
    any_(ans("rh_acted_online", "no"), ans("measures_timely", "no"), LATE),
)
FAIL_OPEN = any_(
    all_(
        ans("rh_notice", "effective"),
        any_(ans("rh_acted_online", "unknown"), ans("measures_timely", "unknown")),
    ),
    all_(
        ans("rh_notice", "unknown"),
        any_(
            ans("rh_acted_online", "no", "unknown"), ans("measures_timely", "no", "unknown"), LATE
        ),
    ),
)
PENDING = ans("rh_acted_online", "not_yet")
#: Whether the platform knew: asked first (yes / no / not sure, the last not yet a fact to
#: verify), and for "not sure" once more after the notice's finding is recorded, where "not
#: known" is the fact to verify — so that it marks only the findings that rest on it.
KNEW = any_(ans("rh_knowledge", "yes"), ans("rh_knowledge_check", "yes"))
KNEW_UNKNOWN = unknown("rh_knowledge_check")
#: The platform had to forward the notice: 民法典1195(2) for notices from 2021, 电子商务法42(2)
#: from 2019, 条例15 for works on storage and link services.
FORWARD_DUTY = any_(
    on_or_after("rh_notice_date", "2021-01-01"),
    all_(NEW, unknown("rh_notice_date")),
    EC,
    all_(COPY, ans("rh_service", "hosting", "search_link")),
)

#: 民法典时间效力规定1(1) for facts from 2021, 1(3) for facts begun before and continuing after;
#: both where the day of posting is not known.
TE_NEW_CITES = [
    cite(TE, 1, 1, when=any_(on_or_after("rh_posted", "2021-01-01"), unknown("rh_posted"))),
    cite(TE, 1, 3, when=any_(before("rh_posted", "2021-01-01"), unknown("rh_posted"))),
]

USER = T("{party.user}", "the {party.user}")
PLATFORM = T("{party.platform}", "the {party.platform}")
YOU = T("你（被侵权人）", "you (the injured party)")


# --- questions ------------------------------------------------------------------------------


def nodes() -> list[Json]:
    return [
        question(
            "rh_status",
            T(
                "侵权的内容（帖子、视频、文章、商品链接等）现在是否还在网上？",
                "Is the infringing content (post, video, article, listing …) still online?",
            ),
            [
                choice(T("仍在网上，现在还能看到", "Still online"), "rh_posted", "online"),
                choice(
                    T(
                        "已被平台删除、屏蔽或断开链接",
                        "Removed, blocked or unlinked by the platform",
                    ),
                    "rh_removed_date",
                    "removed_platform",
                ),
                choice(
                    T("已被发布者自己删除", "Deleted by the poster"),
                    "rh_removed_date",
                    "removed_user",
                ),
                choice(
                    T(
                        "已经看不到了，但不清楚是谁删除的",
                        "Gone, but it is not known who removed it",
                    ),
                    "rh_removed_date",
                    "removed_unclear",
                ),
            ],
            why=T(
                "内容仍在网上的，侵权还在持续，第一步是通知平台删除；已经删除的，重点是固定证据和索赔。删除的日期决定适用民法典还是此前的法律。",
                "Content still online means the infringement continues: the first step is a notice to the platform. Content already removed calls for preserving evidence and claiming damages. The date of removal decides whether the Civil Code or the earlier law applies.",
            ),
        ),
        date_question(
            "rh_removed_date",
            T(
                "内容是哪一天被删除、屏蔽或断开链接的？只知道月份的，填写年月。",
                "On what day was the content removed, blocked or unlinked? Give the month if the day is not known.",
            ),
            T("侵权内容被删除之日", "the day the content was removed"),
            "rh_posted",
            significance=T(
                "内容被删除时侵权行为（包括平台的不作为）结束；结束于2021年1月1日以后的，适用民法典。",
                "The infringement, and any inaction of the platform, ended when the content was removed; if that was on or after 2021-01-01, the Civil Code applies.",
            ),
            citations=[cite(TE, 1, 3)],
            month=True,
            verify=verify(
                [
                    T(
                        "平台的处理通知、站内信或投诉处理结果",
                        "The platform's notice of the action taken, or the result of the complaint",
                    ),
                    T(
                        "删除前后的网页截图、录屏、公证书或可信时间戳记录",
                        "Screenshots, recordings, notarised pages or trusted time stamps from before and after the removal",
                    ),
                ],
                T(
                    "删除日期决定适用民法典还是侵权责任法；只知道月份的，按该月判断，不影响结论。",
                    "The date of removal decides between the Civil Code and the Tort Liability Law; a month is enough for that.",
                ),
            ),
        ),
        date_question(
            "rh_posted",
            T(
                "侵权内容最早是什么时候发布的？",
                "When was the infringing content first posted?",
            ),
            T("侵权内容发布之日", "the day the content was posted"),
            "rh_law",
            significance=T(
                "发布日期表明侵权行为开始于民法典施行之前还是之后，决定引用民法典时间效力规定的哪一款。",
                "The day of posting shows whether the infringement began before or after the Civil Code took effect, and so which paragraph of the time-effect provisions is cited.",
            ),
            why=T(
                "网页上显示的发布时间即可。发布在2021年1月1日以后的，直接适用民法典；发布在此前、持续到此后的，也适用民法典。",
                "The time shown on the page will do. Content posted on or after 2021-01-01 falls under the Civil Code directly; content posted earlier that continued past that day does too.",
            ),
            month=True,
            unknown_=True,
            verify=verify(
                [
                    T(
                        "网页显示的发布时间的截图或公证书",
                        "A screenshot or notarised page showing when it was posted",
                    )
                ],
                T(
                    "只影响所引条文（民法典时间效力规定第1条第1款或第3款），不改变结论。",
                    "It only decides the paragraph cited (time-effect provisions art. 1(1) or 1(3)); the result stays the same.",
                ),
            ),
        ),
        branch(
            "rh_law",
            [
                rule(
                    ONLINE,
                    "rh_law_new",
                    T(
                        "内容至今仍在网上：侵权行为发生在民法典施行之后，或者持续至施行之后，适用民法典。",
                        "The content is still online: the infringement happened, or continues, after the Civil Code took effect, which therefore applies.",
                    ),
                    TE_NEW_CITES,
                ),
                rule(
                    on_or_after("rh_removed_date", "2021-01-01"),
                    "rh_law_new",
                    T(
                        "内容在2021年1月1日以后才被删除：侵权行为发生在民法典施行之后，或者持续至施行之后，适用民法典。",
                        "The content was removed on or after 2021-01-01: the infringement happened, or continued, after the Civil Code took effect, which therefore applies.",
                    ),
                    TE_NEW_CITES,
                ),
                rule(
                    undetermined(on_or_after("rh_removed_date", "2021-01-01")),
                    "rh_law_new",
                    T(
                        "删除日期不能确定在2021年之前还是之后：暂按民法典分析，请核实日期。",
                        "It cannot be told whether the removal was before or after 2021: the Civil Code is assumed; verify the date.",
                    ),
                ),
            ],
            rule(
                None,
                "rh_damage_after",
                T(
                    "内容在2021年1月1日以前已被删除。",
                    "The content was removed before 2021-01-01.",
                ),
            ),
        ),
        question(
            "rh_damage_after",
            T(
                "内容在2021年以前已被删除。由此造成的损害（如被辞退、合同被取消、商誉下降）是否直到2021年1月1日以后才出现？",
                "The content was removed before 2021. Did the damage it caused (dismissal, cancelled contracts, lost reputation …) appear only on or after 2021-01-01?",
            ),
            [
                choice(
                    T(
                        "是，损害在2021年以后才出现",
                        "Yes, the damage appeared only in 2021 or later",
                    ),
                    "rh_law_new",
                    "yes",
                    T(
                        "侵权行为在民法典施行前、损害后果出现在施行后，适用民法典。",
                        "An infringement before the Civil Code whose damage appeared after it is governed by the Civil Code.",
                    ),
                    [cite(TE, 24)],
                ),
                choice(
                    T("否，都发生在2021年以前", "No, everything happened before 2021"),
                    "rh_law_old",
                    "no",
                    T(
                        "侵权行为和损害都在民法典施行之前，适用当时的法律（侵权责任法第36条等）。",
                        "The infringement and the damage both came before the Civil Code: the law then in force applies (Tort Liability Law art. 36 and others).",
                    ),
                    [cite(TE, 1, 2)],
                ),
            ],
            citations=[cite(TE, 24)],
        ),
        passing("rh_law_new", RH, "rh_right"),
        passing("rh_law_old", RH, "rh_right"),
        question(
            "rh_right",
            T("被侵害的是哪一类权利？", "Which right was infringed?"),
            [
                choice(
                    T(
                        "作品、表演、录音录像在网上传播的权利（如影视剧、音乐、文章、图片被上传或链接）",
                        "The right to make works, performances or recordings available online (films, music, articles, pictures uploaded or linked)",
                    ),
                    "rh_ip",
                    "copyright",
                ),
                choice(
                    T(
                        "人格权：名誉（含企业的商业信誉）、隐私和个人信息、肖像、姓名等",
                        "A personality right: reputation (including a business's commercial reputation), privacy and personal information, portrait, name",
                    ),
                    "rh_content",
                    "personality",
                ),
                choice(
                    T(
                        "商标、专利等其他知识产权（如网店销售假冒商品）",
                        "Trade marks, patents and other IP (e.g. counterfeits sold in an online shop)",
                    ),
                    "rh_ip",
                    "other_ip",
                ),
                choice(T("其他民事权益", "Other civil rights"), "rh_ip", "other"),
            ],
            why=T(
                "人格权、作品的网络传播权和其他知识产权适用不同的通知规则和司法解释。",
                "Personality rights, the right of making works available online and other IP follow different notice rules and interpretations.",
            ),
        ),
        multi(
            "rh_content",
            T(
                "网上的内容属于下列哪些情况？（可多选）",
                "What is the content like? (several allowed)",
            ),
            [
                choice(
                    T("捏造或者歪曲事实（说了不真实的事）", "It makes up or distorts facts"),
                    "",
                    "fabricated",
                    citations=[cite(CC, 1024, 1, when=NEW), cite(GPCL, 101, when=OLD)],
                ),
                choice(
                    T(
                        "使用侮辱性的言辞贬损当事人",
                        "It uses insulting language to disparage the client",
                    ),
                    "",
                    "insult",
                    citations=[cite(CC, 1024, 1, when=NEW), cite(GPCL, 101, when=OLD)],
                ),
                choice(
                    T(
                        "公开当事人的隐私或个人信息（住址、电话、身份证号、私密照片等）",
                        "It discloses the client's private life or personal information (address, phone number, ID number, private photos …)",
                    ),
                    "",
                    "private",
                    citations=[cite(CC, 1032, 1, when=NEW), cite(TLL, 2, 2, when=OLD)],
                ),
                choice(
                    T(
                        "未经同意使用当事人的肖像或姓名（如用照片做广告）",
                        "It uses the client's portrait or name without consent (e.g. a photo in an advert)",
                    ),
                    "",
                    "portrait",
                    citations=[cite(CC, 1019, 1, when=NEW), cite(GPCL, 100, when=OLD)],
                ),
                choice(
                    T("所述事实基本属实", "The facts it states are essentially true"),
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
                choice(
                    T("不清楚是否属实 / 待核实", "Not known whether it is true / to verify"),
                    "",
                    "unknown",
                    unknown_=True,
                ),
            ],
            "rh_content_branch",
            why=T(
                "先判断内容本身是否违法，再看平台：内容属实、评价正当的，发布者不侵权，平台更无责任。捏造、歪曲事实或用侮辱性言辞贬损名誉，公开隐私，擅自使用肖像、姓名的，构成侵权。",
                "Whether the content itself is unlawful comes before any question about the platform: true statements and fair opinions are no tort, so neither the poster nor the platform is liable. Made-up or distorted facts, insults, disclosed private information and unauthorised use of a portrait or name are.",
            ),
            examples=[
                T(
                    "帖子说当事人“骗钱跑路”，而当事人从未借过钱——捏造事实。",
                    "A post says the client 'took the money and ran', though the client never borrowed — made-up facts.",
                ),
                T(
                    "顾客评价“菜太咸、服务慢，不推荐”——正当评价。",
                    "A customer writes 'too salty, slow service, not recommended' — a fair opinion.",
                ),
            ],
            verify=verify(
                [
                    T(
                        "能证明内容不实的材料（合同、聊天记录、付款记录、官方文件等）",
                        "Whatever shows the content is untrue (contracts, chat records, payment records, official documents)",
                    )
                ],
                T(
                    "内容捏造、歪曲事实，使用侮辱性言辞，公开隐私或擅自使用肖像、姓名的，发布者侵权，平台按下述规则可能承担连带责任；内容属实或属正当评价的，无人承担侵权责任。",
                    "If the content makes up facts, insults, discloses private information or uses a portrait or name without consent, the poster is liable and the platform may share the liability as set out; if it is true or a fair opinion, nobody is liable.",
                ),
            ),
        ),
        branch(
            "rh_content_branch",
            [
                rule(
                    inc("rh_content", *UNLAWFUL_KINDS),
                    "rh_service",
                    T(
                        "内容含有捏造或歪曲的事实、侮辱性言辞、他人隐私，或擅自使用肖像、姓名，可能构成侵权。",
                        "The content contains made-up or distorted facts, insults, private information, or a portrait or name used without consent: it may be unlawful.",
                    ),
                    [cite(CC, 1024, 1, when=NEW)],
                ),
                rule(
                    unknown("rh_content"),
                    "rh_service",
                    T(
                        "尚不能确定内容是否属实：以下按内容违法分析，结论取决于核实的结果。",
                        "Whether the content is true is not known: the analysis below assumes it is unlawful, and depends on what is verified.",
                    ),
                ),
            ],
            rule(
                None,
                "outcome_n",
                T(
                    "内容基本属实，或是基于事实、没有侮辱性言辞的评价，不构成对名誉等人格权的侵害。",
                    "The content is essentially true, or an opinion based on facts without insults: it does not infringe reputation or other personality rights.",
                ),
                [
                    cite(CC, 1024, 1, when=NEW),
                    cite(CC, 1025, when=all_(NEW, inc("rh_content", "opinion"))),
                    cite(CPL, 15, 1, when=inc("rh_content", "review")),
                ],
            ),
        ),
        question(
            "rh_ip",
            T(
                "对方发布、使用的内容或销售的商品是否确实侵权？",
                "Does what was posted, used or sold really infringe?",
            ),
            [
                choice(
                    T(
                        "是：未经许可上传、复制或链接作品，销售假冒商品，或有其他违法行为",
                        "Yes: a work uploaded, copied or linked without permission, counterfeits sold, or another unlawful act",
                    ),
                    "rh_service",
                    "yes",
                ),
                choice(
                    T(
                        "否：有授权或许可、属于合理使用、商品是正品，或内容本身合法",
                        "No: licensed or authorised, fair use, genuine goods, or lawful content",
                    ),
                    "outcome_n",
                    "no",
                    T(
                        "对方的使用有合法依据，不构成侵权。",
                        "The use has a legal basis and does not infringe.",
                    ),
                ),
                choice(
                    T("不清楚 / 待核实", "Not known / to verify"),
                    "rh_service",
                    "unknown",
                    T(
                        "尚不能确定是否侵权：以下按侵权分析，结论取决于核实的结果。",
                        "Whether there is an infringement is not known: the analysis assumes there is, and depends on what is verified.",
                    ),
                    unknown_=True,
                ),
            ],
            verify=verify(
                [
                    T(
                        "权利证明（著作权登记、作品底稿、商标注册证、专利证书）及对方商品或内容的取证",
                        "Proof of the right (copyright registration, drafts, trade-mark or patent certificates) and a record of the goods or content",
                    ),
                    T(
                        "对方是否有授权、商品来源是否合法的材料",
                        "Whether the other side was licensed, and where the goods came from",
                    ),
                ],
                T(
                    "确实侵权的，发布者（经营者）承担责任，平台按下述规则可能承担连带责任；有授权、合理使用或正品的，无人承担侵权责任。",
                    "If it infringes, the poster or seller is liable and the platform may share the liability as set out; if licensed, fair use or genuine, nobody is liable.",
                ),
            ),
        ),
        question(
            "rh_service",
            T(
                "平台（网络服务提供者）在本案中扮演什么角色？",
                "What part does the platform (network service provider) play here?",
            ),
            [
                choice(
                    T(
                        "平台自己发布或提供了侵权内容（如平台编辑写的文章、平台自己上传的影片）",
                        "The platform itself published the content (its own editors' article, a film it uploaded)",
                    ),
                    "rh_learned",
                    "own_alone",
                    T(
                        "平台本身是内容提供者，是直接侵权人，不适用“通知—删除”规则。",
                        "The platform provided the content itself: it is the direct infringer, and the notice-and-takedown rules do not apply.",
                    ),
                    [cite(CC, 1194, when=NEW), cite(TLL, 36, 1, when=OLD)],
                ),
                choice(
                    T(
                        "平台与他人分工合作，共同提供侵权内容（如一方提供片源、一方提供播放平台并分成）",
                        "The platform and others provided the content together by a division of work (one supplies the films, the other the platform, sharing revenue)",
                    ),
                    "rh_learned",
                    "own_joint",
                    T(
                        "以分工合作方式共同提供内容，构成共同侵权，应当承担连带责任。",
                        "Providing content together by a division of work is a joint tort, with joint and several liability.",
                    ),
                    [cite(CC, 1168, when=NEW), cite(TLL, 8, when=OLD), cite(NDI, 4, when=COPY)],
                ),
                choice(
                    T(
                        "平台引诱、鼓励或帮助用户侵权（如奖励上传热门盗版影片、为侵权人提供专门的技术支持）",
                        "The platform induced, encouraged or helped users to infringe (rewards for uploading pirated hits, dedicated technical help)",
                    ),
                    "rh_learned",
                    "induce_assist",
                    T(
                        "教唆、帮助他人实施侵权行为的，应当与行为人承担连带责任。",
                        "Whoever instigates or helps an infringement is jointly and severally liable with the infringer.",
                    ),
                    [
                        cite(CC, 1169, 1, when=NEW),
                        cite(TLL, 9, 1, when=OLD),
                        cite(NDI, 7, 2, when=COPY),
                    ],
                ),
                choice(
                    T(
                        "信息存储空间：用户自己上传内容（论坛、微博、短视频、网盘、点评网站、电商平台的评价区、用户直播）",
                        "Hosting: users upload the content themselves (forums, microblogs, short videos, cloud drives, review sites, review sections of shops, user live streams)",
                    ),
                    "rh_ec_branch",
                    "hosting",
                ),
                choice(
                    T(
                        "搜索或链接服务（搜索引擎、聚合链接、网址导航）",
                        "Search or linking (search engines, link aggregators, directories)",
                    ),
                    "rh_ec_branch",
                    "search_link",
                ),
                choice(
                    T(
                        "网络接入、自动传输或缓存（宽带或移动网络运营商、内容分发加速），不选择也不改变内容",
                        "Access, automatic transmission or caching (broadband and mobile carriers, content delivery), choosing and changing nothing",
                    ),
                    "rh_ec_branch",
                    "access_cache",
                ),
                choice(
                    T(
                        "电子商务平台：网店（平台内经营者）销售侵权商品或发布侵权的商品信息",
                        "An e-commerce platform: a shop on it sells infringing goods or posts infringing listings",
                    ),
                    "rh_ec_branch",
                    "ecommerce",
                    citations=[
                        cite(
                            ECL,
                            9,
                            2,
                            when=all_(IP, any_(NEW, on_or_after("rh_removed_date", "2019-01-01"))),
                        )
                    ],
                ),
            ],
            why=T(
                "“通知—删除”（民法典第1195条）和“知道或者应当知道”（第1197条）的规则只适用于为用户提供技术服务的平台；平台自己提供内容或与他人合作侵权的，是直接或共同侵权人。著作权的免责条件也因服务类型而不同。电商平台评价区里的诽谤按信息存储空间处理；电子商务法第42条至第45条只管知识产权。",
                "Notice and takedown (Civil Code art. 1195) and 'knew or should have known' (art. 1197) apply to platforms that provide technical services to users; a platform that provides the content, or works with the infringer, is a direct or joint infringer. Copyright safe harbours differ by kind of service. Defamation in a shop's review section counts as hosting; E-Commerce Law arts. 42–45 concern IP only.",
            ),
            examples=[
                T(
                    "网友把电视剧上传到视频网站——信息存储空间。",
                    "A user uploads a TV series to a video site — hosting.",
                ),
                T(
                    "网店卖假冒名牌包——电子商务平台。",
                    "A shop sells counterfeit designer bags — e-commerce platform.",
                ),
            ],
            citations=[cite(CC, 1194, when=NEW), cite(NDI, 4, when=COPY)],
        ),
        branch(
            "rh_ec_branch",
            [
                rule(
                    EC_FACTS,
                    "rh_ec",
                    T(
                        "电子商务平台上的知识产权纠纷，事实在2019年1月1日以后：适用电子商务法第41条至第45条。",
                        "An IP dispute on an e-commerce platform with facts from 2019-01-01: E-Commerce Law arts. 41–45 apply.",
                    ),
                    [cite(ECL, 41), cite(ECL, 89)],
                ),
                rule(undetermined(EC_FACTS), "rh_user"),
            ],
            rule(None, "rh_user"),
        ),
        passing("rh_ec", RH, "rh_user"),
        {
            "id": "rh_user",
            "type": "finding",
            "code": "ISP-U",
            "recourse": [],
            "title": T(
                "发布侵权内容的网络用户应当承担侵权责任",
                "The user who posted the infringing content is liable",
            ),
            "summary": [
                variant(
                    "{party.user}是直接侵权人，应当对侵权造成的全部损害承担侵权责任（停止侵害、赔偿损失）。平台是否与其一并承担责任，见下一项。",
                    "The {party.user} is the direct infringer and answers for the whole damage (stopping the infringement, damages). Whether the platform shares the liability is the next finding.",
                    when=all_(IP, not_(unknown("rh_ip"))),
                ),
                variant(
                    "{party.user}是直接侵权人，应当对侵权造成的全部损害承担侵权责任（停止侵害、消除影响、赔礼道歉、赔偿损失）。平台是否与其一并承担责任，见下一项。",
                    "The {party.user} is the direct infringer and answers for the whole damage (stopping, removing the effects, apology, damages). Whether the platform shares the liability is the next finding.",
                    when=all_(PERS, not_(unknown("rh_content"))),
                ),
                variant(
                    "{party.user}是直接侵权人，应当对侵权造成的全部损害承担侵权责任。平台是否与其一并承担责任，见下一项。",
                    "The {party.user} is the direct infringer and answers for the whole damage. Whether the platform shares the liability is the next finding.",
                    when=all_(not_(PERS), not_(IP), not_(unknown("rh_ip"))),
                ),
                variant(
                    "如果内容确实违法，{party.user}是直接侵权人，应当对全部损害承担侵权责任；内容属实或属正当评价的，不承担责任。",
                    "If the content is unlawful, the {party.user} is the direct infringer and answers for the whole damage; if it is true or a fair opinion, there is no liability.",
                    when=PERS,
                ),
                variant(
                    "如果确实侵权，{party.user}是直接侵权人，应当对全部损害承担侵权责任；有授权或许可、属于合理使用或商品是正品的，不承担责任。",
                    "If it does infringe, the {party.user} is the direct infringer and answers for the whole damage; with a licence, fair use or genuine goods there is no liability.",
                ),
            ],
            "findings": [
                finding(
                    "赔偿责任",
                    USER,
                    YOU,
                    T(
                        "侵权造成的全部损害，包括为制止侵权支付的合理开支（调查取证费用、符合规定的律师费）",
                        "The whole damage, including reasonable costs of stopping the infringement (investigation, evidence, lawyers' fees within the rules)",
                    ),
                    T(
                        "直接侵权人；可以单独起诉，也可以与平台一并起诉",
                        "The direct infringer; may be sued alone or together with the platform",
                    ),
                    [
                        cite(CC, 1194, when=NEW),
                        cite(TLL, 36, 1, when=OLD),
                        cite(
                            CC, 1024, 1, when=all_(NEW, inc("rh_content", "fabricated", "insult"))
                        ),
                        cite(CC, 1032, 1, when=all_(NEW, inc("rh_content", "private"))),
                        cite(CC, 1019, 1, when=all_(NEW, inc("rh_content", "portrait"))),
                        cite(GPCL, 101, when=all_(OLD, inc("rh_content", "fabricated", "insult"))),
                        cite(TLL, 2, 2, when=all_(OLD, inc("rh_content", "private"))),
                        cite(GPCL, 100, when=all_(OLD, inc("rh_content", "portrait"))),
                        cite(NDI, 3, 1, when=COPY),
                    ],
                    sublabel=T("直接侵权人的侵权责任", "liability of the direct infringer"),
                )
            ],
            "citations": [
                cite(NPR, 12, 1, when=all_(PERS, NEW)),
                cite(NPR, 12, 2, when=all_(PERS, NEW)),
            ],
            "warnings": [
                warn(
                    "missing_fact",
                    "内容是否属实尚待核实：捏造、歪曲事实或用侮辱性言辞贬损名誉、公开隐私、擅自使用肖像或姓名的，构成侵权；所述事实基本属实、评价没有侮辱性言辞的（如普通的差评），不构成侵权。",
                    "Whether the content is true is still to be verified: made-up or distorted facts, insults, disclosed private information, or a portrait or name used without consent are a tort; essentially true facts and opinions without insults (an ordinary negative review) are not.",
                    when=unknown("rh_content"),
                    basis=[
                        cite(CC, 1024, 1, when=NEW),
                        cite(CC, 1025, when=NEW),
                        cite(GPCL, 101, when=OLD),
                    ],
                ),
                warn(
                    "missing_fact",
                    "是否侵权尚待核实：对方有授权或许可、属于合理使用，或商品是正品的，不构成侵权。",
                    "Whether there is an infringement is still to be verified: a licence, fair use or genuine goods mean there is none.",
                    when=unknown("rh_ip"),
                ),
            ],
            "next_steps": [
                note(
                    "保存{party.user}发布侵权内容的证据（网址、账号、发布时间）和你因此受到损失的凭证（收入减少、为制止侵权支付的合理开支等）。",
                    "Keep the evidence of what the {party.user} posted (address, account, time) and of the loss it caused you (lost income, reasonable costs of stopping it, and so on).",
                )
            ],
            "evidence": [
                note(
                    "侵权内容的网页公证书或可信时间戳存证（网址、发布时间、浏览量、转发量）",
                    "Notarised pages or trusted time stamps of the content (address, time posted, views, shares)",
                    when=ONLINE,
                ),
                note(
                    "内容删除前保存的截图、录屏或公证书，以及平台的删除处理记录",
                    "Screenshots, recordings or notarised pages kept before the removal, and the platform's record of it",
                    when=REMOVED,
                ),
            ],
            "next": "rh_tech_branch",
        },
        branch(
            "rh_tech_branch",
            [
                rule(
                    all_(COPY, ans("rh_service", "access_cache")),
                    "rh_conduit",
                    T(
                        "接入、传输或缓存服务涉及作品的网络传播：先看信息网络传播权保护条例第20条、第21条的免责条件。",
                        "Access, transmission or caching of works: first the exemptions of the Regulations, arts. 20 and 21.",
                    ),
                )
            ],
            rule(None, "rh_knowledge"),
        ),
        question(
            "rh_conduit",
            T(
                "该接入、传输或缓存服务是否满足下列免责条件？",
                "Does the access, transmission or caching service meet these conditions?",
            ),
            [
                choice(
                    T(
                        "接入或自动传输：未选择、未改变所传输的作品，只向指定的服务对象提供并防止其他人获得",
                        "Access or transmission: did not choose or change the works, provided them only to the designated recipients and kept others out",
                    ),
                    "rh_learned",
                    "access_ok",
                    T(
                        "符合条例第20条的条件，不承担赔偿责任。",
                        "The conditions of Regulations art. 20 are met: no liability in damages.",
                    ),
                    [cite(REG, 20)],
                ),
                choice(
                    T(
                        "缓存：未改变缓存的作品，不影响原网站掌握访问情况，并随原网站的修改、删除或屏蔽自动同步",
                        "Caching: did not change the cached works, did not hide access data from the original site, and followed its changes, deletions and blocks automatically",
                    ),
                    "rh_learned",
                    "cache_ok",
                    T(
                        "符合条例第21条的条件，不承担赔偿责任。",
                        "The conditions of Regulations art. 21 are met: no liability in damages.",
                    ),
                    [cite(REG, 21)],
                ),
                choice(
                    T(
                        "不满足（例如服务商自己挑选或修改了内容），或不能确定",
                        "Not met (e.g. it chose or changed the content), or cannot be told",
                    ),
                    "rh_knowledge",
                    "not_met",
                    T(
                        "不能适用条例第20条、第21条的免责，按知道、通知的一般规则继续分析。",
                        "The exemptions of arts. 20 and 21 do not apply; the general rules on knowledge and notice follow.",
                    ),
                ),
            ],
            citations=[cite(REG, 20), cite(REG, 21)],
        ),
        question(
            "rh_knowledge",
            T(
                "不考虑你的通知，平台是否知道或者应当知道{party.user}在利用它的服务侵权？",
                "Leaving your notice aside, did the platform know, or should it have known, that the {party.user} was infringing through its service?",
            ),
            [
                choice(
                    T(
                        "是：例如平台推荐、置顶或编入榜单，侵权非常明显或浏览量很大，对同一用户的重复侵权不处理，或从该内容直接获利",
                        "Yes: e.g. it recommended, pinned or ranked the content, the infringement was obvious or widely viewed, it ignored repeated infringements by the same user, or it profited directly",
                    ),
                    "rh_learned",
                    "yes",
                    T(
                        "平台知道或者应当知道侵权而未采取必要措施，与该用户承担连带责任。",
                        "A platform that knew or should have known and took no necessary measures is jointly and severally liable with the user.",
                    ),
                    [
                        cite(CC, 1197, when=NEW),
                        cite(TLL, 36, 3, when=OLD),
                        cite(ECL, 45, when=EC),
                        cite(REG, 23, when=all_(COPY, ans("rh_service", "search_link"))),
                        cite(NDI, 7, 3, when=COPY),
                    ],
                ),
                choice(
                    T(
                        "否：平台只是被动提供服务，没有迹象表明它知道",
                        "No: it only provided the service passively, with no sign that it knew",
                    ),
                    "rh_notice",
                    "no",
                ),
                choice(
                    T("不确定", "Not sure"),
                    "rh_notice",
                    "not_sure",
                    T(
                        "平台是否知道尚不确定：先按通知规则分析，之后再问是否有平台知道的证据。",
                        "Whether the platform knew is not certain: the notice rules are applied first, and afterwards whether there is evidence that it knew.",
                    ),
                ),
            ],
            why=T(
                "没有通知也可能承担连带责任：平台知道或者应当知道侵权而未采取必要措施的，与侵权用户承担连带责任。平台没有主动审查的义务，但法院会考虑它是否推荐、排名、编辑该内容，管理能力和服务性质，侵权的明显程度，浏览量，是否处理重复侵权，以及是否直接获利。",
                "A platform can be jointly liable without any notice: if it knew or should have known and took no necessary measures. It need not monitor, but courts weigh whether it recommended, ranked or edited the content, its capacity and kind of service, how obvious the infringement was, the views, whether it dealt with repeat infringers, and whether it profited directly.",
            ),
            examples=[
                T(
                    "平台把诽谤视频放进“热门推荐”，播放量上百万——应当知道。",
                    "The platform put the defamatory video on its 'trending' list, with millions of views — should have known.",
                ),
                T(
                    "普通用户的帖子无人举报、浏览量很低、平台未作任何处理——通常不知道。",
                    "An ordinary post, never reported, few views, untouched by the platform — usually did not know.",
                ),
            ],
        ),
        question(
            "rh_notice",
            T(
                "是否已经通知（投诉）平台删除？通知内容是否完整？",
                "Was the platform notified (a complaint) to take the content down? Was the notice complete?",
            ),
            [
                choice(
                    T(
                        "发出了完整的通知：有构成侵权的初步证据和你的真实身份信息（作品类案件还写明作品名称和网址）",
                        "A complete notice: preliminary evidence of the infringement and your real identity (for works also the title and address)",
                    ),
                    "rh_notice_date",
                    "effective",
                    T(
                        "有效通知使平台负有及时转送通知并采取必要措施的义务。",
                        "An effective notice obliges the platform to forward it and to take necessary measures in time.",
                    ),
                    [
                        cite(CC, 1195, 1, when=NEW),
                        cite(TLL, 36, 2, when=OLD),
                        cite(
                            REG, 14, 1, when=all_(COPY, ans("rh_service", "hosting", "search_link"))
                        ),
                        cite(ECL, 42, 1, when=EC),
                    ],
                ),
                choice(
                    T(
                        "发出了通知，但缺少初步证据或真实身份，或者平台据此找不到侵权内容",
                        "A notice without preliminary evidence or real identity, or one that did not let the platform find the content",
                    ),
                    "rh_c_branch",
                    "defective",
                    T(
                        "不是有效通知，平台不因此负有采取措施的义务；补全后重新通知即可。",
                        "Not an effective notice: it puts the platform under no duty to act. A complete notice can be sent again.",
                    ),
                    [cite(CC, 1195, 1, when=NEW)],
                ),
                choice(
                    T("没有通知过平台", "No notice was sent"),
                    "rh_c_branch",
                    "none",
                ),
                choice(
                    T(
                        "不清楚是否通知过、通知是否完整 / 待核实",
                        "Not known whether, or how, the platform was notified / to verify",
                    ),
                    "rh_notice_date",
                    "unknown",
                    unknown_=True,
                ),
            ],
            why=T(
                "只有有效通知才使平台负有及时处理的义务。民法典要求通知包括构成侵权的初步证据和权利人的真实身份信息；作品类案件的通知须为书面，写明权利人的姓名、联系方式和地址，侵权作品的名称和网址，以及初步证明材料。",
                "Only an effective notice puts the platform under a duty to act in time. The Civil Code requires preliminary evidence of the infringement and the rights holder's real identity; for works the notice must be in writing and give the holder's name, contact details and address, the title and address of the work, and preliminary proof.",
            ),
            citations=[
                cite(CC, 1195, 1, when=NEW),
                cite(REG, 14, 1, when=all_(COPY, ans("rh_service", "hosting", "search_link"))),
                cite(ECL, 42, 1, when=EC),
            ],
            verify=verify(
                [
                    T(
                        "发给平台的通知（投诉）及其附件，平台投诉系统的提交记录或受理回执",
                        "The notice (complaint) with its attachments, and the platform's receipt or record of submission",
                    )
                ],
                T(
                    "发出有效通知后平台未及时采取必要措施的，平台对扩大的损害与{party.user}承担连带责任；没有有效通知的，平台只在知道或者应当知道时承担责任。",
                    "After an effective notice, a platform that failed to act in time is jointly liable with the {party.user} for the enlarged damage; without one, it is liable only if it knew or should have known.",
                ),
            ),
        ),
        date_question(
            "rh_notice_date",
            T(
                "通知是哪一天到达平台的？只知道月份的，填写年月。",
                "On what day did the notice reach the platform? Give the month if the day is not known.",
            ),
            T("通知到达平台之日", "the day the notice reached the platform"),
            "rh_acted_branch",
            significance=T(
                "通知到达平台时生效；损害的扩大部分从平台收到通知后应当采取措施之时起计算。",
                "The notice takes effect when it reaches the platform; the enlarged damage runs from when the platform should have acted on it.",
            ),
            why=T(
                "以非对话方式作出的意思表示，到达相对人时生效。在平台投诉系统提交的，以系统显示的提交时间为准；邮寄律师函的，以签收日期为准。",
                "A declaration not made face to face takes effect when it reaches the addressee: for an online complaint, the time the system records; for a lawyer's letter, the day it was signed for.",
            ),
            citations=[cite(CC, 137, 2, when=NEW)],
            month=True,
            unknown_=True,
            verify=verify(
                [
                    T(
                        "平台投诉系统的提交记录、受理回执或邮件，显示到达的日期",
                        "The platform's submission record, receipt or e-mail showing the day it arrived",
                    ),
                    T("邮寄通知的签收记录", "The delivery record of a posted notice"),
                ],
                T(
                    "到达日期越早，平台应当采取措施的时间越早，它承担连带责任的扩大损害范围越大。",
                    "The earlier the notice arrived, the earlier the platform had to act, and the more of the damage it answers for.",
                ),
            ),
        ),
        question(
            "rh_forwarded",
            T(
                "平台是否把通知转送给了{party.user}？",
                "Did the platform forward the notice to the {party.user}?",
            ),
            [
                choice(T("是，已转送", "Yes"), "rh_know_branch", "yes"),
                choice(
                    T("否，没有转送", "No"),
                    "rh_know_branch",
                    "no",
                    T(
                        "平台没有转送通知。转送与采取必要措施是两项义务；连带责任取决于是否及时采取必要措施，未转送是判断处理是否及时的因素之一。",
                        "The platform did not forward the notice. Forwarding and taking measures are separate duties; joint liability turns on the measures, and the failure to forward is one sign of whether it acted in time.",
                    ),
                    [cite(CC, 1195, 2, when=NEW), cite(ECL, 42, 2, when=EC)],
                ),
                choice(
                    T("不清楚 / 待核实", "Not known / to verify"),
                    "rh_know_branch",
                    "unknown",
                    unknown_=True,
                ),
            ],
            why=T(
                "民法典要求平台接到通知后及时转送相关网络用户，并采取必要措施；电商平台和作品类案件的规则同样要求转送。转送使发布者能够删除或者提出不侵权的声明。",
                "The Civil Code requires the platform to forward the notice to the user and to take necessary measures; the e-commerce and copyright rules require forwarding too. Forwarding lets the poster remove the content or answer with a declaration.",
            ),
            citations=[
                cite(CC, 1195, 2, when=NEW),
                cite(ECL, 42, 2, when=EC),
                cite(REG, 15, when=all_(COPY, ans("rh_service", "hosting", "search_link"))),
            ],
            verify=verify(
                [
                    T(
                        "平台的书面答复（可以书面询问平台是否、何时转送）",
                        "The platform's written answer (ask it in writing whether and when it forwarded the notice)",
                    ),
                    T(
                        "发布者收到的平台通知，或其提交的不侵权声明",
                        "The platform's message received by the poster, or the poster's declaration",
                    ),
                ],
                T(
                    "平台未转送的，是其未及时处理的证据之一，报告会指出；是否承担连带责任仍取决于它是否及时采取了必要措施。",
                    "A failure to forward is evidence that the platform did not act in time, and the report says so; joint liability still depends on whether it took the necessary measures in time.",
                ),
            ),
        ),
        branch(
            "rh_acted_branch",
            [
                rule(
                    all_(ONLINE, passed("rh_notice_month")),
                    "rh_acted_late",
                    T(
                        "通知到达已经超过三十日，内容仍在网上：平台处理的合理时间已经过去（法律没有规定具体天数，但这样长的时间显然超出了合理期限）。接到有效通知后未及时采取必要措施，对损害的扩大部分与该网络用户承担连带责任。",
                        "More than thirty days after the notice arrived the content is still online: the platform's reasonable time has passed (no number of days is fixed, but this is plainly beyond it). Failing to take necessary measures in time after an effective notice makes the platform jointly liable with the user for the enlarged damage.",
                    ),
                    [
                        cite(CC, 1195, 2, when=NEW),
                        cite(TLL, 36, 2, when=OLD),
                        cite(ECL, 42, 2, when=EC),
                    ],
                ),
                rule(all_(ONLINE, undetermined(passed("rh_notice_month"))), "rh_acted_online"),
                rule(ONLINE, "rh_acted_online"),
            ],
            rule(None, "measures_timely"),
        ),
        branch("rh_acted_late", [rule(ONLINE, "rh_c_branch")], rule(None, "rh_c_branch")),
        question(
            "rh_acted_online",
            T(
                "内容至今仍在网上。通知到达后，平台处理的合理时间是否已经过去？",
                "The content is still online. Has the platform had a reasonable time to act on the notice?",
            ),
            [
                choice(
                    T(
                        "已经过去：平台收到通知很久仍未删除、屏蔽或断开链接，或只删了一部分",
                        "Yes: the platform has had the notice for a long time and has not removed, blocked or unlinked the content, or removed only part of it",
                    ),
                    "rh_c_branch",
                    "no",
                    T(
                        "接到有效通知后未及时采取必要措施，对损害的扩大部分与该网络用户承担连带责任。",
                        "Failing to take necessary measures in time after an effective notice makes the platform jointly liable with the user for the enlarged damage.",
                    ),
                    [
                        cite(CC, 1195, 2, when=NEW),
                        cite(TLL, 36, 2, when=OLD),
                        cite(ECL, 42, 2, when=EC),
                    ],
                ),
                choice(
                    T(
                        "还没有：通知刚刚到达，平台仍在合理的处理期限内",
                        "Not yet: the notice has just arrived",
                    ),
                    "rh_c_branch",
                    "not_yet",
                    T(
                        "平台仍在合理期限内，尚未因通知承担责任。",
                        "The platform is still within a reasonable time and not yet liable because of the notice.",
                    ),
                ),
                choice(
                    T("不清楚 / 待核实", "Not known / to verify"),
                    "rh_c_branch",
                    "unknown",
                    unknown_=True,
                ),
            ],
            why=T(
                "法律没有规定具体天数。法院综合网络服务的类型和性质、通知的形式和准确程度、侵权的类型和明显程度（作品类案件还考虑作品的类型、知名度、数量）以及采取措施的难易判断是否及时。",
                "No number of days is fixed. Courts weigh the kind of service, the form and precision of the notice, the kind and obviousness of the infringement (for works also their kind, fame and number) and how easy the measure was.",
            ),
            citations=[
                cite(NPR, 4, when=PERS),
                cite(NDI, 14, when=COPY),
                cite(CC, 1195, 2, when=NEW),
            ],
            verify=verify(
                [
                    T(
                        "通知到达的记录及至今的网页取证",
                        "Proof of the notice's arrival, and a record that the content is still online",
                    ),
                ],
                T(
                    "合理期限已过仍不处理的，平台对此后扩大的损害承担连带责任；仍在期限内的，平台尚不承担责任。",
                    "Past a reasonable time, the platform is jointly liable for the damage that grows from then on; within it, not yet.",
                ),
            ),
        ),
        question(
            "measures_timely",
            T(
                "从通知到达到内容被删除，平台是否及时采取了必要措施？",
                "Between the notice's arrival and the removal, did the platform take the necessary measures in time?",
            ),
            [
                choice(
                    T(
                        "及时：平台在合理期限内删除、屏蔽或断开链接（或内容在合理期限内已被删除）",
                        "In time: the platform removed, blocked or unlinked it within a reasonable time (or it was gone within that time)",
                    ),
                    "rh_c_branch",
                    "yes",
                    T(
                        "平台及时采取了必要措施，不因通知承担连带责任。",
                        "The platform acted in time and is not jointly liable because of the notice.",
                    ),
                ),
                choice(
                    T(
                        "不及时：平台拖延了很久才处理，或者只删了一部分",
                        "Late: the platform delayed for a long time, or removed only part",
                    ),
                    "rh_c_branch",
                    "no",
                    T(
                        "接到有效通知后未及时采取必要措施，对损害的扩大部分与该网络用户承担连带责任。",
                        "Failing to take necessary measures in time after an effective notice makes the platform jointly liable with the user for the enlarged damage.",
                    ),
                    [
                        cite(CC, 1195, 2, when=NEW),
                        cite(TLL, 36, 2, when=OLD),
                        cite(ECL, 42, 2, when=EC),
                    ],
                ),
                choice(
                    T("不清楚 / 待核实", "Not known / to verify"),
                    "rh_c_branch",
                    "unknown",
                    unknown_=True,
                ),
            ],
            why=T(
                "法律没有规定具体天数。法院综合网络服务的类型和性质、通知的形式和准确程度、侵权的类型和明显程度以及采取措施的难易判断是否及时。",
                "No number of days is fixed. Courts weigh the kind of service, the form and precision of the notice, the kind and obviousness of the infringement and how easy the measure was.",
            ),
            citations=[
                cite(NPR, 4, when=PERS),
                cite(NDI, 14, when=COPY),
                cite(CC, 1195, 2, when=NEW),
            ],
            verify=verify(
                [
                    T(
                        "通知到达的记录和内容被删除的记录（平台处理结果、删除前后的网页取证）",
                        "Records of the notice's arrival and of the removal (the platform's decision, pages before and after)",
                    )
                ],
                T(
                    "处理不及时的，平台对从应当处理之时到实际删除之时扩大的损害承担连带责任；及时的，不承担。",
                    "If it acted late, the platform is jointly liable for the damage that grew between when it should have acted and the removal; if in time, it is not.",
                ),
            ),
        ),
        branch(
            "rh_c_branch",
            [
                rule(FAIL, "rh_fc"),
                rule(FAIL_OPEN, "rh_fc"),
            ],
            rule(None, "rh_fwd_branch"),
        ),
        finding_c(),
        branch(
            "rh_fwd_branch",
            [rule(ans("rh_notice", "effective", "unknown"), "rh_forwarded")],
            rule(None, "rh_know_branch"),
        ),
        branch(
            "rh_know_branch",
            [rule(ans("rh_knowledge", "not_sure"), "rh_knowledge_check")],
            rule(None, "rh_harbour_branch"),
        ),
        question(
            "rh_knowledge_check",
            T(
                "是否有证据表明平台知道或者应当知道{party.user}在利用它的服务侵权？",
                "Is there evidence that the platform knew or should have known the {party.user} was infringing through its service?",
            ),
            [
                choice(
                    T("有这样的证据", "Yes, there is such evidence"),
                    "rh_harbour_branch",
                    "yes",
                    T(
                        "平台知道或者应当知道侵权而未采取必要措施，与该用户承担连带责任。",
                        "A platform that knew or should have known and took no necessary measures is jointly and severally liable with the user.",
                    ),
                    [
                        cite(CC, 1197, when=NEW),
                        cite(TLL, 36, 3, when=OLD),
                        cite(ECL, 45, when=EC),
                        cite(REG, 23, when=all_(COPY, ans("rh_service", "search_link"))),
                        cite(NDI, 7, 3, when=COPY),
                    ],
                ),
                choice(
                    T("没有，平台只是被动提供服务", "No, it only provided the service passively"),
                    "rh_harbour_branch",
                    "no",
                ),
                choice(
                    T("不清楚 / 待核实", "Not known / to verify"),
                    "rh_harbour_branch",
                    "unknown",
                    T(
                        "平台是否知道尚待核实：报告列出知道时的结论。",
                        "Whether the platform knew is to be verified: the report shows what follows if it did.",
                    ),
                    unknown_=True,
                ),
            ],
            why=T(
                "此前对平台是否知道答了“不确定”。平台知道或者应当知道侵权的，对知道之后的全部损害与侵权用户承担连带责任，而不只是通知后扩大的部分。",
                "You were not sure whether the platform knew. A platform that knew or should have known is jointly liable for all damage from then on, not only for what grew after a notice.",
            ),
            examples=[
                T(
                    "平台推荐、置顶或编入榜单的截图，浏览量很大，此前对同一用户的投诉没有处理，平台针对该内容投放广告。",
                    "Screenshots of recommendations, pinning or rankings, very many views, earlier complaints about the same user left alone, adverts placed on the content.",
                )
            ],
            verify=verify(
                [
                    T(
                        "平台推荐、置顶、编入榜单的截图；浏览量、转发量的记录",
                        "Screenshots of recommendations, pinning or rankings; records of views and shares",
                    ),
                    T(
                        "此前对同一用户或同一内容的投诉记录，平台的处理结果",
                        "Earlier complaints about the same user or content, and what the platform did",
                    ),
                    T(
                        "平台从该内容直接获利的证据（针对该内容投放的广告、分成）",
                        "Evidence that the platform profited from the content itself (targeted adverts, revenue sharing)",
                    ),
                ],
                T(
                    "平台知道或者应当知道的，对知道之后的损害与侵权用户承担连带责任；不知道的，只在收到有效通知后未及时处理时，对扩大的损害承担连带责任。",
                    "If the platform knew or should have known, it is jointly liable for the damage from then on; if not, only for the damage that grew after it failed to act in time on an effective notice.",
                ),
            ),
        ),
        branch(
            "rh_harbour_branch",
            [
                rule(
                    all_(COPY, ans("rh_service", "hosting"), not_(FAIL), not_(KNEW)),
                    "rh_harbour",
                    T(
                        "信息存储空间涉及作品的网络传播：审查信息网络传播权保护条例第22条的免责条件。",
                        "Hosting of works: the conditions of Regulations art. 22 are examined.",
                    ),
                    [cite(REG, 22)],
                )
            ],
            rule(None, "rh_learned"),
        ),
        question(
            "rh_harbour",
            T(
                "该信息存储空间是否同时满足下列五项条件？",
                "Does the hosting service meet all five of these conditions?",
            ),
            [
                choice(
                    T(
                        "是：明确标示为用户提供并公开平台名称、联系人和网址；未改变作品；不知道也没有合理理由应当知道侵权；未从该作品直接获得经济利益；接到通知后删除",
                        "Yes: it says the space is provided for users and gives its name, contact and address; it did not change the work; it did not know and had no reason to know; it drew no direct economic benefit from the work; it removed the work on notice",
                    ),
                    "rh_learned",
                    "yes",
                    T(
                        "符合条例第22条的条件，平台不承担赔偿责任。",
                        "The conditions of Regulations art. 22 are met: the platform is not liable in damages.",
                    ),
                    [cite(REG, 22)],
                ),
                choice(
                    T(
                        "否或不能确定（例如平台针对该作品投放广告获利）",
                        "No, or cannot be told (e.g. the platform sold adverts on that very work)",
                    ),
                    "rh_learned",
                    "no",
                    T(
                        "不能适用条例第22条的免责；平台是否负责仍看它是否知道、是否及时处理。从作品中直接获利的，平台负有较高的注意义务。",
                        "The exemption of art. 22 does not apply; liability still turns on knowledge and timely action. A platform profiting directly from the work owes a higher duty of care.",
                    ),
                    [cite(NDI, 11, 1)],
                ),
            ],
            citations=[cite(REG, 22), cite(NDI, 11, 2)],
        ),
        date_question(
            "rh_learned",
            T(
                "你从哪一天起知道自己的权利受到侵害，并且知道应由谁负责？只知道月份的，填写年月。",
                "From what day did you know that your right was infringed and who was responsible? Give the month if the day is not known.",
            ),
            T("知道受到损害及责任人之日", "the day you knew of the damage and who was liable"),
            "rh_user_branch",
            significance=T(
                "诉讼时效从权利人知道或者应当知道权利受到损害以及义务人之日起计算。",
                "Limitation runs from the day the rights holder knew or should have known of the damage and of the person liable.",
            ),
            why=T(
                "例如第一次看到侵权内容并知道发布账号和平台的日期。发布者匿名、后来才查明身份的，对发布者的时效从查明之日起算；不确定时填较早的日期更安全。",
                "E.g. the day you first saw the content and knew the account and the platform. If the poster was anonymous and identified later, limitation against him runs from then; when unsure, the earlier date is safer.",
            ),
            month=True,
            unknown_=True,
            verify=verify(
                [
                    T(
                        "第一次发现侵权的记录（截图的时间、与他人的聊天记录、第一次投诉的日期）",
                        "Records of when the infringement was first noticed (screenshot times, messages, the first complaint)",
                    )
                ],
                T(
                    "这一日期决定诉讼时效何时届满；只知道月份的，报告按最早的可能日期计算；不清楚的，报告不能计算，会说明缺少这一日期。",
                    "This date decides when limitation ends; with a month only the report counts from the earliest possible day; without a date it cannot count and says so.",
                ),
            ),
        ),
        branch(
            "rh_user_branch",
            [rule(ans("rh_service", "own_alone"), "rh_history_any")],
            rule(None, "rh_user_known"),
        ),
        question(
            "rh_user_known",
            T(
                "你是否已经知道{party.user}（发布者）的真实身份（姓名或名称）？",
                "Do you know who the {party.user} (the poster) really is (name)?",
            ),
            [
                choice(
                    T(
                        "知道：在知道受到损害时就已经知道",
                        "Yes: known already when I learned of the harm",
                    ),
                    "rh_history_any",
                    "known",
                ),
                choice(
                    T("后来才查明", "Identified later"),
                    "rh_user_id_date",
                    "later",
                    T(
                        "对发布者的诉讼时效从知道或者应当知道其身份之日起计算。",
                        "Limitation against the poster runs from when you knew or should have known who he is.",
                    ),
                    [
                        cite(CC, 188, 2, when=NEW),
                        cite(GPRO, 188, 2, when=all_(OLD, on_or_after("rh_learned", "2017-10-01"))),
                        cite(GPCL, 137, when=all_(OLD, before("rh_learned", "2017-10-01"))),
                    ],
                ),
                choice(
                    T(
                        "还没有查明（匿名或使用网名发布）",
                        "Not yet (anonymous or under a screen name)",
                    ),
                    "rh_history_any",
                    "not_yet",
                    T(
                        "发布者的身份尚未查明：对他的诉讼时效尚未开始计算；可以请求平台提供其信息，或起诉平台后请求法院责令平台提供。",
                        "The poster is not yet identified: limitation against him has not started; ask the platform for his details, or sue the platform and ask the court to order it to disclose them.",
                    ),
                    [
                        cite(CC, 188, 2, when=NEW),
                        cite(GPRO, 188, 2, when=all_(OLD, on_or_after("rh_learned", "2017-10-01"))),
                        cite(GPCL, 137, when=all_(OLD, before("rh_learned", "2017-10-01"))),
                    ],
                ),
            ],
            why=T(
                "诉讼时效从权利人知道或者应当知道权利受到损害以及义务人之日起计算。匿名发布者的身份查明以前，对他的诉讼时效不开始计算；对平台的诉讼时效从知道平台之日起计算，不受影响。",
                "Limitation runs from when the right holder knew or should have known of the harm and of the person liable. Against an anonymous poster it does not start before he is identified; against the platform it runs from when you knew of the platform, unaffected.",
            ),
        ),
        date_question(
            "rh_user_id_date",
            T(
                "你是哪一天查明{party.user}的真实身份的？",
                "On what day did you learn who the {party.user} really is?",
            ),
            T("查明发布者真实身份之日", "the day the poster was identified"),
            "rh_history_any",
            significance=T(
                "对发布者的诉讼时效从这一天起算。",
                "Limitation against the poster runs from this day.",
            ),
            month=True,
            unknown_=True,
            verify=verify(
                [
                    T(
                        "平台提供发布者信息的答复、法院的调查令或裁定、其他查明身份的记录及日期",
                        "The platform's answer giving the poster's details, the court's order, or other records of the identification with their dates",
                    )
                ],
                T(
                    "这一日期决定对发布者的诉讼时效何时届满；只知道月份的，报告按最早的可能日期计算，不清楚的无法计算。",
                    "This date decides when limitation against the poster ends; with a month only the report counts from the earliest possible day, and without a date it cannot count.",
                ),
            ),
        ),
        question(
            "rh_history_any",
            T(
                "到目前为止，是否已经书面向对方索赔、对方承认过、起诉过或者有了判决？",
                "So far, has there been a written demand, an acknowledgement by the other side, a suit or a judgment?",
            ),
            [
                choice(T("否，都还没有", "No, none of these"), "rh_decide", "no"),
                choice(T("是", "Yes"), "rh_history", "yes"),
            ],
            why=T(
                "催告、对方承认和起诉会使诉讼时效中断、重新计算；判决生效后不再计算诉讼时效，而是申请强制执行的期间。",
                "A demand, an acknowledgement and a suit interrupt limitation, which then runs again; after a judgment takes effect, what runs is the period to apply for enforcement.",
            ),
        ),
        events_question(
            "rh_history",
            T(
                "请逐项记录发生过的事（书面索赔到达对方、对方承认、起诉、判决送达或生效、申请执行），并注明针对谁；判决生效的，同时填写判决确定的履行期间的最后一日。",
                "Record each event (a written demand that reached the other side, an acknowledgement, a suit, a judgment served or effective, an application for enforcement) and against whom; for an effective judgment, also the last day of performance it sets.",
            ),
            HISTORY_KINDS,
            ["user", "platform"],
            "rh_barred_branch",
            T(
                "这些事决定诉讼时效是否中断、案件是否已在法院，以及判决后的上诉和执行期限。",
                "These decide whether limitation was interrupted, whether the case is in court, and the appeal and enforcement periods after a judgment.",
            ),
        ),
        *barred_nodes("rh", RH, "rh_enf_branch"),
        *enforcement_nodes("rh", RH, H, "rh_decide"),
        branch(
            "rh_decide",
            [
                rule(ans("rh_service", "own_alone", "own_joint", "induce_assist"), "outcome_e"),
                rule(
                    KNEW,
                    "outcome_d",
                    T(
                        "平台知道或者应当知道侵权而未采取必要措施。",
                        "The platform knew or should have known and took no necessary measures.",
                    ),
                ),
                rule(ans("rh_conduit", "access_ok", "cache_ok"), "outcome_b"),
                rule(
                    FAIL,
                    "outcome_c",
                    T(
                        "平台接到有效通知后没有及时采取必要措施。",
                        "The platform did not take the necessary measures in time after an effective notice.",
                    ),
                ),
                rule(
                    FAIL_OPEN,
                    "outcome_c",
                    T(
                        "是否有有效通知、平台是否及时处理尚待核实：报告按平台未及时处理分析，并列出需要核实的事实。",
                        "Whether there was an effective notice, or whether the platform acted in time, is to be verified: the report assumes it did not, and lists the facts to verify.",
                    ),
                ),
                rule(
                    all_(COPY, ans("rh_service", "hosting"), ans("rh_harbour", "yes")),
                    "outcome_b",
                ),
                rule(
                    all_(COPY, ans("rh_service", "search_link")),
                    "outcome_b",
                    T(
                        "链接服务没有接到有效通知后不及时断开链接的情形，也没有证据表明它明知或者应知：适用条例第23条。",
                        "The link service did not fail to disconnect after an effective notice, and is not shown to have known: Regulations art. 23 applies.",
                    ),
                    [cite(REG, 23)],
                ),
            ],
            rule(None, "outcome_a"),
        ),
    ]


# --- outcome texts --------------------------------------------------------------------------


#: An interruption against the platform (a demand, an acknowledgement, a suit) is recorded:
#: then the user's period splits into his sole part and the part he owes jointly (诉讼时效规定
#: 15(2) reaches only the joint debt).
PLATFORM_INTERRUPTED = event(H, "demand", "acknowledgement", "suit", parties=("platform",))
USER_KNOWN = ans("rh_user_known", "known")
USER_LATER = ans("rh_user_known", "later")
#: A judgment against the user only: the platform was neither sued nor judged.
USER_JUDGED_ONLY = all_(
    event(H, "judgment_effective", parties=("user",)),
    not_(event(H, "suit", "judgment_served", "judgment_effective", parties=("platform",))),
)
#: The user was sued or judged: his identity and address are known to the court.
USER_SUED = event(H, "suit", "judgment_served", "judgment_effective", parties=("user",))
USER_ANON = ans("rh_user_known", "not_yet")
#: 民法典196(1), 995 (as on the accused user's side): the content is still online, so the
#: infringement goes on; the date counted from knowledge bars at most the earlier damage.
_CONTINUING = (
    "自知道侵权时起算，只及于较早部分的损害；侵权仍在持续：停止侵害不受诉讼时效限制，较近的损害另行计算",
    "counted from when you knew of it, reaching only the earlier damage; the infringement goes on: stopping it is not subject to limitation, and more recent damage counts from later",
)
_PARTS = {
    "notice": (
        (
            "单独负责的部分：平台应当处理通知之前的损害",
            "his sole part: damage before the platform had to act on the notice",
        ),
        (
            "与平台连带的部分：通知后扩大的损害",
            "the part owed jointly with the platform: the damage enlarged after the notice",
        ),
    ),
    "knowledge": (
        (
            "单独负责的部分：平台知道或者应当知道之前的损害",
            "his sole part: damage before the platform knew or should have known",
        ),
        (
            "与平台连带的部分：平台知道或者应当知道之后的损害",
            "the part owed jointly with the platform: damage after the platform knew or should have known",
        ),
    ),
}


def _label(who_zh: str, who_en: str, parts: list[tuple[str, str]]) -> Json:
    if not parts:
        return T(f"对{who_zh}的诉讼时效", f"Limitation against the {who_en}")
    return T(
        f"对{who_zh}的诉讼时效（{'；'.join(p[0] for p in parts)}）",
        f"Limitation against the {who_en} ({'; '.join(p[1] for p in parts)})",
    )


def _continuing(base: list[tuple[str, str]], online: bool) -> list[tuple[str, str]]:
    return [*base, _CONTINUING] if online else base


def _user_rows(kind: str) -> list[Json]:
    """The user's limitation: from knowledge of the damage and of him (188(2)); none while he
    is not identified (a warning says it has not started); split where the platform's joint
    liability covers only part of the damage and an interruption against the platform is
    recorded."""
    specs: list[Json] = []
    for online in (True, False):
        shown = ONLINE if online else REMOVED
        tag = "_cont" if online else ""
        for start, ident, itag in (
            ("rh_learned", USER_KNOWN, ""),
            ("rh_user_id_date", USER_LATER, "_id"),
        ):
            if kind in _PARTS:
                sole, joint = _PARTS[kind]
                specs += limitation(
                    f"rh_lim_user_sole{itag}{tag}",
                    _label("{party.user}", "{party.user}", _continuing([sole], online)),
                    start,
                    H,
                    ["user"],
                    when=all_(shown, ident, PLATFORM_INTERRUPTED),
                    acts=[RH],
                )
                specs += limitation(
                    f"rh_lim_user_joint{itag}{tag}",
                    _label("{party.user}", "{party.user}", _continuing([joint], online)),
                    start,
                    H,
                    ["user"],
                    ["platform"],
                    when=all_(shown, ident, PLATFORM_INTERRUPTED),
                    acts=[RH],
                )
                specs += limitation(
                    f"rh_lim_user{itag}{tag}",
                    _label("{party.user}", "{party.user}", _continuing([], online)),
                    start,
                    H,
                    ["user"],
                    when=all_(shown, ident, not_(PLATFORM_INTERRUPTED)),
                    acts=[RH],
                )
            else:
                specs += limitation(
                    f"rh_lim_user{itag}{tag}",
                    _label("{party.user}", "{party.user}", _continuing([], online)),
                    start,
                    H,
                    ["user"],
                    ["platform"] if kind == "whole" else None,
                    when=all_(shown, ident),
                    acts=[RH],
                )
    # The poster not yet identified: his limitation has not started, but no right is protected
    # more than twenty years after the harm (民法典188(2) / 民法总则188(2) / 民法通则137).
    specs.append(
        {
            "id": "rh_long_stop_user",
            "kind": "other",
            "label": T(
                "对{party.user}的最长保护期间（自侵权内容发布之日起二十年；其身份尚未查明）",
                "The longest protection against the {party.user} (twenty years from the posting; not yet identified)",
            ),
            "from": "rh_posted",
            "add": {"years": 20},
            # Posted before 2021: the article in force at the posting and the Civil Code's, in
            # force when the twenty years end (both twenty years; a warning says so plainly).
            "basis": [
                cite(
                    GPRO,
                    188,
                    2,
                    when=all_(
                        on_or_after("rh_posted", "2017-10-01"), before("rh_posted", "2021-01-01")
                    ),
                ),
                cite(GPCL, 137, when=before("rh_posted", "2017-10-01")),
                cite(CC, 188, 2),
            ],
            "acts": [RH],
            "when": all_(USER_ANON, not_(unknown("rh_posted"))),
        }
    )
    return specs


def _platform_rows(joint: bool, tag: str = "") -> list[Json]:
    specs: list[Json] = []
    for online in (True, False):
        shown = ONLINE if online else REMOVED
        specs += limitation(
            f"rh_lim_platform{tag}{'_cont' if online else ''}",
            _label("{party.platform}", "{party.platform}", _continuing([], online)),
            "rh_learned",
            H,
            ["platform"],
            ["user"] if joint else None,
            when=shown,
            acts=[RH],
        )
    return specs


def _guard(specs: list[Json], condition: Json) -> list[Json]:
    return [{**spec, "when": all_(spec.get("when"), condition)} for spec in specs]


def deadlines(kind: str) -> list[Json]:
    """Limitation against the user and the platform, then appeal and enforcement. ``kind``:
    "notice" (ISP-C, joint for the enlarged damage), "knowledge" (ISP-D, joint from knowledge),
    "whole" (ISP-E, joint for the whole), "own" (ISP-E, the platform's own content), "user"
    (the platform not liable)."""
    specs: list[Json] = []
    if kind != "own":
        specs += _user_rows(kind)
    if kind in ("notice", "knowledge", "whole"):
        specs += _platform_rows(True)
    elif kind == "own":
        specs += _platform_rows(False, "_own")
    return specs + judgment_deadlines(H, RH)


def next_steps(platform_liable: bool, sue_platform: bool = True) -> list[Json]:
    who = "{party.user}和{party.platform}" if platform_liable and sue_platform else "{party.user}"
    who_en = (
        "the {party.user} and the {party.platform}"
        if platform_liable and sue_platform
        else "the {party.user}"
    )
    steps = [
        note(
            "核实{party.user}的真实身份（姓名或名称、联系方式、住所）。",
            "Establish who the {party.user} really is (name, contact details, address).",
            when=all_(
                reached("rh_user"), not_(ans("rh_user_known", "known", "later")), not_(USER_SUED)
            ),
        ),
        note(
            "查明{party.user}的住所或者送达地址和有效联系方式（索赔、起诉和送达需要）。",
            "Find the {party.user}'s address for service and contact details (needed to claim, sue and serve).",
            when=all_(reached("rh_user"), ans("rh_user_known", "known", "later"), not_(USER_SUED)),
        ),
        note(
            "立即通过{party.platform}的投诉渠道发出通知，要求删除、屏蔽或断开链接：附你的真实身份信息、侵权内容的网址和构成侵权的初步证据，保存提交记录和回执。",
            "Notify the {party.platform} at once through its complaint channel to remove, block or unlink the content, with your real identity, the content's address and preliminary evidence; keep the record and the receipt.",
            when=all_(
                ONLINE,
                not_(ans("rh_notice", "effective")),
                not_(all_(COPY, ans("rh_service", "hosting", "search_link"))),
            ),
        ),
        note(
            "立即向{party.platform}提交书面通知，要求删除作品或断开链接：写明你的姓名（名称）、联系方式和地址，侵权作品的名称和网址，并附构成侵权的初步证明材料。",
            "Send the {party.platform} a written notice at once to remove the work or the link, giving your name, contact details and address, the title and address of the work, and preliminary proof.",
            when=all_(
                ONLINE,
                not_(ans("rh_notice", "effective")),
                COPY,
                ans("rh_service", "hosting", "search_link"),
            ),
        ),
        note(
            "书面催告{party.platform}立即处理已经发出的通知，写明通知到达的日期，并保存催告记录。",
            "Press the {party.platform} in writing to act on the notice already sent, stating the day it arrived, and keep a record.",
            when=all_(ONLINE, ans("rh_notice", "effective")),
        ),
        note(
            "损害正在扩大、来不及等待诉讼的，可以向人民法院申请责令{party.user}停止有关行为的措施（民法典第997条）。",
            "If the harm is growing and cannot wait for a suit, ask the court to order the {party.user} to stop (Civil Code art. 997).",
            when=all_(ONLINE, PERS, NEW),
        ),
        note(
            "情况紧急的，可以向人民法院申请保全，要求平台迅速采取删除、屏蔽、断开链接等下架措施（网络知产批复第1条）。",
            "If urgent, apply to the court for a preservation order requiring the platform to take the content down quickly (SPC online-IP reply, item 1).",
            when=all_(ONLINE, IP),
        ),
        note(
            "不要与发布者或平台约定付费删帖：这类协议无效（网络人身权益规定第10条第1款）。",
            "Do not agree to pay the poster or the platform for a deletion: such agreements are void (SPC online personal-rights provisions art. 10(1)).",
            when=all_(PERS, NEW, ONLINE),
        ),
        note(
            "不要与发布者或平台约定付费删帖：法院认定这类协议无效。",
            "Do not agree to pay the poster or the platform for a deletion: courts hold such agreements void.",
            when=all_(PERS, OLD, ONLINE),
        ),
        note(
            "请{party.platform}提供{party.user}的真实姓名（名称）、联系方式和网络地址；起诉平台后，平台以内容系用户发布为由抗辩的，可以请求法院责令平台提供（网络人身权益规定第3条第1款），再请求追加{party.user}为被告（第3条第3款）。",
            "Ask the {party.platform} for the real name, contact details and network address of the {party.user}; once you sue the platform and it answers that a user posted the content, ask the court to order it to disclose them (SPC online personal-rights provisions art. 3(1)), then to add the {party.user} as a defendant (art. 3(3)).",
            when=all_(PERS, USER_ANON, no_judgment(H)),
        ),
        note(
            "请{party.platform}提供{party.user}的真实姓名（名称）、联系方式和网络地址，并保存要求和答复；起诉后可以申请法院调查收集。",
            "Ask the {party.platform} for the real name, contact details and network address of the {party.user} and keep the request and reply; once you sue, you may ask the court to collect them.",
            when=all_(not_(PERS), USER_ANON, no_judgment(H)),
        ),
        *claim_steps(
            "rh", H, who, who_en, continuing=ONLINE, later_start=any_(USER_LATER, USER_ANON)
        ),
        note(
            "诉讼已在进行：在举证期限内向法院提交本报告所列的证据。",
            "The suit is under way: file the evidence listed here within the time for evidence.",
            when=in_court(H),
        ),
        *(
            [
                note(
                    "尚未起诉{party.platform}：可以向法院申请将其列为共同被告（是否准许由法院决定），或者另行起诉；对平台的诉讼时效另行计算（见期限）。",
                    "The {party.platform} has not been sued: ask the court to add it as a co-defendant (the court decides), or sue it separately; limitation against it runs on its own (see the deadlines).",
                    when=all_(in_court(H), not_(event(H, "suit", parties=("platform",)))),
                )
            ]
            if platform_liable and sue_platform
            else []
        ),
        *(
            [
                note(
                    "判决只针对{party.user}：{party.platform}与其承担连带责任的部分是另一项请求，判决没有处理。{party.user}不履行或者执行不能、不足的，在对{party.platform}的诉讼时效内（见期限）向其书面索赔或者起诉；不必等执行程序结束。",
                    "The judgment is against the {party.user} only: the part for which the {party.platform} is jointly liable with him is a separate claim the judgment did not decide. If the {party.user} does not pay or enforcement yields nothing or too little, claim from the {party.platform} in writing or sue it within the limitation against it (see the deadlines); there is no need to wait for enforcement to end.",
                    when=USER_JUDGED_ONLY,
                )
            ]
            if platform_liable and sue_platform
            else []
        ),
        note(
            "一审判决已经送达：不服的，在上诉期间内提起上诉（见期限），二审中只能在法律允许的范围内提出新证据；双方都不上诉的，判决期满生效，对方不履行时可以在二年内申请强制执行（民事诉讼法第250条）。",
            "The first-instance judgment has been served: appeal within the appeal period if you disagree (see the deadlines) — new evidence on appeal only within the limits the law allows; if neither side appeals, the judgment takes effect, and if it is not complied with you may apply for enforcement within two years (Civil Procedure Law art. 250).",
            when=served(H),
        ),
        *enforcement_steps("rh", H),
    ]
    return steps


def evidence() -> list[Json]:
    return [
        note(
            "侵权内容的网页公证书或可信时间戳存证（网址、发布时间、浏览量、转发量）",
            "Notarised pages or trusted time stamps of the content (address, time posted, views, shares)",
            when=ONLINE,
        ),
        note(
            "内容删除前保存的截图、录屏或公证书，以及平台的删除处理记录",
            "Screenshots, recordings or notarised pages kept before the removal, and the platform's record of it",
            when=REMOVED,
        ),
        note("你的身份证明", "Proof of your identity", when=PERS),
        note(
            "著作权登记证书、作品底稿或首次发表的证明、授权文件",
            "Copyright registration, drafts or proof of first publication, licences",
            when=COPY,
        ),
        note(
            "商标注册证、专利证书及年费缴纳凭证、授权文件",
            "Trade-mark or patent certificates with proof of renewal fees, licences",
            when=ans("rh_right", "other_ip"),
        ),
        note(
            "发给平台的通知（投诉）及附件、提交记录、平台的受理回执和处理结果",
            "The notice to the platform with attachments, the submission record, and the platform's receipt and decision",
            when=ans("rh_notice", "effective", "defective", "unknown"),
        ),
        note(
            "平台是否、何时把通知转送给{party.user}的记录（可以书面询问平台）",
            "Whether and when the platform forwarded the notice to the {party.user} (ask it in writing)",
            when=ans("rh_forwarded", "no", "unknown"),
        ),
        note(
            "证明平台知道或者应当知道的材料：推荐、置顶、榜单截图，浏览量，对同一用户的投诉记录，平台从该内容获利的证据",
            "What shows the platform knew or should have known: screenshots of recommendations, pinning or rankings, views, complaints about the same user, its profit from the content",
            when=any_(KNEW, KNEW_UNKNOWN),
        ),
        note(
            "损失证明：收入减少、合同被取消、商誉或销量下降的材料",
            "Proof of loss: lost income, cancelled contracts, fallen reputation or sales",
        ),
        note(
            "为制止侵权支付的合理开支的票据：公证费、调查取证费、律师费",
            "Receipts for reasonable costs of stopping the infringement: notary, investigation, lawyers",
        ),
        note(
            "精神损害的证明（如受影响的工作、生活情况，心理咨询记录）",
            "Proof of mental harm (effects on work and life, counselling records)",
            when=PERS,
        ),
    ]


def warnings_common() -> list[Json]:
    return [
        warn(
            "caution",
            "2021年以前，一般平台的通知规则没有要求平台转送通知；是否及时处理以平台是否及时采取必要措施为准。",
            "Before 2021 the general notice rule did not require platforms to forward notices; what counts is whether the platform took the necessary measures in time.",
            when=all_(OLD, ans("rh_forwarded", "no"), not_(EC), not_(COPY)),
            basis=[cite(TLL, 36, 2)],
        ),
        warn(
            "contested",
            "内容仍在网上：请求删除、停止侵害不适用诉讼时效；报告中的诉讼时效针对的是赔偿请求。侵权仍在持续时，赔偿请求的诉讼时效从何时起算有不同看法（有的认为从侵权行为结束时起算，有的认为较近期间的损害另行起算），报告从你知道侵权之日起计算，是最早、最稳妥的日期；稳妥起见按报告的日期行事。",
            "The content is still online: a claim to remove it and stop the infringement is not subject to limitation; the limitation in this report concerns damages. While the infringement continues, when limitation for damages starts is debated (some count from when the infringement ends, others let more recent damage count from later); the report counts from when you knew of it, the earliest and safest date. To be safe, act by the report's dates.",
            when=all_(ONLINE, not_(barred("rh"))),
            basis=[cite(CC, 196, 1, 1), cite(CC, 995, when=PERS)],
        ),
        warn(
            "contested",
            "内容仍在网上，侵权仍在持续。报告从你知道侵权之日起计算的诉讼时效已经届满，但这不等于赔偿请求一定已过时效：侵权持续时诉讼时效从何时起算有不同看法（有的认为从侵权行为结束时起算，有的认为较近期间的损害另行起算），至少近三年的损害仍有主张的余地。请求删除、停止侵害不适用诉讼时效；法院不会主动适用诉讼时效，须由对方提出。请立即书面索赔或者起诉。",
            "The content is still online and the infringement goes on. Limitation counted from when you knew of it has run, but that does not mean the claim for damages is barred: when limitation starts on a continuing infringement is debated (some count from when it ends, others let more recent damage count from later), and at least the damage of the last three years can still be argued. A claim to remove the content and stop is not subject to limitation; the court does not apply limitation of its own motion — the other side must raise it. Claim in writing or sue at once.",
            when=all_(ONLINE, barred("rh")),
            basis=[cite(CC, 196, 1, 1), cite(CC, 995, when=PERS), cite(CC, 193)],
        ),
        old_spc_text_warning(RH, when=any_(PERS, COPY)),
        warn(
            "caution",
            "自侵权内容发布之日起二十年的最长保护期间（见期限）：发布时施行的法律和期间届满时施行的民法典都规定为二十年，计算结果相同，报告因此一并列出两者的条文。",
            "The twenty-year outer limit from the posting (see the deadlines): the law in force at the posting and the Civil Code, in force when the twenty years end, both set twenty years with the same result, so the report cites both.",
            when=all_(USER_ANON, before("rh_posted", "2021-01-01")),
            basis=[
                cite(GPRO, 188, 2, when=on_or_after("rh_posted", "2017-10-01")),
                cite(GPCL, 137, when=before("rh_posted", "2017-10-01")),
                cite(CC, 188, 2),
            ],
        ),
        warn(
            "caution",
            "{party.user}的真实身份尚未查明：对他的诉讼时效从你知道或者应当知道其身份之日起计算，现在尚未开始，报告因此不列这一期限；但自侵权内容发布之日起超过二十年的，人民法院不再保护（见期限）。对平台的诉讼时效不受影响（见期限）。平台拒绝提供用户信息、你又能够通过起诉平台查明的，法院可能认为你“应当知道”的时间更早，请尽快查明。",
            "The {party.user} has not been identified: limitation against him runs from when you knew or should have known who he is and has not yet started, so the report lists no such period; but no court protects the right more than twenty years after the content was posted (see the deadlines). Limitation against the platform is unaffected (see the deadlines). If you could have found him out by suing the platform, a court may hold that you 'should have known' earlier: identify him soon.",
            when=USER_ANON,
            basis=[
                cite(CC, 188, 2, when=NEW),
                cite(GPRO, 188, 2, when=all_(OLD, on_or_after("rh_learned", "2017-10-01"))),
                cite(GPCL, 137, when=all_(OLD, before("rh_learned", "2017-10-01"))),
            ],
        ),
        warn(
            "missing_fact",
            "平台是否知道或者应当知道侵权尚待核实：如果平台知道或者应当知道（例如推荐、置顶、编入榜单，对明显或重复的侵权不处理），它对知道之后的全部损害与{party.user}承担连带责任，而不只是通知后扩大的部分。",
            "Whether the platform knew or should have known is still to be verified: if it did (recommendations, pinning, rankings, ignoring obvious or repeated infringements), it is jointly liable with the {party.user} for all damage from then on, not only for what grew after the notice.",
            when=KNEW_UNKNOWN,
            basis=[cite(CC, 1197, when=NEW), cite(TLL, 36, 3, when=OLD)],
        ),
        warn(
            "contested",
            "2021年以前的侵权责任法第36条第3款只规定平台“知道”时承担连带责任；平台仅“应当知道”时是否承担连带责任，当时的审判实践有分歧。",
            "Tort Liability Law art. 36(3), in force before 2021, speaks only of a platform that 'knew'; whether one that merely 'should have known' was jointly liable was disputed in the courts then.",
            when=all_(OLD, any_(KNEW, KNEW_UNKNOWN)),
            basis=[cite(TLL, 36, 3)],
        ),
    ]


def forwarding_warning() -> Json:
    return warn(
        "caution",
        "{party.platform}没有把你的通知转送给{party.user}。接到通知后，平台应当及时转送通知并采取必要措施；未转送是它没有及时处理的证据之一。但连带责任取决于平台是否及时采取了必要措施，而不是是否转送。",
        "The {party.platform} did not forward your notice to the {party.user}. On a notice the platform must forward it and take necessary measures in time; the failure to forward is evidence that it did not deal with the notice in time. Joint liability, though, turns on whether it took the measures in time, not on the forwarding.",
        when=all_(ans("rh_forwarded", "no"), FORWARD_DUTY),
        basis=[
            cite(CC, 1195, 2, when=NEW),
            cite(ECL, 42, 2, when=EC),
            cite(REG, 15, when=all_(COPY, ans("rh_service", "hosting", "search_link"))),
        ],
    )


def platform_start_warning() -> Json:
    """The notice route: the row against the platform counts from the day of knowledge (the
    safer count, on which the whole-claim limitation checks rest); where the notice came later,
    the view that the period against the platform runs only from its failure to act on the
    notice (民法典188(2) with 1195(2)) is said plainly — the row's start is not changed.

    Shown where three years from knowledge have run and three years from the notice have not
    (both without events): the notice is known to the day or decides anyway, it came after the
    day of knowledge, and the two counts differ at the consultation date. A direct comparison
    of the two dates is refused by the validator (the notice date is not asked on every path
    to this outcome); the deadlines' "passed" is undetermined, never false, where unasked."""
    return warn(
        "contested",
        "对{party.platform}的诉讼时效，报告从你知道权利受到损害及责任人之日（{date.rh_learned}）起计算，这是较早、较稳妥的算法。但{party.platform}对扩大的损害承担连带责任，是在你的通知于{date.rh_notice_date}到达后它没有及时采取必要措施时才产生的；另一种看法认为，对平台的诉讼时效从那时（你知道或者应当知道平台没有及时处理、损害因此扩大之时）起计算，比报告的日期晚。这一点有争议。如果报告显示对{party.platform}的诉讼时效已届满，请律师核对对平台的请求是否仍在诉讼时效内；核对以前，仍应尽快书面索赔或者起诉。",
        "Limitation against the {party.platform} is counted in this report from the day you knew of the damage and who was liable ({date.rh_learned}): the earlier, safer count. But the platform became jointly liable for the enlarged damage only when it failed to take the necessary measures in time after your notice reached it on {date.rh_notice_date}; on another view, limitation against the platform runs only from then (when you knew or should have known that it had not acted and the damage grew), later than the report's date. The point is disputed. If the report shows the period against the {party.platform} as expired, have a lawyer check whether the claim against the platform is still in time; meanwhile, claim in writing or sue as soon as possible.",
        side=[RH],
        when=all_(passed("rh_lim_plain"), passed("rh_lim_notice_plain", False)),
        basis=[
            cite(CC, 188, 2, when=on_or_after("rh_notice_date", "2021-01-01")),
            cite(
                GPRO,
                188,
                2,
                when=all_(
                    on_or_after("rh_notice_date", "2017-10-01"),
                    before("rh_notice_date", "2021-01-01"),
                ),
            ),
            cite(GPCL, 137, when=before("rh_notice_date", "2017-10-01")),
            cite(CC, 1195, 2, when=NEW),
            cite(TLL, 36, 2, when=OLD),
        ],
    )


def conditional_d() -> Json:
    """The platform's joint liability from knowledge, if it knew — shown where unknown."""
    return finding(
        "连带责任",
        T("{party.platform}（与{party.user}）", "the {party.platform} (with the {party.user})"),
        YOU,
        T(
            "平台知道或者应当知道侵权之后发生的全部损害",
            "All damage from the time the platform knew or should have known",
        ),
        T(
            "无先后顺序，你可以请求其中任何一方承担全部",
            "No order: you may claim the whole from either",
        ),
        [cite(CC, 1197, when=NEW), cite(TLL, 36, 3, when=OLD), cite(ECL, 45, when=EC)],
        sublabel=T(
            "若平台知道或者应当知道侵权",
            "if the platform knew or should have known",
        ),
        when=KNEW_UNKNOWN,
        depends_on=["rh_knowledge_check"],
    )


def outcomes() -> list[Json]:
    return [outcome_e(), outcome_d(), outcome_c(), outcome_b()]


def outcome_e() -> Json:
    own = ans("rh_service", "own_alone")
    return {
        "id": "outcome_e",
        "type": "outcome",
        "code": "ISP-E",
        "title": T(
            "平台自己提供或参与提供侵权内容：对全部损害负责",
            "The platform provided or took part in providing the content: liable for the whole damage",
        ),
        "summary": [
            variant(
                "{party.platform}自己发布了侵权内容，是直接侵权人，应当对全部损害承担侵权责任；“通知—删除”规则对损害扩大部分的限制不适用于它。",
                "The {party.platform} published the content itself: it is the direct infringer and answers for the whole damage; the notice-and-takedown limit to the enlarged damage does not help it.",
                when=own,
            ),
            variant(
                "{party.platform}与{party.user}共同提供侵权内容，或者教唆、帮助{party.user}侵权，是共同侵权人，与{party.user}对全部损害承担连带责任：你可以请求其中任何一方赔偿全部损失。",
                "The {party.platform} provided the content together with the {party.user}, or instigated or helped the infringement: it is a joint infringer, jointly and severally liable with the {party.user} for the whole damage — you may claim all of it from either.",
            ),
        ],
        "findings": [
            finding(
                "赔偿责任",
                PLATFORM,
                YOU,
                T(
                    "侵权造成的全部损害，包括合理开支",
                    "The whole damage, including reasonable costs",
                ),
                T("直接侵权人", "The direct infringer"),
                [cite(CC, 1194, when=NEW), cite(TLL, 36, 1, when=OLD), cite(NDI, 3, 1, when=COPY)],
                sublabel=T(
                    "平台作为内容提供者的侵权责任",
                    "the platform's own liability as content provider",
                ),
                when=own,
            ),
            finding(
                "连带责任",
                T("{party.platform}与{party.user}", "the {party.platform} and the {party.user}"),
                YOU,
                T(
                    "侵权造成的全部损害，包括合理开支",
                    "The whole damage, including reasonable costs",
                ),
                T(
                    "无先后顺序，你可以请求其中任何一方或者双方承担全部",
                    "No order: you may claim the whole from either or both",
                ),
                [
                    cite(CC, 1168, when=all_(NEW, ans("rh_service", "own_joint"))),
                    cite(TLL, 8, when=all_(OLD, ans("rh_service", "own_joint"))),
                    cite(NDI, 4, when=all_(COPY, ans("rh_service", "own_joint"))),
                    cite(CC, 1169, 1, when=all_(NEW, ans("rh_service", "induce_assist"))),
                    cite(TLL, 9, 1, when=all_(OLD, ans("rh_service", "induce_assist"))),
                    cite(NDI, 7, 1, when=all_(COPY, ans("rh_service", "induce_assist"))),
                ],
                sublabel=T("共同侵权或者教唆、帮助侵权", "joint tort, or instigation or help"),
                when=not_(own),
            ),
        ],
        "deadlines": [
            *_guard(deadlines("own")[:-2], own),
            *_guard(deadlines("whole")[:-2], not_(own)),
            *judgment_deadlines(H, RH),
        ],
        "recourse": joint_recourse((RH,), "{party.platform}与{party.user}", "any"),
        "warnings": [
            *warnings_common(),
            warn(
                "caution",
                "平台主张自己只提供存储、搜索、链接等技术服务的，须由你证明它参与提供了内容（分工合作、分成、编辑上传等）；证据不足时，法院会按技术服务适用通知和知道的规则。",
                "If the platform says it only provided storage, search or links, you must show that it took part in providing the content (division of work, revenue sharing, editing or uploading); without that proof the court applies the notice and knowledge rules for technical services.",
                when=not_(own),
                basis=[cite(NDI, 4, when=COPY), cite(NDI, 6, when=COPY)],
            ),
        ],
        "next_steps": next_steps(True),
        "evidence": [
            *evidence(),
            note(
                "证明平台参与提供内容的证据：合作协议、分成记录、平台编辑或上传的记录",
                "Evidence that the platform took part in providing the content: agreements, revenue shares, records of its editing or uploading",
            ),
        ],
        "citations": mechanics_citations(RH),
    }


def outcome_d() -> Json:
    return {
        "id": "outcome_d",
        "type": "outcome",
        "code": "ISP-D",
        "title": T(
            "平台知道或者应当知道侵权而未采取必要措施：与侵权用户承担连带责任",
            "The platform knew or should have known and took no necessary measures: jointly liable with the user",
        ),
        "summary": [
            variant(
                "{party.platform}知道或者应当知道{party.user}利用其服务侵权，却没有采取删除、屏蔽、断开链接等必要措施，应当与{party.user}承担连带责任：范围是平台知道或者应当知道之后的全部损害，不限于通知后扩大的部分，也不以你发出通知为前提。",
                "The {party.platform} knew or should have known that the {party.user} was infringing through its service and took no necessary measures: it is jointly and severally liable with the {party.user} for all damage from that time on — not only what grew after a notice, and whether or not you sent one.",
            )
        ],
        "findings": [
            finding(
                "连带责任",
                T("{party.platform}与{party.user}", "the {party.platform} and the {party.user}"),
                YOU,
                T(
                    "平台知道或者应当知道侵权之后发生的全部损害（此前的损害由{party.user}单独承担）",
                    "All damage from the time the platform knew or should have known (earlier damage is borne by the {party.user} alone)",
                ),
                T(
                    "无先后顺序，你可以请求其中任何一方或者双方承担全部",
                    "No order: you may claim the whole from either or both",
                ),
                [
                    cite(CC, 1197, when=NEW),
                    cite(TLL, 36, 3, when=OLD),
                    cite(ECL, 45, when=EC),
                    cite(REG, 23, when=all_(COPY, ans("rh_service", "search_link"))),
                    cite(NDI, 7, 3, when=COPY),
                ],
                sublabel=T(
                    "知道或者应当知道而未采取必要措施",
                    "knew or should have known, no necessary measures",
                ),
            )
        ],
        "deadlines": deadlines("knowledge"),
        "recourse": joint_recourse((RH,), "{party.platform}与{party.user}", "any"),
        "warnings": [
            *warnings_common(),
            warn(
                "caution",
                "“应当知道”由你举证：平台没有主动审查的义务，法院会综合平台的管理能力、侵权的明显程度、是否推荐或编辑、浏览量、是否处理重复侵权、是否直接获利等因素判断。",
                "You must prove 'should have known': platforms need not monitor, and courts weigh the platform's capacity, how obvious the infringement was, recommendations or editing, views, repeat infringements and direct profit.",
                basis=[
                    cite(NPR, 6, when=all_(PERS, NEW)),
                    cite(NDI, 8, 2, when=COPY),
                    cite(NDI, 9, when=COPY),
                ],
            ),
        ],
        "next_steps": next_steps(True),
        "evidence": evidence(),
        "citations": mechanics_citations(RH),
    }


def finding_c() -> Json:
    """ISP-C's joint liability for the enlarged damage (民法典1195(2)), recorded right after the
    notice questions — before the platform's knowledge is asked again as a fact to verify, so
    that only the findings resting on knowledge depend on it."""
    scope_online = T(
        "通知到达后平台应当采取措施之时起，至内容被删除时止扩大的损害（内容至今仍在网上的，损害仍在扩大）",
        "The damage that grew from when the platform should have acted on the notice until the removal (the content is still online, so it is still growing)",
    )
    scope_removed = T(
        "通知到达后平台应当采取措施之时起，至{date.rh_removed_date}内容被删除时止扩大的损害",
        "The damage that grew from when the platform should have acted on the notice until the removal on {date.rh_removed_date}",
    )
    basis = [
        cite(CC, 1195, 2, when=NEW),
        cite(TLL, 36, 2, when=OLD),
        cite(ECL, 42, 2, when=EC),
        cite(IPR, 2, when=IP),
        cite(NDI, 13, when=COPY),
    ]
    order = T(
        "无先后顺序，就扩大的部分你可以请求其中任何一方承担全部",
        "No order: for the enlarged part you may claim the whole from either",
    )
    who = T("{party.platform}与{party.user}", "the {party.platform} and the {party.user}")
    sub = T("对损害的扩大部分", "for the enlarged part of the damage")
    return {
        "id": "rh_fc",
        "type": "finding",
        "code": "ISP-C1",
        "title": T(
            "平台接到有效通知后未及时采取必要措施：对损害的扩大部分承担连带责任",
            "The platform did not act in time on an effective notice: jointly liable for the enlarged damage",
        ),
        "summary": [
            variant(
                "你的有效通知于{date.rh_notice_date}到达{party.platform}，平台没有及时采取删除、屏蔽、断开链接等必要措施，应当对损害的扩大部分与{party.user}承担连带责任；通知前已经发生的损害，由{party.user}单独承担。内容至今仍在网上，损害还在扩大。",
                "Your effective notice reached the {party.platform} on {date.rh_notice_date}; it did not take the necessary measures in time and is jointly liable with the {party.user} for the enlarged damage; damage before the notice is borne by the {party.user} alone. The content is still online and the damage growing.",
                when=all_(FAIL, ONLINE),
            ),
            variant(
                "你的有效通知于{date.rh_notice_date}到达{party.platform}，平台没有及时采取必要措施，内容直到{date.rh_removed_date}才被删除：平台应当对这期间扩大的损害与{party.user}承担连带责任；通知前已经发生的损害，由{party.user}单独承担。",
                "Your effective notice reached the {party.platform} on {date.rh_notice_date}; it did not take the necessary measures in time, and the content stayed up until {date.rh_removed_date}: the platform is jointly liable with the {party.user} for the damage that grew meanwhile; damage before the notice is borne by the {party.user} alone.",
                when=FAIL,
            ),
            variant(
                "是否发出过有效通知、平台是否及时处理尚待核实。若你的通知有效且平台没有及时采取必要措施，平台应当对损害的扩大部分与{party.user}承担连带责任；若平台及时处理了，它不因通知承担责任，由{party.user}承担全部责任。",
                "Whether there was an effective notice, and whether the platform acted in time, is still to be verified. If the notice was effective and the platform did not act in time, it is jointly liable with the {party.user} for the enlarged damage; if it acted in time, it is not liable because of the notice and the {party.user} alone is liable.",
            ),
        ],
        "findings": [
            finding(
                "连带责任",
                who,
                YOU,
                scope_online,
                order,
                basis,
                sub,
                when=ONLINE,
                depends_on=["rh_notice_date"],
            ),
            finding(
                "连带责任",
                who,
                YOU,
                scope_removed,
                order,
                basis,
                sub,
                when=REMOVED,
                depends_on=["rh_notice_date", "rh_removed_date"],
            ),
        ],
        "recourse": [],
        "warnings": [
            warn(
                "caution",
                "连带责任只及于通知后扩大的损害，不是全部损害。“扩大部分”从平台收到通知、经过合理的处理时间之后起算；法律没有规定具体天数，由法院综合服务类型、通知的准确程度、侵权的明显程度等判断。",
                "The joint liability covers only the damage that grew after the notice, not the whole. It runs from when the platform, having received the notice, had a reasonable time to act; no number of days is fixed, and courts weigh the kind of service, how precise the notice was and how obvious the infringement.",
                basis=[cite(NPR, 4, when=all_(PERS, NEW)), cite(NDI, 14, when=COPY)],
            ),
            warn(
                "missing_fact",
                "通知到达平台的确切日期尚待核实：日期越早，平台应当处理的时间越早，它负责的扩大损害越多。",
                "The exact day the notice reached the platform is to be verified: the earlier it was, the earlier the platform had to act, and the more of the damage it answers for.",
                when=any_(unknown("rh_notice_date"), {"month_only": "rh_notice_date"}),
            ),
        ],
        "next_steps": [
            note(
                "整理扩大的损害：从通知到达、经过合理的处理时间起，至内容被删除（仍在网上的，至今）期间的损失和影响，并分别保存证据。",
                "Work out the enlarged damage: the loss and harm from when the notice arrived and a reasonable time to act had passed until the removal (or until now, if it is still online), and keep the evidence for that period apart.",
            )
        ],
        "evidence": [
            note(
                "通知到达平台的证据（投诉系统的提交记录、受理回执、签收记录）",
                "Proof that the notice reached the platform (the submission record, receipt, delivery record)",
            )
        ],
        "next": "rh_fwd_branch",
    }


def outcome_c() -> Json:
    return {
        "id": "outcome_c",
        "type": "outcome",
        "code": "ISP-C",
        "title": T(
            "平台接到有效通知后未及时采取必要措施：对损害的扩大部分承担连带责任",
            "The platform did not act in time on an effective notice: jointly liable for the enlarged damage",
        ),
        "summary": [
            variant(
                "对{party.user}的判决已经生效：按判决申请强制执行（见期限）。判决没有处理{party.platform}的责任：{party.platform}对扩大的损害与{party.user}承担连带责任，这是另一项请求，可以在对平台的诉讼时效内（见期限）另行主张。",
                "The judgment against the {party.user} has taken effect: apply for its enforcement (see the deadlines). It did not deal with the {party.platform}: the platform's joint liability with the {party.user} for the enlarged damage is a separate claim, to be made within the limitation against the platform (see the deadlines).",
                when=all_(judged(H), USER_JUDGED_ONLY),
            ),
            variant(
                "判决已经生效：按判决申请强制执行（见期限）。",
                "The judgment has taken effect: apply for its enforcement (see the deadlines).",
                when=judged(H),
            ),
            variant(
                "内容至今仍在网上，损害还在扩大：应当立即书面催告{party.platform}删除。就扩大的损害，你可以请求{party.platform}或{party.user}中任何一方赔偿全部；此前的损害只能向{party.user}主张。",
                "The content is still online and the damage growing: press the {party.platform} in writing to remove it now. For the enlarged damage you may claim the whole from either the {party.platform} or the {party.user}; earlier damage only from the {party.user}.",
                when=ONLINE,
            ),
            variant(
                "就扩大的损害，你可以请求{party.platform}或{party.user}中任何一方赔偿全部；此前的损害只能向{party.user}主张。对两者的诉讼时效分别计算（见期限）。",
                "For the enlarged damage you may claim the whole from either the {party.platform} or the {party.user}; earlier damage only from the {party.user}. Limitation runs separately against each (see the deadlines).",
            ),
        ],
        "findings": [conditional_d()],
        "deadlines": deadlines("notice"),
        "recourse": joint_recourse((RH,), "{party.platform}与{party.user}", "any"),
        "warnings": [
            *warnings_common(),
            forwarding_warning(),
            platform_start_warning(),
        ],
        "next_steps": next_steps(True),
        "evidence": evidence(),
        "citations": mechanics_citations(RH),
    }


def outcome_b() -> Json:
    return {
        "id": "outcome_b",
        "type": "outcome",
        "code": "ISP-B",
        "title": T(
            "作品的网络传播：平台符合免责条件，不承担赔偿责任",
            "Works online: the platform meets the safe-harbour conditions and is not liable in damages",
        ),
        "summary": [
            variant(
                "{party.platform}只为{party.user}提供接入或自动传输服务，未选择、未改变所传输的作品，并只向指定的对象提供，对{party.user}传播你的作品不承担赔偿责任；你应当向{party.user}主张全部损害。",
                "The {party.platform} only provided access or automatic transmission, without choosing or changing the works and only to the designated recipients: it is not liable in damages for the {party.user} making your work available. Claim the whole damage from the {party.user}.",
                when=ans("rh_conduit", "access_ok"),
            ),
            variant(
                "{party.platform}只是为提高传输效率自动缓存作品，符合缓存的免责条件，对{party.user}传播你的作品不承担赔偿责任；你应当向{party.user}主张全部损害。",
                "The {party.platform} only cached the works automatically and meets the caching conditions: it is not liable in damages for the {party.user} making your work available. Claim the whole damage from the {party.user}.",
                when=ans("rh_conduit", "cache_ok"),
            ),
            variant(
                "{party.platform}为{party.user}提供信息存储空间，并同时符合信息网络传播权保护条例第22条的五项条件，对{party.user}上传你的作品不承担赔偿责任；你应当向{party.user}主张全部损害，平台仍应依通知删除作品。",
                "The {party.platform} hosts what the {party.user} uploads and meets all five conditions of Regulations art. 22: it is not liable in damages for the {party.user} uploading your work. Claim the whole damage from the {party.user}; the platform must still remove the work on notice.",
                when=ans("rh_service", "hosting"),
            ),
            variant(
                "{party.platform}提供链接服务，接到你的通知后及时断开了链接，也没有证据表明它明知或者应知所链接的作品侵权，不承担赔偿责任；你应当向{party.user}主张全部损害。",
                "The {party.platform} provides links, disconnected them in time on your notice, and is not shown to have known the linked work infringed: it is not liable in damages. Claim the whole damage from the {party.user}.",
                when=ans("rh_notice", "effective"),
            ),
            variant(
                "{party.platform}提供链接服务，没有收到有效通知，也没有证据表明它明知或者应知所链接的作品侵权，不承担赔偿责任；你应当向{party.user}主张全部损害，并向平台发出有效通知要求断开链接。",
                "The {party.platform} provides links, had no effective notice, and is not shown to have known the linked work infringed: it is not liable in damages. Claim the whole damage from the {party.user}, and send the platform an effective notice to disconnect.",
            ),
        ],
        "findings": [
            finding(
                "不承担责任",
                PLATFORM,
                YOU,
                T(
                    "{party.user}传播作品造成的损害（平台仍应依通知删除作品或断开链接）",
                    "The damage from the {party.user} making the work available (the platform must still remove it or the link on notice)",
                ),
                T("—", "—"),
                [
                    cite(REG, 20, when=ans("rh_conduit", "access_ok")),
                    cite(REG, 21, when=ans("rh_conduit", "cache_ok")),
                    cite(REG, 22, when=ans("rh_harbour", "yes")),
                    cite(REG, 23, when=ans("rh_service", "search_link")),
                ],
                sublabel=T("符合条例的免责条件", "safe harbour of the Regulations"),
            ),
            conditional_d(),
        ],
        "remaining_liability": T(
            "{party.user}仍应对你承担侵权责任（见上）。",
            "The {party.user} remains liable to you (see above).",
        ),
        "deadlines": deadlines("user"),
        "recourse": [
            note(
                "平台不承担赔偿责任时，你只能向{party.user}主张赔偿。",
                "With the platform not liable in damages, claim from the {party.user} only.",
                when=not_(KNEW_UNKNOWN),
            ),
        ],
        "warnings": [
            *warnings_common(),
            warn(
                "caution",
                "免责条件由平台举证。平台针对该作品投放广告、对热播作品设榜推荐，或者对明显侵权不处理的，可能被认定为应知，失去免责。",
                "The platform must prove the conditions. Adverts placed on the work, rankings or recommendations of popular works, or inaction against obvious infringement can make it 'should have known' and cost it the exemption.",
                when=ans("rh_service", "hosting", "search_link"),
                basis=[
                    cite(NDI, 10),
                    cite(NDI, 11, 2),
                    cite(NDI, 12, when=ans("rh_service", "hosting")),
                ],
            ),
        ],
        "next_steps": next_steps(False),
        "evidence": evidence(),
    }
