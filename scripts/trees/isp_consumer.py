"""The ISP tree, side 3: the consumer harmed through a platform, a food-delivery platform or a
live stream (legal-coverage.md §1.1 item 10, §1.5).

Every route the facts support is recorded as its own finding, in the order asked: the seller's
own liability first (ISP-S), then the live-stream room operator as seller (ISP-I2) or jointly
liable (ISP-M), the platform jointly liable for what it knew (ISP-F) or for a food licence it
did not check (ISP-F2), its 相应的责任 for goods or services bearing on life and health
(ISP-G), and the claim against a platform that cannot name the seller (ISP-H). A platform's
own (自营) sale ends in ISP-I. Services are not products: no 产品质量法 and no 民法典1203.
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
    CO,
    CPL,
    ECL,
    FSL,
    GPRO,
    HISTORY_KINDS,
    OC1,
    PQL,
    TE,
    TLL,
    barred,
    barred_nodes,
    claim_steps,
    enforcement_nodes,
    enforcement_start_warning,
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
    served,
)

NEW = new_law(CO)
OLD = old_law(CO)
H = "co_history"

GOODS = ans("co_what", "goods", "food")
FOOD = ans("co_what", "food")
PLAIN_GOODS = ans("co_what", "goods")
SERVICE = ans("co_what", "service")
MEDICAL = ans("co_what", "medical")
INJURY = inc("co_harm", "injury")
PROPERTY = inc("co_harm", "property")
DEFECT_HARM = all_(GOODS, any_(INJURY, PROPERTY))
EC = on_or_after("co_purchase_date", "2019-01-01")
BEFORE_OC1 = before("co_purchase_date", "2022-03-15")
LIVE = ans("co_channel", "live")
SHOP = ans("co_channel", "shop")
DELIVERY = ans("co_channel", "delivery")
SELF = ans("co_channel", "self_op", "looks_self", "live_self")
PLATFORM_ROUTES = any_(reached("co_f"), reached("co_f2"), reached("co_g"), reached("co_h"))
ROOM_ROUTES = any_(reached("co_room_seller"), reached("co_room_joint"))
OPEN = any_(
    unknown("co_platform_knew"),
    unknown("co_food_licence"),
    unknown("co_life"),
    unknown("co_identified"),
    unknown("co_room_marked"),
    unknown("co_room_knew"),
)

#: The platform's own facts, all answered (an unknown room marking also reaches its findings).
PLATFORM_KNOWN = all_(
    not_(unknown("co_platform_knew")),
    not_(unknown("co_food_licence")),
    not_(unknown("co_life")),
    not_(unknown("co_identified")),
    not_(unknown("co_room_marked")),
)
#: A platform route whose fact was answered firmly: the platform is liable on the answers.
FIRM_PLATFORM = all_(
    not_(unknown("co_room_marked")),
    any_(
        all_(reached("co_f"), not_(unknown("co_platform_knew"))),
        all_(reached("co_f2"), not_(unknown("co_food_licence"))),
        all_(reached("co_g"), not_(unknown("co_life"))),
        all_(reached("co_h"), not_(unknown("co_identified"))),
    ),
)

YOU = T("你（消费者）", "you (the consumer)")
SELLER = T("{party.seller}", "the {party.seller}")
PLATFORM = T("{party.platform}", "the {party.platform}")
ROOM = T("{party.room_operator}", "the {party.room_operator}")


def nodes() -> list[Json]:
    """The consumer's questions and route findings; a route's steps and evidence are for a claim
    still to be made, so none of them shows once a judgment has taken effect."""
    found = _nodes()
    for node in found:
        if node["type"] == "finding":
            node["next_steps"] = _until_judged(node["next_steps"])
            node["evidence"] = _until_judged(node["evidence"])
    return found


def _nodes() -> list[Json]:
    return [
        question(
            "co_what",
            T("你买的是什么？", "What did you buy?"),
            [
                choice(T("商品（食品以外）", "Goods (other than food)"), "co_harm", "goods"),
                choice(
                    T(
                        "食品（含外卖、直播间卖的食品）",
                        "Food (including take-away and food sold in live streams)",
                    ),
                    "co_harm",
                    "food",
                ),
                choice(
                    T(
                        "服务（美容、维修、培训、旅游、住宿、网约车等）",
                        "A service (beauty treatment, repairs, training, travel, lodging, ride-hailing …)",
                    ),
                    "co_harm",
                    "service",
                ),
                choice(
                    T(
                        "医疗机构的诊疗服务（如通过平台预约的医美手术）",
                        "Treatment by a medical institution (e.g. cosmetic surgery booked through a platform)",
                    ),
                    "co_harm",
                    "medical",
                ),
            ],
            why=T(
                "服务不是产品：服务造成的损害不适用产品责任的规则；食品有食品安全法的特别规定；医疗机构的诊疗损害适用医疗损害责任的规定。",
                "A service is not a product: product-liability rules do not apply to it; food has the special rules of the Food Safety Law; treatment by a medical institution falls under medical-damage liability.",
            ),
        ),
        multi(
            "co_harm",
            T("你受到了哪些损害？（可多选）", "What harm did you suffer? (several allowed)"),
            [
                choice(
                    T("人身伤害（受伤、中毒、生病）", "Bodily injury (hurt, poisoned, fell ill)"),
                    "",
                    "injury",
                ),
                choice(
                    T(
                        "商品或服务以外的其他财产损失（如电器起火烧毁家具）",
                        "Damage to other property (e.g. an appliance fire burnt the furniture)",
                    ),
                    "",
                    "property",
                ),
                choice(
                    T(
                        "钱款损失：货不对板、假货、服务没有兑现等",
                        "A loss of money: not as described, fake, service not delivered",
                    ),
                    "",
                    "money",
                ),
            ],
            "co_purchase_date",
            why=T(
                "人身伤害决定可以主张的赔偿项目和所需的证据；缺陷造成人身或其他财产损害的，适用产品责任。",
                "Bodily injury decides the heads of damages and the evidence needed; a defect that injures or damages other property brings product liability.",
            ),
        ),
        date_question(
            "co_purchase_date",
            T(
                "是在什么时候下单购买（或预订服务）的？只知道月份的，填写年月。",
                "When did you order (or book the service)? Give the month if the day is not known.",
            ),
            T("下单购买之日", "the day of the order"),
            "co_harm_date",
            significance=T(
                "电子商务法自2019年1月1日起施行；网络消费纠纷的司法解释自2022年3月15日起施行。",
                "The E-Commerce Law applies from 2019-01-01; the SPC provisions on online consumption from 2022-03-15.",
            ),
            citations=[cite(ECL, 89), cite(OC1, 20)],
            month=True,
            verify=verify(
                [T("订单记录、付款记录", "The order and payment records")],
                T(
                    "下单日期决定是否适用电子商务法；只知道月份的，按该月判断。",
                    "The order date decides whether the E-Commerce Law applies; a month is enough.",
                ),
            ),
        ),
        date_question(
            "co_harm_date",
            T(
                "损害是哪一天发生的（你哪一天知道受到损害）？只知道月份的，填写年月。",
                "On what day did the harm happen (did you learn of it)? Give the month if the day is not known.",
            ),
            T("损害发生之日", "the day of the harm"),
            "co_law",
            significance=T(
                "损害发生在2021年1月1日以后的，侵权责任适用民法典；诉讼时效从知道受到损害以及应由谁负责之日起计算。",
                "Harm on or after 2021-01-01 is governed by the Civil Code; limitation runs from when you knew of the harm and who was liable.",
            ),
            why=T(
                "不知道经营者是谁、后来才查明的，诉讼时效从查明之日起算；报告按损害发生之日计算，是较早、较稳妥的日期。",
                "If you learned only later who the seller was, limitation runs from then; the report counts from the day of the harm, the earlier and safer date.",
            ),
            citations=[cite(TE, 1, 1)],
            month=True,
            verify=verify(
                [
                    T(
                        "事发时的照片、视频、报警或投诉记录",
                        "Photos or videos from the time, police or complaint records",
                    )
                ],
                T(
                    "日期决定适用的法律和诉讼时效的起算；只知道月份的，报告按最早的可能日期计算。",
                    "The date decides the law and when limitation starts; with a month only, the report counts from the earliest possible day.",
                ),
            ),
        ),
        branch(
            "co_law",
            [
                rule(
                    on_or_after("co_harm_date", "2021-01-01"),
                    "co_law_new",
                    T(
                        "损害发生在2021年1月1日以后，适用民法典。",
                        "The harm happened on or after 2021-01-01: the Civil Code applies.",
                    ),
                    [cite(TE, 1, 1)],
                ),
                rule(
                    undetermined(on_or_after("co_harm_date", "2021-01-01")),
                    "co_law_new",
                    T(
                        "损害日期不能确定在2021年之前还是之后：暂按民法典分析，请核实日期。",
                        "It cannot be told whether the harm was before or after 2021: the Civil Code is assumed; verify the date.",
                    ),
                ),
            ],
            rule(
                None,
                "co_law_old",
                T(
                    "损害发生在2021年1月1日以前，适用当时的法律（侵权责任法、消费者权益保护法等）。",
                    "The harm happened before 2021-01-01: the law then in force applies (Tort Liability Law, Consumer Protection Law).",
                ),
                [cite(TE, 1, 2)],
            ),
        ),
        passing("co_law_new", CO, "co_channel"),
        passing("co_law_old", CO, "co_channel"),
        question(
            "co_channel",
            T("你是通过什么方式购买的？", "How did you buy it?"),
            [
                choice(
                    T(
                        "电商平台上的第三方网店（平台内经营者）",
                        "A third-party shop on an e-commerce platform",
                    ),
                    "co_history_any",
                    "shop",
                ),
                choice(
                    T(
                        "平台自营：页面标注“自营”，或虽未标注但实际由平台自己销售",
                        "The platform's own sale: marked 'self-operated', or in fact sold by the platform",
                    ),
                    "co_history_any",
                    "self_op",
                    T(
                        "平台自营的，平台就是销售者或服务者，直接承担责任。",
                        "In its own sales the platform is the seller or provider and is liable directly.",
                    ),
                    [cite(ECL, 37, 2, when=EC), cite(OC1, 4, 1)],
                ),
                choice(
                    T(
                        "页面标识让人以为是平台自营，实际由第三方销售",
                        "The page made it look like the platform's own sale, but a third party sold it",
                    ),
                    "co_history_any",
                    "looks_self",
                    T(
                        "标识足以误导消费者相信是平台自营的，平台承担销售者责任。",
                        "A label that would lead consumers to believe it is the platform's own sale makes the platform liable as seller.",
                    ),
                    [cite(OC1, 4, 2)],
                ),
                choice(
                    T(
                        "外卖（网络餐饮服务）平台上的餐馆",
                        "A restaurant on a food-delivery platform",
                    ),
                    "co_history_any",
                    "delivery",
                ),
                choice(
                    T(
                        "在主播的直播间下单（商品由直播间或其他商家销售）",
                        "Ordered in a streamer's live-stream room (sold by the room or another business)",
                    ),
                    "co_history_any",
                    "live",
                ),
                choice(
                    T("直播平台自己直播卖货", "The live-stream platform selling in its own stream"),
                    "co_history_any",
                    "live_self",
                    T(
                        "直播营销平台自营的，承担销售者责任。",
                        "A live-stream platform selling on its own account is liable as seller.",
                    ),
                    [cite(OC1, 13)],
                ),
            ],
            why=T(
                "平台自营时，平台就是销售者；第三方销售时，平台只在法定情形下承担连带责任、相应的责任，或在不能提供经营者信息时先行赔偿。直播间运营者和直播平台的责任又各有规定。",
                "In its own sales the platform is the seller; where a third party sells, the platform answers only in the cases the law sets — joint liability, corresponding liability, or paying first when it cannot name the seller. Live-stream rooms and platforms have rules of their own.",
            ),
            examples=[
                T(
                    "商品页面标注“京东自营”——平台自营。",
                    "The page says 'JD self-operated' — the platform's own sale.",
                ),
                T(
                    "在某主播直播间下单，由另一家公司发货——直播间。",
                    "Ordered in a streamer's room, shipped by another company — live stream.",
                ),
            ],
        ),
        seller_finding(),
        branch(
            "co_live_branch",
            [rule(LIVE, "co_room_marked")],
            rule(None, "co_food_branch"),
        ),
        question(
            "co_room_marked",
            T(
                "直播间运营者是否以足以让你辨别的方式，标明自己不是销售者，并标明了实际的销售者？",
                "Did the room operator show clearly enough for you to tell that it was not the seller, and who the seller was?",
            ),
            [
                choice(
                    T("否，或者看不出来", "No, or it could not be told"),
                    "co_room_seller",
                    "no",
                    T(
                        "直播间运营者不能证明已经尽到标明义务的，承担商品销售者责任。",
                        "A room operator who cannot prove it made this clear is liable as seller.",
                    ),
                    [cite(OC1, 12, 1)],
                ),
                choice(
                    T(
                        "是，画面和商品链接都清楚标明了实际销售者",
                        "Yes, the stream and the link both named the real seller",
                    ),
                    "co_food_branch",
                    "yes",
                    citations=[cite(OC1, 12, 2)],
                ),
                choice(
                    T("不清楚 / 待核实", "Not known / to verify"),
                    "co_room_seller",
                    "unknown",
                    unknown_=True,
                ),
            ],
            why=T(
                "主播一直说“我们家的货”、链接里看不出卖家是谁的，直播间运营者要承担销售者的责任；已经清楚标明的，法院综合交易外观、合作模式、消费者认知等判断。",
                "If the streamer kept saying 'our goods' and the link did not show the seller, the room operator is liable as seller; if it was made clear, the court weighs the look of the deal, the cooperation and what consumers understood.",
            ),
            verify=verify(
                [
                    T(
                        "直播录屏、商品链接和订单页面的截图（显示销售者名称）",
                        "Recordings of the stream, screenshots of the link and the order page (showing the seller's name)",
                    )
                ],
                T(
                    "没有标明的，直播间运营者按销售者承担责任；标明了的，只在知道或者应当知道仍推广时承担连带责任。",
                    "If not shown, the room operator is liable as seller; if shown, only jointly and only if it knew or should have known and still promoted the goods.",
                ),
            ),
        ),
        room_seller_finding(),
        question(
            "co_room_knew",
            T(
                "直播间运营者是否知道或者应当知道商品不安全，或者经营者有其他侵害消费者的行为，仍然为其推广？",
                "Did the room operator know, or should it have known, that the goods were unsafe or the business was wronging consumers, and still promote them?",
            ),
            [
                choice(
                    T(
                        "是：例如此前已有大量同类投诉，或者主播自己说“没有检测报告”",
                        "Yes: e.g. many earlier complaints of the same kind, or the streamer said there was no test report",
                    ),
                    "co_room_joint",
                    "yes",
                    T(
                        "明知或应知仍推广的，直播间运营者与经营者承担连带责任。",
                        "A room operator who knew or should have known and still promoted is jointly liable with the business.",
                    ),
                    [cite(OC1, 17)],
                ),
                choice(T("否", "No"), "outcome_p", "no"),
                choice(
                    T("不清楚 / 待核实", "Not known / to verify"),
                    "co_room_joint",
                    "unknown",
                    unknown_=True,
                ),
            ],
            citations=[cite(OC1, 17)],
            verify=verify(
                [
                    T(
                        "直播录屏、此前的投诉和差评、主播关于商品的陈述",
                        "Recordings of the stream, earlier complaints and reviews, what the streamer said about the goods",
                    )
                ],
                T(
                    "知道或者应当知道的，直播间运营者与经营者承担连带责任；否则不承担。",
                    "If it knew or should have known, the room operator is jointly liable with the business; otherwise not.",
                ),
            ),
        ),
        room_joint_finding(),
        question(
            "co_platform_knew",
            T(
                "平台是否知道或者应当知道该经营者的商品或服务不安全，或者有其他侵害消费者的行为，却没有采取必要措施？",
                "Did the platform know, or should it have known, that the business's goods or services were unsafe or that it was wronging consumers, and take no necessary measures?",
            ),
            [
                choice(
                    T(
                        "是：例如该店铺此前因同样的问题被多次投诉，平台仍让其继续销售",
                        "Yes: e.g. the shop had many complaints about the same problem and the platform let it go on selling",
                    ),
                    "co_f",
                    "yes",
                    T(
                        "平台知道或者应当知道而未采取必要措施，与经营者承担连带责任。",
                        "A platform that knew or should have known and took no necessary measures is jointly liable with the business.",
                    ),
                    [cite(ECL, 38, 1, when=EC), cite(CPL, 44, 2), cite(OC1, 16, when=LIVE)],
                ),
                choice(T("否", "No"), "co_f2_after", "no"),
                choice(
                    T("不清楚 / 待核实", "Not known / to verify"), "co_f", "unknown", unknown_=True
                ),
            ],
            why=T(
                "平台没有主动审查每件商品的义务；但对多次投诉、明显的违法信息不处理的，属于应当知道。",
                "A platform need not check every item; but ignoring repeated complaints or obviously unlawful listings is 'should have known'.",
            ),
            citations=[cite(ECL, 38, 1, when=EC), cite(CPL, 44, 2), cite(OC1, 16, when=LIVE)],
            verify=verify(
                [
                    T(
                        "此前对该店铺或同款商品的投诉、差评和平台的处理记录",
                        "Earlier complaints and reviews about the shop or the product, and what the platform did",
                    ),
                    T(
                        "平台把该商品列入促销、推荐的页面截图",
                        "Screenshots of the platform promoting or recommending the product",
                    ),
                ],
                T(
                    "知道或者应当知道的，平台与经营者承担连带责任；否则只在下列其他情形下承担责任。",
                    "If it knew or should have known, the platform is jointly liable with the business; otherwise only in the other cases below.",
                ),
            ),
        ),
        platform_knew_finding(),
        # The food licence check (食品安全法131(1), 网络消费规定一15) is asked before the platform's
        # knowledge (电子商务法38(1), 网络消费规定一16): neither rests on the other, and the engine
        # marks a finding as resting on every unknown choice answered before it. The licence is
        # the fact a worker can check with the regulator; knowledge is the one most often open.
        branch(
            "co_food_branch",
            [
                rule(
                    all_(FOOD, ans("co_channel", "shop", "delivery", "live")),
                    "co_food_licence",
                    T(
                        "网上销售食品：平台须对入网食品经营者实名登记、审查许可证。",
                        "Food sold online: the platform must register food businesses by real name and check their licences.",
                    ),
                    [cite(FSL, 62, 1)],
                )
            ],
            rule(None, "co_platform_knew"),
        ),
        question(
            "co_food_licence",
            T(
                "平台是否对该食品经营者进行了实名登记、审查了其食品经营许可证？",
                "Did the platform register the food business by real name and check its food licence?",
            ),
            [
                choice(
                    T(
                        "没有：经营者无证经营或用他人的证照，平台没有审查；或者平台发现违法后没有制止、报告",
                        "No: the business had no licence or used someone else's, and the platform did not check; or it did not stop or report violations it found",
                    ),
                    "co_f2",
                    "failed",
                    T(
                        "平台未履行实名登记、审查许可证等义务，使消费者受到损害的，与食品经营者承担连带责任。",
                        "A platform that failed to register or check licences, to the consumer's harm, is jointly liable with the food business.",
                    ),
                    [cite(FSL, 131, 1)],
                ),
                choice(T("已经登记并审查", "Yes"), "co_platform_knew", "checked"),
                choice(
                    T("不清楚 / 待核实", "Not known / to verify"), "co_f2", "unknown", unknown_=True
                ),
            ],
            citations=[
                cite(FSL, 62, 1),
                cite(FSL, 131, 1),
                cite(OC1, 18, when=DELIVERY),
                cite(OC1, 15, when=LIVE),
            ],
            verify=verify(
                [
                    T(
                        "店铺页面公示的营业执照和食品经营许可证截图；向市场监管部门查询许可证的结果",
                        "Screenshots of the shop's published business and food licences; the market regulator's answer on the licence",
                    )
                ],
                T(
                    "平台没有审查许可证的，与食品经营者承担连带责任。",
                    "If the platform did not check the licence, it is jointly liable with the food business.",
                ),
            ),
        ),
        food_finding(),
        branch(
            "co_f2_after",
            [
                rule(
                    ans("co_food_licence", "failed"),
                    "co_identified",
                    T(
                        "食品安全法对平台审查食品经营许可证另有规定，平台与食品经营者承担连带责任；电子商务法第38条第2款的相应的责任不再单独审查。",
                        "The Food Safety Law's own rule on licence checks makes the platform jointly liable with the food business; the corresponding liability of E-Commerce Law art. 38(2) is not examined separately.",
                    ),
                )
            ],
            rule(None, "co_life_branch"),
        ),
        branch(
            "co_life_branch",
            [
                rule(
                    EC,
                    "co_life",
                    T(
                        "2019年以后的交易：审查电子商务法第38条第2款。",
                        "A purchase from 2019: E-Commerce Law art. 38(2) is examined.",
                    ),
                    [cite(ECL, 38, 2)],
                ),
                rule(undetermined(EC), "co_life"),
            ],
            rule(
                None,
                "co_identified",
                T(
                    "2019年以前的交易不适用电子商务法。",
                    "A purchase before 2019 is not governed by the E-Commerce Law.",
                ),
                [cite(ECL, 89)],
            ),
        ),
        question(
            "co_life",
            T(
                "这是关系消费者生命健康的商品或服务，而平台没有审核经营者的资质资格，或者没有尽到对消费者的安全保障义务吗？",
                "Are these goods or services bearing on consumers' life and health, where the platform did not check the business's qualifications, or did not meet its duty to keep consumers safe?",
            ),
            [
                choice(
                    T(
                        "是：例如让没有医疗器械经营许可的店铺卖血糖仪，或对网约车、民宿的明显安全隐患不处理",
                        "Yes: e.g. a shop without a medical-device licence sold glucose meters, or obvious safety risks of a ride or a lodging were ignored",
                    ),
                    "co_g",
                    "yes",
                    T(
                        "平台依法承担相应的责任（不是连带责任）。",
                        "The platform bears corresponding liability (not joint liability).",
                    ),
                    [cite(ECL, 38, 2)],
                ),
                choice(
                    T("否，或与生命健康无关", "No, or nothing to do with life and health"),
                    "co_identified",
                    "no",
                ),
                choice(
                    T("不清楚 / 待核实", "Not known / to verify"), "co_g", "unknown", unknown_=True
                ),
            ],
            citations=[cite(ECL, 38, 2), cite(ECL, 27, 1)],
            verify=verify(
                [
                    T(
                        "店铺公示的资质信息截图；向主管部门查询经营者资质的结果",
                        "Screenshots of the qualifications the shop published; the authority's answer on them",
                    )
                ],
                T(
                    "是的，平台承担与其过错相应的责任；否则不承担这一责任。",
                    "If so, the platform bears liability in proportion to its fault; if not, none on this ground.",
                ),
            ),
        ),
        life_finding(),
        question(
            "co_identified",
            T(
                "平台能否提供经营者（直播间的，为直播间运营者）的真实名称、地址和有效联系方式？",
                "Can the platform give the real name, address and valid contact details of the business (for a live stream, of the room operator)?",
            ),
            [
                choice(
                    T("能提供，能够据此找到并起诉对方", "Yes, enough to find and sue it"),
                    "co_room_later",
                    "yes",
                ),
                choice(
                    T(
                        "不能（店铺已关闭、信息虚假、联系不上）",
                        "No (the shop is closed, the details are false, it cannot be reached)",
                    ),
                    "co_h",
                    "no",
                    T(
                        "平台不能提供经营者的真实名称、地址和有效联系方式的，你可以直接向平台要求赔偿。",
                        "If the platform cannot give the business's real name, address and contact details, you may claim from the platform.",
                    ),
                    [
                        cite(CPL, 44, 1),
                        cite(OC1, 14, when=LIVE),
                        cite(FSL, 131, 2, when=all_(FOOD, not_(LIVE))),
                    ],
                ),
                choice(
                    T("不清楚 / 还没有问平台", "Not known / not yet asked"),
                    "co_h",
                    "unknown",
                    unknown_=True,
                ),
            ],
            citations=[cite(CPL, 44, 1), cite(ECL, 27, 1), cite(OC1, 14, when=LIVE)],
            verify=verify(
                [
                    T(
                        "向平台书面要求提供经营者信息的记录和平台的答复",
                        "Your written request to the platform for the business's details, and its answer",
                    ),
                    T(
                        "按平台提供的地址、电话联系不上的记录",
                        "Records that the address or phone number given does not work",
                    ),
                ],
                T(
                    "平台不能提供的，你可以直接向平台索赔，平台赔偿后向经营者追偿；能提供的，向经营者索赔。",
                    "If it cannot, claim from the platform, which then recovers from the business; if it can, claim from the business.",
                ),
            ),
        ),
        identity_finding(),
        # The room operator's knowledge (网络消费规定一17) is asked after the platform's facts, so
        # that an unknown answer on it leaves the platform's findings firm (the engine marks a
        # finding as resting on every unknown choice answered before it).
        branch(
            "co_room_later",
            [rule(all_(LIVE, ans("co_room_marked", "yes", "unknown")), "co_room_knew")],
            rule(None, "outcome_p"),
        ),
        question(
            "co_history_any",
            T(
                "到目前为止，是否有过书面索赔、对方承认、起诉或者判决？",
                "So far, has there been a written demand, an acknowledgement, a suit or a judgment?",
            ),
            [
                choice(T("否，都还没有", "No, none of these"), "co_route", "no"),
                choice(T("是", "Yes"), "co_history", "yes"),
            ],
            why=T(
                "索赔到达对方、对方承认和起诉会使诉讼时效中断；判决送达后有上诉期，生效后是申请强制执行的期间。",
                "A demand that reaches the other side, an acknowledgement and a suit interrupt limitation; after a judgment is served there is an appeal period, and once effective a period to apply for enforcement.",
            ),
        ),
        events_question(
            "co_history",
            T(
                "请逐项记录发生过的事，并注明针对谁（经营者、平台或直播间运营者）；判决生效的，同时填写判决确定的履行期间的最后一日。",
                "Record each event and against whom (the business, the platform or the room operator); for an effective judgment, also the last day of performance it sets.",
            ),
            HISTORY_KINDS,
            ["seller", "platform", "room_operator"],
            "co_barred_branch",
            T(
                "这些事决定诉讼时效是否中断、案件是否已在法院，以及上诉和执行的期限。",
                "These decide whether limitation was interrupted, whether the case is in court, and the appeal and enforcement periods.",
            ),
        ),
        *barred_nodes("co", CO, "co_pq_branch"),
        branch(
            "co_pq_branch",
            [
                rule(
                    all_(
                        DEFECT_HARM,
                        on_or_after("co_harm_date", "2017-10-01"),
                        passed("co_pq45_hist"),
                    ),
                    "co_pq_passed",
                ),
                rule(undetermined(passed("co_pq45_hist")), "co_platform_branch"),
            ],
            rule(None, "co_platform_branch"),
        ),
        passing("co_pq_passed", CO, "co_platform_branch"),
        branch(
            "co_platform_branch",
            [
                rule(
                    all_(
                        on_or_after("co_harm_date", "2017-10-01"),
                        passed("co_platform_check"),
                    ),
                    "co_platform_passed",
                ),
                rule(undetermined(passed("co_platform_check")), "co_enf_branch"),
            ],
            rule(None, "co_enf_branch"),
        ),
        passing("co_platform_passed", CO, "co_enf_branch"),
        *enforcement_nodes("co", CO, H, "co_route"),
        branch(
            "co_route",
            [rule(SELF, "outcome_i")],
            rule(None, "co_seller"),
        ),
    ]


# --- findings -------------------------------------------------------------------------------


_SELLER_BASES: dict[str, list[Json]] = {
    "goods": [
        cite(CPL, 44, 1),
        cite(CPL, 40, 1, when=PLAIN_GOODS),
        cite(CPL, 40, 2, when=all_(PLAIN_GOODS, any_(INJURY, PROPERTY))),
        cite(CC, 1203, 1, when=all_(PLAIN_GOODS, any_(INJURY, PROPERTY), NEW)),
        cite(TLL, 43, 1, when=all_(PLAIN_GOODS, any_(INJURY, PROPERTY), OLD)),
        cite(PQL, 43, when=all_(PLAIN_GOODS, any_(INJURY, PROPERTY))),
        cite(PQL, 40, 1, when=all_(PLAIN_GOODS, inc("co_harm", "money"))),
    ],
    "food": [cite(CPL, 44, 1), cite(FSL, 148, 1, when=FOOD), cite(FSL, 148, 2, when=FOOD)],
    "service": [
        cite(CPL, 44, 1),
        cite(CPL, 40, 3, when=SERVICE),
        cite(CC, 1165, 1, when=all_(SERVICE, INJURY, NEW)),
        cite(TLL, 6, 1, when=all_(SERVICE, INJURY, OLD)),
    ],
    "medical": [
        cite(CPL, 44, 1),
        cite(CC, 1218, when=all_(MEDICAL, NEW)),
        cite(TLL, 54, when=all_(MEDICAL, OLD)),
    ],
}

_SELLER_SCOPES = {
    "goods": T(
        "你因商品受到的损失：价款或修理、更换、退货，商品缺陷造成的人身和其他财产损害",
        "Your loss from the goods: the price or repair, replacement, return, and injury or damage to other property from a defect",
    ),
    "food": T(
        "你因食品受到的损失；经营明知是不符合食品安全标准的食品的，另有价款十倍或者损失三倍的赔偿金（不足一千元的为一千元）",
        "Your loss from the food; for knowingly selling food that breaks safety standards, also ten times the price or three times the loss (at least 1,000 yuan)",
    ),
    "service": T(
        "你在接受服务时受到的损害",
        "The harm you suffered while receiving the service",
    ),
    "medical": T(
        "诊疗活动中因医疗机构或其医务人员的过错造成的损害",
        "Harm in treatment caused by fault of the institution or its staff",
    ),
}

_SELLER_WHEN = {"goods": PLAIN_GOODS, "food": FOOD, "service": SERVICE, "medical": MEDICAL}


def remedy_warnings() -> list[Json]:
    """Punitive and increased awards the consumer may add (消费者权益保护法55; 民法典1207)."""
    return [
        warn(
            "caution",
            "经营者有欺诈行为的（例如以假充真、以次充好），你还可以要求增加赔偿，金额为价款或者服务费用的三倍；不足五百元的，为五百元。",
            "If the business acted fraudulently (fakes passed off as genuine, inferior goods as good), you may also ask for an increased award of three times the price or fee, at least 500 yuan.",
            when=all_(not_(FOOD), not_(MEDICAL), inc("co_harm", "money")),
            basis=[cite(CPL, 55, 1)],
        ),
        warn(
            "caution",
            "经营者明知商品存在缺陷仍然销售，造成死亡或者健康严重损害的，你还可以请求惩罚性赔偿（消费者权益保护法：所受损失二倍以下）。",
            "If the business sold goods it knew to be defective and they caused death or serious harm to health, you may also claim punitive damages (Consumer Protection Law: up to twice the loss).",
            when=all_(GOODS, INJURY),
            basis=[cite(CPL, 55, 2), cite(CC, 1207, when=NEW), cite(TLL, 47, when=OLD)],
        ),
    ]


def seller_findings(liable: Json, order: Json, sublabel: Json, extra: list[Json]) -> list[Json]:
    """The business's own liability, one finding per kind of purchase."""
    return [
        finding(
            "赔偿责任",
            liable,
            YOU,
            _SELLER_SCOPES[kind],
            order,
            [*extra, *_SELLER_BASES[kind]],
            sublabel=sublabel,
            when=_SELLER_WHEN[kind],
        )
        for kind in ("goods", "food", "service", "medical")
    ]


