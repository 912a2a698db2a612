"""The ISP tree's glossary: plain-words definitions shown in the questions' help."""

from __future__ import annotations

from scripts.trees._dsl import Json, T

GLOSSARY: list[Json] = [
    {
        "id": "network_service_provider",
        "term": T("网络服务提供者", "network service provider (网络服务提供者)"),
        "definition": T(
            "为他人提供网络接入、传输、存储、搜索、链接、交易平台等服务的单位或个人，例如论坛、微博、视频网站、网盘、搜索引擎、电商平台。只提供技术服务的，对用户发布的内容一般只在接到有效通知或知道、应当知道侵权后才负责。",
            "A business or person that provides others with network access, transmission, storage, search, links or a trading platform, e.g. forums, Weibo, video sites, cloud drives, search engines, e-commerce platforms. A provider of purely technical services is generally liable for users' content only after an effective notice or once it knew or should have known of the infringement.",
        ),
    },
    {
        "id": "information_storage_space",
        "term": T("信息存储空间", "information storage space / hosting (信息存储空间)"),
        "definition": T(
            "平台为用户提供空间，由用户自己上传内容供公众访问的服务，如视频分享网站、网盘、博客、论坛。",
            "A service giving users space to upload content themselves for the public to access, such as video-sharing sites, cloud drives, blogs and forums.",
        ),
    },
    {
        "id": "necessary_measures",
        "term": T("必要措施", "necessary measures (必要措施)"),
        "definition": T(
            "制止侵权的措施：删除、屏蔽、断开链接，电商平台还包括终止交易和服务。具体采取什么措施，要根据初步证据和服务类型确定。",
            "Measures that stop the infringement: deleting, blocking, disconnecting links, and on e-commerce platforms also ending transactions and services. Which measures are needed depends on the preliminary evidence and the type of service.",
        ),
    },
    {
        "id": "effective_notice",
        "term": T("有效通知", "effective notice (有效通知)"),
        "definition": T(
            "符合法定要求、能让平台据以处理的通知：包括构成侵权的初步证据和权利人的真实身份信息（民法典第1195条第1款）；著作权案件须为书面并写明权利人信息、作品名称和网址、初步证明材料（条例第14条）。不完整的通知不触发平台对扩大损害的连带责任。",
            "A notice meeting the legal requirements so that the platform can act on it: preliminary evidence of infringement and the rights holder's real identity (Civil Code Art. 1195(1)); in copyright cases in writing with the rights holder's details, the work's title and web address and preliminary proof (Regulations Art. 14). An incomplete notice does not trigger the platform's joint liability for the enlarged damage.",
        ),
    },
    {
        "id": "counter_notice",
        "term": T(
            "反通知（不存在侵权行为的声明）",
            "counter-notice (反通知; declaration of non-infringement, 不存在侵权行为的声明)",
        ),
        "definition": T(
            "内容被删除的用户向平台提交的、附有不侵权初步证据的声明。平台转送给权利人后，权利人须在期限内（电商平台15日，其他平台合理期限）告知已投诉或起诉，否则平台应终止措施。",
            "A declaration, with preliminary evidence of non-infringement, that a user whose content was removed submits to the platform. Once the platform forwards it, the rights holder must report a complaint or lawsuit within the period (15 days on e-commerce platforms, a reasonable period elsewhere), or the platform must end the measures.",
        ),
    },
    {
        "id": "knew_or_should_have_known",
        "term": T("知道或者应当知道", "knew or should have known (知道或者应当知道)"),
        "definition": T(
            "平台实际知道侵权，或者根据明显的事实理应知道。法院综合平台对内容的推荐编辑、管理能力、侵权的明显程度、浏览量、对重复侵权的处理、是否直接获利等判断。2021年以前的侵权责任法第36条第3款只写“知道”。",
            "The platform actually knew of the infringement, or ought to have known from obvious facts. Courts weigh whether it recommended or edited the content, its ability to manage information, how obvious the infringement was, views, how it handled repeat infringers and whether it profited directly. Before 2021, Tort Liability Law Art. 36(3) said only 'knew'.",
        ),
    },
    {
        "id": "red_flag",
        "term": T("红旗标准", "red-flag standard (红旗标准)"),
        "definition": T(
            "侵权事实像“红旗”一样明显时，平台不能以“没收到通知”为由免责，应认定其应当知道。例如把热播影视剧放在首页或榜单上。",
            "When an infringement is as obvious as a red flag, the platform cannot excuse itself by saying it received no notice; it is taken to have had reason to know (应当知道). For example, putting a popular film or series on its home page or in a ranking.",
        ),
    },
    {
        "id": "safe_harbour",
        "term": T("避风港", "safe harbour (避风港)"),
        "definition": T(
            "信息网络传播权保护条例第20—23条为接入传输、缓存、信息存储空间和搜索链接服务规定的免责条件。满足条件的，平台“不承担赔偿责任”，但仍须依通知删除或断开链接。只适用于信息网络传播权。",
            "The exemptions in Regulations Arts. 20–23 for access/transmission, caching, hosting and search/link services. A platform meeting them is 'not liable to pay damages' but must still remove or disconnect on notice. They apply only to the right of communication through information networks.",
        ),
    },
    {
        "id": "enlarged_damage",
        "term": T("损害的扩大部分", "enlarged part of the damage (损害的扩大部分)"),
        "definition": T(
            "平台接到有效通知后本应及时处理、却没有处理，在此期间新增的损害。平台只对这一部分与用户承担连带责任，通知前已经发生的损害由用户自己负责。",
            "The additional damage that arises while a platform fails to act in time after an effective notice. The platform is jointly liable with the user only for this part; damage that occurred before the notice is the user's alone.",
        ),
    },
    {
        "id": "joint_several",
        "term": T("连带责任", "joint and several liability (连带责任)"),
        "definition": T(
            "几个责任人对同一债务都负全部责任：受害人可以请求其中任何一人或几人承担全部或部分；内部按各自责任大小分担，多付的一方可以向其他人追偿。连带责任只能由法律规定或当事人约定。",
            "Several parties each answer for the whole: the victim may claim all or part from any one or several of them; internally they share by their respective responsibility, and whoever pays more than its share may recover from the others. It arises only by statute or agreement.",
        ),
    },
    {
        "id": "corresponding_liability",
        "term": T("相应的责任", "corresponding liability (相应的责任)"),
        "definition": T(
            "与责任人过错程度和原因力相适应的责任，不是连带责任，也不必然是全部责任。电子商务法第38条第2款的“相应的责任”是补充责任还是按份责任，有争议。",
            "Liability matching the party's degree of fault and causal contribution; it is not joint liability and not necessarily the whole. Whether the 'corresponding liability' of E-Commerce Law Art. 38(2) is supplementary or proportionate is contested.",
        ),
    },
    {
        "id": "non_genuine_joint",
        "term": T("不真正连带责任", "non-genuine joint liability (不真正连带责任)"),
        "definition": T(
            "几个人基于不同原因各自对同一损害负全部责任，受害人可以选择其一求偿；但最终责任只由其中一人承担，先赔付的一方可以向他全额追偿。例如：平台不能提供卖家信息而先赔偿消费者，再向卖家追偿。",
            "Several parties each answer for the same damage in full on different grounds; the victim may choose whom to claim from, but the final burden rests on one of them, and whoever pays first can recover the whole from that one. E.g. a platform that cannot identify the seller pays the consumer and then recovers from the seller.",
        ),
    },
    {
        "id": "ecommerce_platform_operator",
        "term": T("电子商务平台经营者", "e-commerce platform operator (电子商务平台经营者)"),
        "definition": T(
            "为交易双方提供网络经营场所、交易撮合、信息发布等服务，供其独立开展交易的法人或非法人组织，如淘宝、京东、拼多多、美团；在其上开店的是“平台内经营者”。提供影音、出版等内容服务的平台不属于电子商务法的调整范围。",
            "A legal person or unincorporated organisation that provides trading parties with an online marketplace, matching or information services so that they can trade independently, e.g. Taobao, JD, Pinduoduo, Meituan; the shops on it are 'sellers on the platform' (平台内经营者). Platforms providing audio-visual, publishing and similar content services are outside the E-Commerce Law.",
        ),
    },
    {
        "id": "self_operated",
        "term": T("自营", "self-operated (自营)"),
        "definition": T(
            "平台自己作为卖家销售商品或提供服务，而不是由第三方店铺销售。平台应显著区分标记自营业务；对自营业务（以及标识足以让消费者误认为自营的业务）承担销售者责任。",
            "The platform itself sells the goods or provides the service, rather than a third-party shop. It must clearly mark its self-operated business, and bears the seller's liability for it (and for business labelled so that consumers take it for self-operated).",
        ),
    },
    {
        "id": "livestream_room_operator",
        "term": T("直播间运营者", "live-stream room operator (直播间运营者)"),
        "definition": T(
            "开设并运营直播间的主播或其所属机构（MCN）。它可能是销售者，也可能只是为其他经营者推广商品。",
            "The streamer, or the agency (MCN) behind them, who opens and runs a live-stream room. It may be the seller itself, or only promote goods for another business.",
        ),
    },
]