def seller_finding() -> Json:
    return {
        "id": "co_seller",
        "type": "finding",
        "code": "ISP-S",
        "recourse": [
            note(
                "{party.seller}赔偿后，属于生产者或其他销售者责任的，可以向其追偿。",
                "Having paid, the {party.seller} may recover from the producer or another seller whose fault it was.",
                when=GOODS,
            )
        ],
        "title": T(
            "经营者（销售者、服务者）对你承担赔偿责任",
            "The business (seller or provider) is liable to you",
        ),
        "summary": [
            variant(
                "{party.seller}应当赔偿你的损失；经营明知是不符合食品安全标准的食品的，你还可以要求支付价款十倍或者损失三倍的赔偿金（不足一千元的，为一千元）。接到你赔偿要求的生产者或经营者应当先行赔付，不得推诿。",
                "The {party.seller} owes you your loss; if it knowingly sold food that breaks food-safety standards, you may also ask for ten times the price or three times the loss (at least 1,000 yuan). Whichever producer or seller you claim from must pay first and not pass you on.",
                when=FOOD,
            ),
            variant(
                "{party.seller}作为销售者，应当赔偿你的损失；商品有缺陷、造成人身或其他财产损害的，你也可以向生产者要求赔偿，销售者和生产者之间再相互追偿。",
                "As seller, the {party.seller} owes you your loss; where a defect caused injury or damage to other property, you may also claim from the producer, and they settle between themselves.",
                when=PLAIN_GOODS,
            ),
            variant(
                "医疗机构或其医务人员在诊疗活动中有过错、造成你损害的，由医疗机构承担赔偿责任。",
                "If a medical institution or its staff were at fault in the treatment and harmed you, the institution is liable.",
                when=MEDICAL,
            ),
            variant(
                "{party.seller}作为服务者，应当赔偿你在接受服务时受到的损害。服务不是产品，不适用针对商品缺陷的规则。",
                "As the provider, the {party.seller} owes you the harm suffered while receiving the service. A service is not a product, so the rules on product defects do not apply.",
            ),
        ],
        "findings": seller_findings(
            SELLER,
            T("你可以直接向经营者要求赔偿", "You may claim from the business directly"),
            T("销售者或服务者的责任", "the seller's or provider's liability"),
            [],
        ),
        "warnings": [
            warn(
                "caution",
                "报告引用并在附录中印出的是食品安全法2025年修正的文本；你购买时有效的文本可能在措辞上不同，请核对。2015年10月1日以前的购买适用2009年的食品安全法，规则不同。",
                "The report cites, and its appendix prints, the Food Safety Law as amended in 2025; the text in force when you bought may be worded differently — check it. Purchases before 2015-10-01 fall under the 2009 Food Safety Law, with different rules.",
                when=all_(FOOD, before("co_purchase_date", "2025-12-01")),
                basis=[cite(FSL, 148, 2)],
            ),
            *remedy_warnings(),
            warn(
                "caution",
                "食品的标签、说明书存在不影响食品安全且不会对消费者造成误导的瑕疵的，不适用十倍赔偿。",
                "Flaws in labels or instructions that do not affect safety or mislead consumers do not bring the tenfold award.",
                when=FOOD,
                basis=[cite(FSL, 148, 2)],
            ),
        ],
        "next_steps": [
            note(
                "保存订单、付款和聊天记录，以及商品（或服务）的照片、实物。",
                "Keep the order, the payment and the chat records, and photos or the item itself.",
            )
        ],
        "evidence": [
            note(
                "订单、付款记录、与经营者的聊天记录",
                "The order, payment records, chats with the business",
            ),
            note(
                "商品实物及包装、商品页面的截图",
                "The item and its packaging, screenshots of the product page",
                when=GOODS,
            ),
            note(
                "剩余的食品、包装和购买记录，必要时送检",
                "Leftover food, packaging and the purchase record; have it tested if need be",
                when=FOOD,
            ),
            note(
                "服务合同、宣传页面和服务过程的记录",
                "The service contract, the advertising page and records of the service",
                when=ans("co_what", "service", "medical"),
            ),
            note(
                "医疗费单据、诊断证明、病历，误工和护理的证明",
                "Medical bills, diagnoses and records, proof of lost earnings and care",
                when=INJURY,
            ),
            note(
                "其他财产损失的证明（照片、维修或购置发票）",
                "Proof of damage to other property (photos, repair or purchase invoices)",
                when=PROPERTY,
            ),
        ],
        "citations": [cite(CPL, 49, when=INJURY)],
        "next": "co_live_branch",
    }


def oc1_time_warning() -> Json:
    return warn(
        "contested",
        "网络消费纠纷的司法解释（一）自2022年3月15日起施行；对此前的购买能否适用，解释本身没有规定，法院的做法不一。",
        "The SPC provisions (I) on online consumption took effect on 2022-03-15; they do not say whether they reach earlier purchases, and courts differ.",
        when=BEFORE_OC1,
    )


def room_seller_finding() -> Json:
    return {
        "id": "co_room_seller",
        "type": "finding",
        "code": "ISP-I2",
        "recourse": [],
        "title": T(
            "直播间运营者没有标明实际销售者：按销售者承担责任",
            "The room operator did not name the real seller: liable as seller",
        ),
        "summary": [
            variant(
                "是否标明了实际销售者尚待核实。{party.room_operator}不能证明已经以足以让你辨别的方式标明自己不是销售者、并标明实际销售者的，你可以要求它承担销售者的责任。",
                "Whether the real seller was shown is still to be verified. If the {party.room_operator} cannot prove it made clear that it was not the seller, and who was, you may hold it liable as seller.",
                when=unknown("co_room_marked"),
            ),
            variant(
                "{party.room_operator}没有以足以让你辨别的方式标明自己不是销售者、并标明实际销售者，你可以要求它承担销售者的责任，与{party.seller}的责任并存。",
                "The {party.room_operator} did not make clear that it was not the seller, and who was: you may hold it liable as seller, alongside the {party.seller}.",
            ),
        ],
        "findings": [
            finding(
                "赔偿责任",
                ROOM,
                YOU,
                T(
                    "你因商品受到的损失，与销售者相同",
                    "Your loss from the goods, as a seller would owe it",
                ),
                T(
                    "你可以直接向直播间运营者要求赔偿",
                    "You may claim from the room operator directly",
                ),
                [cite(OC1, 12, 1)],
                sublabel=T("直播间运营者承担销售者责任", "the room operator liable as seller"),
            )
        ],
        "warnings": [oc1_time_warning()],
        "next_steps": [
            note(
                "查明{party.room_operator}的真实名称和地址（主播所属的机构），一并主张。",
                "Find the real name and address of the {party.room_operator} (the agency behind the streamer) and claim from it too.",
            )
        ],
        "evidence": [
            note(
                "直播录屏、商品链接和订单页面的截图，显示是否标明了销售者",
                "Recordings of the stream and screenshots of the link and order page, showing whether the seller was named",
            )
        ],
        "next": "co_food_branch",
    }


def room_joint_finding() -> Json:
    return {
        "id": "co_room_joint",
        "type": "finding",
        "code": "ISP-M",
        "title": T(
            "直播间运营者明知或应知仍推广：与经营者承担连带责任",
            "The room operator knew or should have known and still promoted: jointly liable with the business",
        ),
        "summary": [
            variant(
                "{party.room_operator}是否知道或者应当知道尚待核实。若它知道或者应当知道商品不安全或经营者侵害消费者，仍为其推广，应当与{party.seller}承担连带责任。",
                "Whether the {party.room_operator} knew or should have known is still to be verified. If it knew the goods were unsafe or the business was wronging consumers and still promoted them, it is jointly liable with the {party.seller}.",
                when=unknown("co_room_knew"),
            ),
            variant(
                "{party.room_operator}知道或者应当知道商品不安全或经营者侵害消费者，仍为其推广，应当与{party.seller}承担连带责任：你可以请求其中任何一方赔偿全部损失。",
                "The {party.room_operator} knew or should have known that the goods were unsafe or the business was wronging consumers and still promoted them: it is jointly liable with the {party.seller}, and you may claim the whole from either.",
            ),
        ],
        "findings": [
            finding(
                "连带责任",
                T(
                    "{party.room_operator}与{party.seller}",
                    "the {party.room_operator} and the {party.seller}",
                ),
                YOU,
                T("你因商品受到的全部损失", "Your whole loss from the goods"),
                T(
                    "无先后顺序，你可以请求其中任何一方承担全部",
                    "No order: you may claim the whole from either",
                ),
                [cite(OC1, 17), cite(CC, 1168, when=NEW), cite(TLL, 8, when=OLD)],
                sublabel=T("明知或应知仍推广", "promoted knowing, or when it should have known"),
            )
        ],
        "recourse": joint_recourse((CO,), "{party.room_operator}与{party.seller}"),
        "warnings": [oc1_time_warning()],
        "next_steps": [
            note(
                "把{party.room_operator}与{party.seller}一并列为索赔对象。",
                "Claim from the {party.room_operator} together with the {party.seller}.",
            )
        ],
        "evidence": [
            note(
                "证明直播间运营者明知或应知的证据：此前的投诉和差评、主播的陈述",
                "What shows the room operator knew or should have known: earlier complaints and reviews, the streamer's statements",
            )
        ],
        "citations": mechanics_citations(CO),
        "next": "outcome_p",
    }


def platform_knew_finding() -> Json:
    basis = [cite(ECL, 38, 1, when=EC), cite(CPL, 44, 2), cite(OC1, 16, when=LIVE)]
    return {
        "id": "co_f",
        "type": "finding",
        "code": "ISP-F",
        "title": T(
            "平台知道或者应当知道而未采取必要措施：与经营者承担连带责任",
            "The platform knew or should have known and took no necessary measures: jointly liable with the business",
        ),
        "summary": [
            variant(
                "{party.platform}是否知道或者应当知道尚待核实。若它知道或者应当知道经营者的商品或服务不安全、侵害消费者，却没有采取必要措施，应当与经营者承担连带责任。",
                "Whether the {party.platform} knew or should have known is still to be verified. If it did and took no necessary measures, it is jointly liable with the business.",
                when=unknown("co_platform_knew"),
            ),
            variant(
                "{party.platform}（直播营销平台）知道或者应当知道直播间销售的商品不安全或侵害消费者，却没有采取必要措施，应当与{party.room_operator}承担连带责任。",
                "The {party.platform} (live-stream platform) knew or should have known that the goods sold in the room were unsafe or wronged consumers, and took no necessary measures: it is jointly liable with the {party.room_operator}.",
                when=LIVE,
            ),
            variant(
                "{party.platform}知道或者应当知道{party.seller}的商品或服务不安全、侵害消费者，却没有采取必要措施，应当与{party.seller}承担连带责任：你可以请求其中任何一方赔偿全部损失。",
                "The {party.platform} knew or should have known that the goods or services of the {party.seller} were unsafe or wronged consumers, and took no necessary measures: it is jointly liable with the {party.seller}, and you may claim the whole from either.",
            ),
        ],
        "findings": [
            finding(
                "连带责任",
                T(
                    "{party.platform}与{party.room_operator}",
                    "the {party.platform} and the {party.room_operator}",
                ),
                YOU,
                T("你因商品受到的全部损失", "Your whole loss from the goods"),
                T(
                    "无先后顺序，你可以请求其中任何一方承担全部",
                    "No order: you may claim the whole from either",
                ),
                basis,
                sublabel=T(
                    "直播营销平台知道或者应当知道",
                    "the live-stream platform knew or should have known",
                ),
                when=LIVE,
            ),
            finding(
                "连带责任",
                T(
                    "{party.platform}与{party.seller}",
                    "the {party.platform} and the {party.seller}",
                ),
                YOU,
                T("你因商品或服务受到的全部损失", "Your whole loss from the goods or service"),
                T(
                    "无先后顺序，你可以请求其中任何一方承担全部",
                    "No order: you may claim the whole from either",
                ),
                basis,
                sublabel=T("平台知道或者应当知道", "the platform knew or should have known"),
                when=not_(LIVE),
            ),
        ],
        "recourse": [
            *[
                {**n, "when": all_(n["when"], not_(LIVE))}
                for n in joint_recourse((CO,), "{party.platform}与{party.seller}")
            ],
            *[
                {**n, "when": all_(n["when"], LIVE)}
                for n in joint_recourse((CO,), "{party.platform}与{party.room_operator}")
            ],
        ],
        "warnings": [
            warn(
                "caution",
                "“应当知道”由你举证：平台没有逐一审查商品的义务，法院会看此前的投诉、平台的推荐和促销、违法信息是否明显。",
                "You must prove 'should have known': platforms need not check every item, and courts look at earlier complaints, the platform's promotion and how obvious the problem was.",
            ),
            {**oc1_time_warning(), "when": all_(LIVE, BEFORE_OC1)},
        ],
        "next_steps": [
            note(
                "把{party.platform}一并列为索赔对象。",
                "Claim from the {party.platform} too.",
                when=not_(reached("co_f2")),
            )
        ],
        "evidence": [
            note(
                "此前对该店铺或同款商品的投诉、差评，以及平台的处理记录",
                "Earlier complaints and reviews about the shop or the product, and the platform's handling of them",
            ),
            note(
                "平台推荐、促销该商品的页面截图",
                "Screenshots of the platform promoting the product",
            ),
        ],
        "citations": mechanics_citations(CO),
        "next": "co_f2_after",
    }


def food_finding() -> Json:
    """食品安全法131(1): the platform that did not register the food business or check its licence
    is jointly liable with that business (the seller); 网络消费规定一15 adds the live-stream room
    operator where the room itself sells the food (and so needs the licence); 18 for food
    delivery. 电子商务法38(2) is then only a fallback, asked where the licence check is unknown."""
    room_sells = all_(LIVE, reached("co_room_seller"))
    return {
        "id": "co_f2",
        "type": "finding",
        "code": "ISP-F2",
        "title": T(
            "平台未登记、审查食品经营者的许可证：与食品经营者承担连带责任",
            "The platform did not register or check the food business's licence: jointly liable with it",
        ),
        "summary": [
            variant(
                "平台是否审查了许可证尚待核实。若{party.platform}没有对{party.seller}实名登记、审查食品经营许可证，或者发现违法后没有制止、报告，使你受到损害，应当与{party.seller}承担连带责任：你可以请求其中任何一方赔偿全部损失。",
                "Whether the platform checked the licence is still to be verified. If the {party.platform} did not register the {party.seller} or check its food licence, or did not stop or report violations, and you were harmed, it is jointly liable with the {party.seller}: you may claim the whole from either.",
                when=unknown("co_food_licence"),
            ),
            variant(
                "{party.platform}没有对{party.seller}实名登记、审查食品经营许可证（或者发现违法后没有制止、报告），使你受到损害，应当与{party.seller}承担连带责任：你可以请求其中任何一方赔偿全部损失。直播间自己销售食品的，平台未审核直播间的食品经营资质，还应当与{party.room_operator}承担连带责任。",
                "The {party.platform} did not register the {party.seller} or check its food licence (or did not stop or report violations), and you were harmed: it is jointly liable with the {party.seller}, and you may claim the whole from either. Where the room itself sells the food, a platform that did not check the room's food licence is also jointly liable with the {party.room_operator}.",
                when=room_sells,
            ),
            variant(
                "{party.platform}没有对{party.seller}实名登记、审查食品经营许可证（或者发现违法后没有制止、报告），使你受到损害，应当与{party.seller}承担连带责任：你可以请求其中任何一方赔偿全部损失。",
                "The {party.platform} did not register the {party.seller} or check its food licence (or did not stop or report violations), and you were harmed: it is jointly liable with the {party.seller}, and you may claim the whole from either.",
            ),
        ],
        "findings": [
            finding(
                "连带责任",
                T(
                    "{party.platform}与{party.seller}",
                    "the {party.platform} and the {party.seller}",
                ),
                YOU,
                T("你因食品受到的全部损失", "Your whole loss from the food"),
                T(
                    "无先后顺序，你可以请求其中任何一方承担全部",
                    "No order: you may claim the whole from either",
                ),
                [cite(FSL, 131, 1), cite(OC1, 18, when=DELIVERY)],
                sublabel=T(
                    "平台未对食品经营者实名登记、审查许可证",
                    "no registration or licence check of the food business",
                ),
            ),
            finding(
                "连带责任",
                T(
                    "{party.platform}与{party.room_operator}",
                    "the {party.platform} and the {party.room_operator}",
                ),
                YOU,
                T("你因食品受到的全部损失", "Your whole loss from the food"),
                T(
                    "无先后顺序，你可以请求其中任何一方承担全部",
                    "No order: you may claim the whole from either",
                ),
                [cite(OC1, 15), cite(FSL, 131, 1)],
                sublabel=T(
                    "直播间自己销售食品，直播营销平台未审核其食品经营资质",
                    "the room sells the food itself, and the live-stream platform did not check its food licence",
                ),
                when=room_sells,
            ),
        ],
        "recourse": [
            *joint_recourse((CO,), "{party.platform}与{party.seller}"),
            *[
                {**n, "when": all_(n["when"], room_sells)}
                for n in joint_recourse((CO,), "{party.platform}与{party.room_operator}")
            ],
        ],
        "warnings": [
            {**oc1_time_warning(), "when": all_(any_(LIVE, DELIVERY), BEFORE_OC1)},
            warn(
                "caution",
                "直播营销平台对需要取得食品经营许可的直播间（直播间自己销售食品）没有审核其食品经营资质的，与{party.room_operator}承担连带责任。本案直播间标明了实际销售者，上述连带责任是平台与{party.seller}之间的；若核实发现直播间实际上自己销售食品，平台还应当与{party.room_operator}承担连带责任。",
                "A live-stream platform that did not check the food licence of a room that needs one (a room that sells the food itself) is jointly liable with the {party.room_operator}. Here the room named the real seller, so the joint liability above is the platform's with the food business (the {party.seller}); if it turns out that the room itself sold the food, the platform is also jointly liable with the {party.room_operator}.",
                when=all_(LIVE, not_(reached("co_room_seller"))),
                basis=[cite(OC1, 15), cite(FSL, 131, 1)],
            ),
        ],
        "next_steps": [
            note(
                "向市场监管部门查询该经营者的食品经营许可证情况，并把{party.platform}一并列为索赔对象。",
                "Ask the market regulator about the business's food licence, and claim from the {party.platform} too.",
            )
        ],
        "evidence": [
            note(
                "店铺公示的证照截图，以及市场监管部门关于许可证的答复",
                "Screenshots of the licences the shop published, and the regulator's answer on them",
            )
        ],
        "citations": mechanics_citations(CO),
        "next": "co_platform_knew",
    }


def life_finding() -> Json:
    return {
        "id": "co_g",
        "type": "finding",
        "code": "ISP-G",
        "recourse": [],
        "title": T(
            "关系生命健康的商品或服务，平台未尽审核或安全保障义务：承担相应的责任（不是连带责任）",
            "Goods or services bearing on life and health, without the required checks or safety care: corresponding liability (not joint)",
        ),
        "summary": [
            variant(
                "平台是否尽到资质审核或安全保障义务尚待核实。若没有尽到，{party.platform}应当承担与其过错相应的责任——这不是连带责任。",
                "Whether the platform made the checks or kept consumers safe is still to be verified. If not, the {party.platform} bears liability in proportion to its fault — not joint liability.",
                when=unknown("co_life"),
            ),
            variant(
                "以下是上一项（平台未审查食品经营许可证的连带责任）不成立时的情形：{party.platform}没有审核经营者的资质资格或者没有尽到安全保障义务的，应当依法承担相应的责任，只在与其过错相应的范围内承担，不是连带责任。",
                "This applies if the previous finding (joint liability for an unchecked food licence) does not hold: a {party.platform} that did not check the business's qualifications or keep consumers safe bears corresponding liability — in proportion to its fault, not joint liability.",
                when=reached("co_f2"),
            ),
            variant(
                "这是关系消费者生命健康的商品或服务，{party.platform}没有审核经营者的资质资格或者没有尽到安全保障义务，应当依法承担相应的责任。这不是连带责任：平台只在与其过错相应的范围内承担，你不能要求平台承担全部损失。",
                "These goods or services bear on consumers' life and health and the {party.platform} did not check the qualifications or keep consumers safe: it bears corresponding liability. This is not joint liability: the platform answers only in proportion to its fault, not for the whole loss.",
            ),
        ],
        "findings": [
            finding(
                "相应的责任",
                PLATFORM,
                YOU,
                T(
                    "与平台的过错及其对损害所起作用相应的部分",
                    "The part that matches the platform's fault and its share in causing the harm",
                ),
                T(
                    "不是连带责任；是在经营者之后补充承担，还是按份承担，有争议",
                    "Not joint; whether it comes after the business (supplementary) or alongside it by shares is disputed",
                ),
                [cite(ECL, 38, 2)],
                sublabel=T("未尽资质审核或安全保障义务", "no qualification check or safety care"),
            )
        ],
        "warnings": [
            warn(
                "contested",
                "电子商务法第38条第2款的“相应的责任”是补充责任（经营者赔不了的部分由平台在过错范围内补足）还是按份责任，学说和判决有分歧。",
                "Whether the 'corresponding liability' of E-Commerce Law art. 38(2) is supplementary (the platform covers, within its fault, what the business cannot pay) or several by shares is disputed in writing and in judgments.",
                basis=[cite(ECL, 38, 2)],
            )
        ],
        "next_steps": [
            note(
                "向经营者索赔时一并向平台主张相应的责任，由法院确定平台的份额。",
                "When claiming from the business, claim the platform's corresponding liability too; the court fixes its share.",
            )
        ],
        "evidence": [
            note(
                "证明平台未审核资质或未尽安全保障义务的材料（店铺缺少的许可证、此前的安全投诉）",
                "What shows the platform did not check qualifications or keep consumers safe (missing licences, earlier safety complaints)",
            )
        ],
        "next": "co_identified",
    }


def identity_finding() -> Json:
    return {
        "id": "co_h",
        "type": "finding",
        "code": "ISP-H",
        "title": T(
            "平台不能提供经营者的真实信息：你可以直接向平台索赔，平台赔偿后追偿",
            "The platform cannot name the business: claim from the platform, which then recovers from the business",
        ),
        "summary": [
            variant(
                "平台能否提供经营者的真实名称、地址和有效联系方式尚待核实：请先书面要求平台提供。平台不能提供的，你可以直接向{party.platform}要求赔偿，平台赔偿后可以向经营者追偿。",
                "Whether the platform can give the business's real name, address and contact details is still to be verified: ask it in writing first. If it cannot, you may claim from the {party.platform}, which may then recover from the business.",
                when=unknown("co_identified"),
            ),
            variant(
                "{party.platform}不能提供{party.room_operator}的真实姓名（名称）、地址和有效联系方式，你可以直接向平台要求赔偿；平台赔偿后，可以向{party.room_operator}追偿。",
                "The {party.platform} cannot give the real name, address and valid contact details of the {party.room_operator}: you may claim from the platform, which may then recover from the {party.room_operator}.",
                when=LIVE,
            ),
            variant(
                "{party.platform}不能提供{party.seller}的真实名称、地址和有效联系方式，你可以直接向平台要求赔偿；平台赔偿后，可以向{party.seller}追偿。平台作出了更有利于消费者的承诺的，应当履行承诺。",
                "The {party.platform} cannot give the real name, address and valid contact details of the {party.seller}: you may claim from the platform, which may then recover from the {party.seller}. A promise the platform made that is better for consumers binds it.",
            ),
        ],
        "findings": [
            finding(
                "不真正连带责任",
                PLATFORM,
                YOU,
                T("你依法可以向经营者主张的赔偿", "What you could claim from the business"),
                T(
                    "你可以向经营者或平台择一主张；最终责任在经营者，平台赔偿后向其追偿",
                    "Claim from the business or the platform; the business bears it in the end, and the platform recovers from it",
                ),
                [
                    cite(CPL, 44, 1),
                    cite(FSL, 131, 2, when=FOOD),
                ],
                sublabel=T(
                    "平台先行赔偿，再向经营者追偿",
                    "the platform pays first and recovers from the business",
                ),
                when=not_(LIVE),
            ),
            finding(
                "不真正连带责任",
                PLATFORM,
                YOU,
                T(
                    "你依法可以向直播间运营者主张的赔偿",
                    "What you could claim from the room operator",
                ),
                T(
                    "你可以向直播间运营者或平台择一主张（实际销售者的责任不受影响）；平台赔偿后向直播间运营者追偿",
                    "Claim from the room operator or the platform (the real seller stays liable); the platform, having paid, recovers from the room operator",
                ),
                [cite(CPL, 44, 1), cite(OC1, 14)],
                sublabel=T(
                    "平台先行赔偿，再向直播间运营者追偿",
                    "the platform pays first and recovers from the room operator",
                ),
                when=LIVE,
            ),
        ],
        "recourse": [
            note(
                "{party.platform}赔偿后，有权向{party.seller}追偿。",
                "Having paid, the {party.platform} may recover from the {party.seller}.",
                when=not_(LIVE),
            ),
            note(
                "{party.platform}赔偿后，有权向{party.room_operator}追偿。",
                "Having paid, the {party.platform} may recover from the {party.room_operator}.",
                when=LIVE,
            ),
        ],
        "warnings": [
            warn(
                "contested",
                "这种“平台先赔、再追偿”的责任，常被称为不真正连带责任，但其性质有不同看法；平台只有在不能提供经营者（直播的，为直播间运营者）的信息时才负这一责任。",
                "This 'platform pays first, then recovers' liability is often called non-genuine joint liability, but its nature is debated; it arises only when the platform cannot name the business (for a live stream, the room operator).",
                basis=[cite(CPL, 44, 1)],
            ),
            warn(
                "caution",
                "你买的是食品：{party.platform}也不能提供实际销售食品的{party.seller}的真实名称、地址和有效联系方式的，由平台赔偿，平台赔偿后可以向{party.seller}或者食品生产者追偿。请书面要求平台一并提供{party.seller}的信息。",
                "You bought food: if the {party.platform} cannot give the real name, address and contact details of the {party.seller} who sold it either, the platform pays and may then recover from the {party.seller} or the producer. Ask the platform in writing for the {party.seller}'s details too.",
                when=all_(LIVE, FOOD, not_(reached("co_room_seller"))),
                basis=[cite(FSL, 131, 2)],
            ),
            {**oc1_time_warning(), "when": all_(LIVE, BEFORE_OC1)},
        ],
        "next_steps": [
            note(
                "书面要求{party.platform}提供经营者的真实名称、地址和有效联系方式，并保存要求和答复。",
                "Ask the {party.platform} in writing for the business's real name, address and contact details, and keep the request and reply.",
            )
        ],
        "evidence": [
            note(
                "向平台要求提供经营者信息的记录、平台的答复，以及联系不上经营者的记录",
                "Your request to the platform for the business's details, its answer, and records that the business cannot be reached",
            )
        ],
        "next": "co_room_later",
    }


# --- outcomes -------------------------------------------------------------------------------


#: Who is jointly liable with whom (诉讼时效规定15(2): an interruption against one reaches the
#: others of the same joint debt): the platform with the business (电子商务法38(1),
#: 消费者权益保护法44(2); 食品安全法131(1)); the live-stream platform with the room operator
#: (网络消费规定一16, 15); the room operator with the business (网络消费规定一17).
P_S = any_(all_(reached("co_f"), not_(LIVE)), reached("co_f2"))
P_R = any_(
    all_(reached("co_f"), LIVE),
    all_(reached("co_f2"), LIVE, reached("co_room_seller")),
)
R_S = reached("co_room_joint")


def _joint_rows(
    id_: str, label: Json, party: str, links: list[tuple[str, Json]], when: Json | None
) -> list[Json]:
    """One party's limitation, with the events against those jointly liable with it, in every
    combination of the links that may hold."""
    specs: list[Json] = []
    n = len(links)
    for mask in range(1 << n):
        joint = [links[k][0] for k in range(n) if mask >> k & 1]
        conds = [links[k][1] if mask >> k & 1 else not_(links[k][1]) for k in range(n)]
        suffix = "".join(f"_{links[k][0][0]}" for k in range(n) if mask >> k & 1)
        specs += limitation(
            f"{id_}{suffix}",
            label,
            "co_harm_date",
            H,
            [party],
            joint or None,
            when=all_(when, *conds),
            injury=INJURY,
            start_may_be_unknown=False,
            acts=[CO],
        )
    return specs


def deadlines(self_sale: bool) -> list[Json]:
    specs: list[Json] = []
    if self_sale:
        specs += limitation(
            "co_lim_platform_seller",
            T("对{party.platform}的诉讼时效", "Limitation against the {party.platform}"),
            "co_harm_date",
            H,
            ["platform"],
            injury=INJURY,
            start_may_be_unknown=False,
            acts=[CO],
        )
    else:
        specs += _joint_rows(
            "co_lim_seller",
            T("对{party.seller}的诉讼时效", "Limitation against the {party.seller}"),
            "seller",
            [("platform", P_S), ("room_operator", R_S)],
            None,
        )
        specs += _joint_rows(
            "co_lim_platform",
            T("对{party.platform}的诉讼时效", "Limitation against the {party.platform}"),
            "platform",
            [("seller", P_S), ("room_operator", P_R)],
            PLATFORM_ROUTES,
        )
        specs += _joint_rows(
            "co_lim_room",
            T("对{party.room_operator}的诉讼时效", "Limitation against the {party.room_operator}"),
            "room_operator",
            [("seller", R_S), ("platform", P_R)],
            any_(ROOM_ROUTES, P_R),
        )
    pq_label = T(
        "产品缺陷致损的诉讼时效（产品质量法规定为二年，有争议）",
        "Limitation for harm from a defective product (two years under the Product Quality Law; disputed)",
    )
    pq_when = all_(DEFECT_HARM, on_or_after("co_harm_date", "2017-10-01"))
    if self_sale:
        specs.append(
            {
                "id": "co_pq45",
                "kind": "limitation",
                "label": pq_label,
                "from": "co_harm_date",
                "add": {"years": 2},
                "basis": [cite(PQL, 45, 1)],
                "when": pq_when,
                "events": {"from": H, "parties": ["platform"]},
                "acts": [CO],
            }
        )
    else:
        for joint, cond, suffix in (
            (["platform", "room_operator"], all_(P_S, R_S), "_pr"),
            (["platform"], all_(P_S, not_(R_S)), "_p"),
            (["room_operator"], all_(not_(P_S), R_S), "_r"),
            ([], all_(not_(P_S), not_(R_S)), ""),
        ):
            events: Json = {"from": H, "parties": ["seller"]}
            if joint:
                events["joint_parties"] = joint
            specs.append(
                {
                    "id": f"co_pq45{suffix}",
                    "kind": "limitation",
                    "label": pq_label,
                    "from": "co_harm_date",
                    "add": {"years": 2},
                    "basis": [cite(PQL, 45, 1)],
                    "when": all_(pq_when, cond),
                    "events": events,
                    "acts": [CO],
                }
            )
    return specs + judgment_deadlines(H, CO)


def platform_check() -> dict[str, Json]:
    """The limitation against the platform counting every event against it and, as
    interruptions reaching it, those against the business and the room operator (facts from
    2017-10-01: three years). Fewer joint debtors only end it earlier, so once this has run,
    the platform's period has run on every route (诉讼时效规定15(2) at its widest)."""
    return {
        "co_platform_check": {
            "id": "co_platform_check",
            "kind": "limitation",
            "label": T("对平台的诉讼时效", "Limitation against the platform"),
            "from": "co_harm_date",
            "add": {"years": 3},
            "basis": [cite(CC, 188, 1)],
            "events": {
                "from": H,
                "parties": ["platform"],
                "joint_parties": ["seller", "room_operator"],
            },
        }
    }


#: 产品质量法45(1)'s two years have run (by the plain count without history, or the branch
#: after it), while the three years of 民法典188 may still run.
PQ_APPLIES = all_(DEFECT_HARM, on_or_after("co_harm_date", "2017-10-01"))
PQ_PASSED = all_(
    PQ_APPLIES,
    any_(
        reached("co_pq_passed"),
        all_(ans("co_history_any", "no"), passed("co_pq45_plain")),
    ),
)


def pq45_warning() -> list[Json]:
    texts = {
        "new": ("民法典第188条", "Civil Code art. 188", CC),
        "old": ("民法总则第188条", "General Provisions art. 188", GPRO),
    }
    out = []
    for key, law in (("new", NEW), ("old", OLD)):
        zh, en, code = texts[key]
        out.append(
            warn(
                "contested",
                f"商品缺陷造成损害的诉讼时效：产品质量法第45条第1款规定为二年，{zh}规定为三年，法院对适用哪一个有分歧。稳妥起见，以二年计算（见期限）；二年已经届满的，可以主张适用三年，但结果不确定。",
                f"Limitation for harm from a defective product: Product Quality Law art. 45(1) says two years, {en} three; courts differ on which applies. To be safe, count two years (see the deadlines); where they have run, the three years can be argued, with an uncertain outcome.",
                when=all_(PQ_APPLIES, law, not_(PQ_PASSED)),
                basis=[cite(PQL, 45, 1), cite(code, 188, 1)],
            )
        )
        out.append(
            warn(
                "contested",
                f"产品质量法第45条第1款规定的二年已经届满（见期限）：依该条，因商品缺陷造成损害的赔偿请求可能已过诉讼时效。但{zh}规定的三年尚未届满（见期限），法院对适用哪一个有分歧；不以缺陷为依据的请求（如要求退货、退款、赔偿价款）适用三年。诉讼时效须由对方提出，法院不会主动适用。请立即书面索赔或者起诉。",
                f"The two years of Product Quality Law art. 45(1) have run (see the deadlines): under it, a claim for harm from a defect may be time-barred. But the three years of {en} have not (see the deadlines), and courts differ on which applies; claims not resting on the defect (return, refund, the price) have three years anyway. Limitation must be raised by the other side; the court does not apply it of its own motion. Claim in writing or sue at once.",
                when=all_(law, PQ_PASSED, not_(barred("co"))),
                basis=[cite(PQL, 45, 1), cite(code, 188, 1), cite(code, 193)],
            )
        )
    return out


def pq45_step() -> Json:
    return note(
        "产品质量法规定的二年已经届满（见期限）：请立即书面索赔或者起诉，不要等到三年届满；同时主张不以缺陷为依据的请求（退货、退款、赔偿价款）。",
        "The two years of the Product Quality Law have run (see the deadlines): claim in writing or sue at once rather than wait for the three years, and also make the claims that do not rest on the defect (return, refund, the price).",
        when=all_(PQ_PASSED, not_(barred("co")), no_judgment(H)),
    )


def court_steps(who: str, who_en: str, platform_barred: bool = False) -> list[Json]:
    claim, *rest = claim_steps("co", H, who, who_en)
    # Once the product law's two years have run, the step above says to act at once; a
    # second "before limitation ends" step would only blur it.
    claim = dict(claim, when=all_(claim["when"], not_(PQ_PASSED)))
    steps = [
        note(
            "可以先向市场监督管理部门投诉（12315）或申请调解；同时注意诉讼时效。",
            "You may complain to the market regulator (12315) or seek mediation first; mind limitation meanwhile.",
            when=all_(no_judgment(H), not_(barred("co")), not_(PQ_PASSED)),
        ),
        pq45_step(),
        claim,
        *rest,
        note(
            "对{party.platform}的诉讼时效依报告的计算已经届满（见期限）：{party.platform}可以拒绝赔偿。法院不会主动适用诉讼时效，须由{party.platform}提出；{party.platform}在届满后同意履行的，不得再以时效抗辩。其他责任人在届满后作出的承认，只对其本人发生效力，不能使对{party.platform}的期间重新计算。",
            "By the report's count, limitation against the {party.platform} has run (see the deadlines): it may refuse to pay. The court does not apply limitation of its own motion — the {party.platform} must raise it; if it agrees to pay after the end it can no longer plead it. Another party's acknowledgement after the end binds only that party and does not restart the period against the {party.platform}.",
            when=all_(
                PLATFORM_ROUTES, reached("co_platform_passed"), not_(barred("co")), no_judgment(H)
            ),
        )
        if platform_barred
        else None,
        note(
            "诉讼已在进行：在举证期限内向法院提交本报告所列的证据；尚未起诉的责任人，可以向法院申请将其列为共同被告（是否准许由法院决定），或者另行起诉。",
            "The suit is under way: file the evidence listed here within the time for evidence; a party liable but not yet sued can be added on application (the court decides), or sued separately.",
            when=in_court(H),
        ),
        note(
            "一审判决已经送达，尚未生效：不服的，在上诉期间内提起上诉（见期限），二审中只能在法律允许的范围内提出新证据；双方都不上诉的，判决期满生效，对方不履行时可以在二年内申请强制执行（民事诉讼法第250条）。",
            "The first-instance judgment has been served and is not yet effective: appeal within the appeal period if you disagree (see the deadlines) — new evidence on appeal only within the limits the law allows; if neither side appeals, it takes effect, and if it is not complied with you may apply for enforcement within two years (Civil Procedure Law art. 250).",
            when=served(H),
        ),
        *enforcement_steps("co", H),
    ]
    return [step for step in steps if step is not None]


def _until_judged(items: list[Json]) -> list[Json]:
    """Steps and evidence for a claim still to be made: none once a judgment has taken effect
    (then the judgment is enforced)."""
    out = []
    for item in items:
        item = dict(item)
        item["when"] = all_(item.get("when"), not_(judged(H)))
        out.append(item)
    return out


ENFORCEMENT_EVIDENCE = note(
    "生效判决书及生效证明；对方的财产线索（银行账户、房产、车辆、网店收入等）",
    "The effective judgment and proof that it took effect; leads to the other side's assets (bank accounts, property, vehicles, shop income)",
    when=judged(H),
)


def outcome_p() -> Json:
    return {
        "id": "outcome_p",
        "type": "outcome",
        "code": "ISP-P",
        "title": T(
            "网购受损：可以向谁索赔",
            "Harmed by an online purchase: whom to claim from",
        ),
        "summary": [
            variant(
                "判决已经生效：对方不履行判决的，在申请执行期间内向人民法院申请强制执行（见期限）。",
                "The judgment has taken effect: if it is not complied with, apply to the court for enforcement within the period (see the deadlines).",
                when=judged(H),
            ),
            variant(
                "除{party.seller}外，{party.platform}也要对你承担责任（见各项认定；各项责任的性质和范围不同），你可以把经营者和平台一并作为索赔对象。标明“取决于待核实的事实”的认定，请先核实这些事实，再决定是否据此索赔。",
                "Besides the {party.seller}, the {party.platform} is liable to you (see the findings; they differ in kind and reach): claim from both. For the findings marked as resting on facts to verify, check those facts before relying on them.",
                when=all_(OPEN, FIRM_PLATFORM),
            ),
            variant(
                "你可以向{party.seller}索赔（见各项认定）。{party.room_operator}是否也要承担责任，取决于标明“取决于待核实的事实”的认定；请先核实这些事实，再决定是否把其列为被告。",
                "You may claim from the {party.seller} (see the findings). Whether the {party.room_operator} is liable too depends on the findings marked as resting on facts to verify; check them before deciding whether to sue it.",
                when=all_(OPEN, LIVE, PLATFORM_KNOWN),
            ),
            variant(
                "你可以向{party.seller}索赔（见各项认定）。平台或直播间运营者是否也要承担责任，取决于标明“取决于待核实的事实”的认定；请先核实这些事实，再决定把谁列为被告。",
                "You may claim from the {party.seller} (see the findings). Whether the platform or the room operator is liable too depends on the findings marked as resting on facts to verify; check them before deciding whom to sue.",
                when=all_(OPEN, LIVE),
            ),
            variant(
                "你可以向{party.seller}索赔（见各项认定）。{party.platform}是否也要承担责任，取决于标明“取决于待核实的事实”的认定；请先核实这些事实，再决定把谁列为被告。",
                "You may claim from the {party.seller} (see the findings). Whether the {party.platform} is liable too depends on the findings marked as resting on facts to verify; check them before deciding whom to sue.",
                when=OPEN,
            ),
            variant(
                "除{party.seller}外，{party.platform}也要对你承担责任（见各项认定；各项责任的性质和范围不同）。你可以把经营者和平台一并作为索赔对象。",
                "Besides the {party.seller}, the {party.platform} is liable to you (see the findings; they differ in kind and reach). Claim from both.",
                when=PLATFORM_ROUTES,
            ),
            variant(
                "你可以向{party.seller}和{party.room_operator}索赔（见各项认定）；{party.platform}既不知道经营者侵权，也能提供其真实信息，不承担责任。",
                "You may claim from the {party.seller} and the {party.room_operator} (see the findings); the {party.platform} neither knew nor was unable to name the business, and is not liable.",
                when=ROOM_ROUTES,
            ),
            variant(
                "{party.platform}不知道也不应当知道经营者侵权，能够提供经营者的真实信息，也没有未尽资质审核或安全保障义务的情形，不承担责任。你应当向{party.seller}索赔。",
                "The {party.platform} did not and need not have known, can name the business, and did not fail in checks or safety care: it is not liable. Claim from the {party.seller}.",
            ),
        ],
        "findings": [
            finding(
                "不承担责任",
                PLATFORM,
                YOU,
                T(
                    "不与经营者承担连带责任，也不承担相应的责任或先行赔偿的责任",
                    "Neither joint, corresponding nor pay-first liability",
                ),
                T("—", "—"),
                [cite(CPL, 44, 1), cite(CPL, 44, 2), cite(ECL, 38, 1, when=EC)],
                sublabel=T("平台不承担责任", "the platform is not liable"),
                when=not_(PLATFORM_ROUTES),
            )
        ],
        "remaining_liability": T(
            "{party.seller}仍应对你承担赔偿责任（见上）。",
            "The {party.seller} remains liable to you (see above).",
        ),
        "deadlines": deadlines(False),
        "recourse": [
            note(
                "只有{party.seller}对你承担责任，只能向其索赔。",
                "Only the {party.seller} is liable to you: claim from it.",
                when=all_(not_(PLATFORM_ROUTES), not_(ROOM_ROUTES), GOODS),
            ),
        ],
        "warnings": [
            *pq45_warning(),
            warn(
                "caution",
                "服务造成的损害按消费者权益保护法和侵权责任的一般规定处理，服务者有过错的承担责任；不适用针对商品缺陷的规则。",
                "Harm from a service follows the Consumer Protection Law and general tort rules — the provider is liable for fault; the rules on defective goods do not apply.",
                when=SERVICE,
            ),
            enforcement_start_warning(H),
            warn(
                "contested",
                "直播间运营者已经标明自己不是销售者并标明了实际销售者的，法院仍会综合交易外观、它与经营者的约定和合作模式、交易过程以及消费者的认知，判断它是否承担销售者责任；结论可能与本报告不同。",
                "Even where the room operator showed that it was not the seller and who was, the court weighs the look of the deal, its agreement and cooperation with the business, the course of the sale and what consumers understood in deciding whether it is liable as seller; the result may differ from this report.",
                when=all_(ans("co_room_marked", "yes"), not_(reached("co_room_joint"))),
                basis=[cite(OC1, 12, 2)],
            ),
            warn(
                "caution",
                "2017年10月1日以前知道受到损害的，诉讼时效先按民法通则计算：一般为二年，身体受到伤害要求赔偿的为一年；到2017年10月1日尚未届满的，按三年计算（见期限的计算过程）。",
                "Harm known before 2017-10-01 starts under the General Principles of the Civil Law: two years in general, one year for bodily injury; a period still running on 2017-10-01 runs three years (see the deadlines' steps).",
                when=before("co_harm_date", "2017-10-01"),
            ),
        ],
        "next_steps": [
            *court_steps(
                "经营者和其他责任人",
                "the business and the others liable",
                platform_barred=True,
            ),
        ],
        "evidence": [
            *_until_judged(
                [
                    note(
                        "平台的页面截图：店铺名称、公示的证照、商品信息",
                        "Screenshots of the platform's pages: the shop's name, its published licences, the product details",
                    )
                ]
            ),
            ENFORCEMENT_EVIDENCE,
        ],
        "citations": [cite(TE, 1, 2, when=OLD)],
    }


def outcome_i() -> Json:
    self_op = ans("co_channel", "self_op")
    return {
        "id": "outcome_i",
        "type": "outcome",
        "code": "ISP-I",
        "title": T(
            "平台自营：平台作为销售者（服务者）对你承担责任",
            "The platform's own sale: it is liable to you as seller or provider",
        ),
        "summary": [
            variant(
                "{party.platform}的标识足以让你相信是平台自营，虽然实际由第三方销售，平台仍应当承担销售者或服务者的责任。这不是连带责任问题：你可以直接向平台索赔。",
                "The labels of the {party.platform} would make you believe it sold the goods itself; though a third party did, the platform is liable as seller or provider. This is not a question of joint liability: claim from the platform directly.",
                when=ans("co_channel", "looks_self"),
            ),
            variant(
                "{party.platform}（直播营销平台）自己通过直播销售，应当承担销售者的责任。这不是连带责任问题：你可以直接向平台索赔。",
                "The {party.platform} (live-stream platform) sold through its own stream and is liable as seller. This is not a question of joint liability: claim from the platform directly.",
                when=ans("co_channel", "live_self"),
            ),
            variant(
                "这是{party.platform}的自营业务，平台就是销售者或服务者，应当直接对你承担责任。这不是连带责任问题：你可以直接向平台索赔。",
                "This was a business the {party.platform} ran itself: it is the seller or provider and liable to you directly. This is not a question of joint liability: claim from the platform directly.",
            ),
        ],
        "findings": [
            {
                **f,
                "basis": [c for c in f["basis"] if not (c["law"] == CPL and c["article"] == 44)],
            }
            for f in seller_findings(
                PLATFORM,
                T(
                    "平台是销售者或服务者，直接承担",
                    "The platform is the seller or provider, liable directly",
                ),
                T(
                    "平台承担销售者或服务者责任（不是连带责任）",
                    "liable as seller or provider (not joint liability)",
                ),
                [
                    cite(ECL, 37, 2, when=all_(self_op, EC)),
                    cite(OC1, 4, 1, when=self_op),
                    cite(OC1, 4, 2, when=ans("co_channel", "looks_self")),
                    cite(OC1, 13, when=ans("co_channel", "live_self")),
                ],
            )
        ],
        "deadlines": deadlines(True),
        "recourse": [
            note(
                "平台赔偿后，属于生产者或供货者责任的，可以向其追偿。",
                "Having paid, the platform may recover from the producer or supplier where the fault is theirs.",
                when=GOODS,
            )
        ],
        "warnings": [
            *pq45_warning(),
            *remedy_warnings(),
            {**oc1_time_warning(), "when": BEFORE_OC1},
            enforcement_start_warning(H),
            warn(
                "caution",
                "2019年以前的购买不适用电子商务法；平台自营的，平台本就是销售者，按消费者权益保护法承担责任。",
                "Purchases before 2019 are not governed by the E-Commerce Law; a platform selling on its own account is the seller anyway, liable under the Consumer Protection Law.",
                when=all_(self_op, before("co_purchase_date", "2019-01-01")),
            ),
            warn(
                "caution",
                "服务造成的损害按消费者权益保护法和侵权责任的一般规定处理，服务者有过错的承担责任；不适用针对商品缺陷的规则。",
                "Harm from a service follows the Consumer Protection Law and general tort rules — the provider is liable for fault; the rules on defective goods do not apply.",
                when=SERVICE,
            ),
        ],
        "next_steps": [
            note(
                "保存页面上的“自营”标识，或者让你相信是平台自营的页面截图。",
                "Keep screenshots of the 'self-operated' label, or of whatever made it look like the platform's own business.",
            ),
            *court_steps("{party.platform}", "the {party.platform}"),
        ],
        "evidence": [
            *_until_judged(
                [
                    note(
                        "订单、付款记录、商品页面的截图（显示“自营”或销售者名称）",
                        "The order, payment records, screenshots of the product page (showing 'self-operated' or the seller's name)",
                    ),
                    note(
                        "商品实物及包装",
                        "The item and its packaging",
                        when=GOODS,
                    ),
                    note(
                        "剩余的食品、包装和购买记录，必要时送检",
                        "Leftover food, packaging and the purchase record; have it tested if need be",
                        when=FOOD,
                    ),
                    note(
                        "服务合同、宣传页面和服务过程的记录",
                        "The service contract, the advertising page and records of the service",
                        when=ans("co_what", "service", "medical"),
                    ),
                    note(
                        "医疗费单据、诊断证明、病历，误工和护理的证明",
                        "Medical bills, diagnoses and records, proof of lost earnings and care",
                        when=INJURY,
                    ),
                    note(
                        "其他财产损失的证明（照片、维修或购置发票）",
                        "Proof of damage to other property (photos, repair or purchase invoices)",
                        when=PROPERTY,
                    ),
                ]
            ),
            ENFORCEMENT_EVIDENCE,
        ],
        "citations": [cite(CPL, 49, when=INJURY)],
    }
