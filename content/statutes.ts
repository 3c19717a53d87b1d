import type { StatuteId } from './ids';
import type { Statute } from './schema';

/**
 * The statute catalogue: every citation content may make, resolved by id.
 * Facts, quotes and confidence come from /work/shared/legal-facts.md (its Verification pass 2 wins).
 * A quote marked 「（大意）」 is a faithful summary: legal-facts.md gives a gloss, not the wording.
 * 'medium' = the primary text was not seen (news reports or third-party verbatim copies).
 * `source` is shown to counsellors: it names where the text comes from in words, never a file.
 */

const checkedOn = '2026-11-29';
/** Entries added or corrected by Verification pass 2. */
const pass2 = '2026-12-01';

/** Where the text comes from (shown to counsellors). */
const COLLECTION = '法律法规汇编所载文本';
const NPC_DB = '全国人大 国家法律法规数据库文本（汇编副本）';
const GAZETTE_2020_14 = '国务院公报2020年第14号（第三方存档副本）';
const THIRD_PARTY_COPIES = '第三方逐字转载，多份一致';

const PSL = '中华人民共和国治安管理处罚法（2025年修订，2026年1月1日起施行）';
const PSL_SOURCE = NPC_DB;
const CRIMINAL = '中华人民共和国刑法（现行文本，含刑法修正案（十二））';
const CRIMINAL_SOURCE = COLLECTION;
const CIVIL = '中华人民共和国民法典（2021年1月1日起施行）';
const CIVIL_PROCEDURE = '中华人民共和国民事诉讼法（2023年修正，2024年1月1日起施行）';
const PIPL = '中华人民共和国个人信息保护法（2021年11月1日起施行）';
const PRIVATE_LENDING =
  '最高人民法院关于审理民间借贷案件适用法律若干问题的规定（2020年12月第二次修正，2021年1月1日起施行）';
const LIMITATION_RULES = '最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定（2020年12月修正）';
const GUARANTEE_INTERPRETATION =
  '最高人民法院关于适用《中华人民共和国民法典》有关担保制度的解释（2021年1月1日起施行）';
const CONTRACT_INTERPRETATION =
  '最高人民法院关于适用《中华人民共和国民法典》合同编通则若干问题的解释（2023年12月5日起施行）';
const POLICE_LAW = '中华人民共和国人民警察法（2012年修正）';
const PEOPLE_MEDIATION = '中华人民共和国人民调解法（2010年通过）';
const ARBITRATION = '中华人民共和国仲裁法（2025年修订，2026年3月1日起施行）';
const COMPLAINT_RULES = '银行业保险业消费投诉处理管理办法（原银保监会令2020年第3号，2020年3月1日起施行）';
const CBA =
  '中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026年1月30日发布；行业自律规定，不是法律）';
const CARD_RULES = '商业银行信用卡业务监督管理办法（原银监会令2011年第2号）';
const CARD_SOURCE = THIRD_PARTY_COPIES;

const statutes = {
  'psl-47': {
    instrument: PSL,
    article: '第四十七条第（三）项',
    quote: '（大意）非法限制他人人身自由、非法侵入他人住宅或者非法搜查他人身体的，处拘留并处罚款。',
    source: PSL_SOURCE,
    confidence: 'high',
    checkedOn,
  },
  'psl-50': {
    instrument: PSL,
    article: '第五十条第一款第（一）（二）（五）（六）项',
    quote:
      '（大意）有下列行为之一的，予以处罚：（一）写恐吓信或者以其他方法威胁他人人身安全；（二）公然侮辱他人或者捏造事实诽谤他人；（五）多次发送淫秽、侮辱、恐吓等信息，或者采取滋扰、纠缠、跟踪等方法，干扰他人正常生活；（六）偷窥、偷拍、窃听、散布他人隐私。',
    source: `${PSL_SOURCE}；另见最高人民检察院网站转载`,
    confidence: 'high',
    checkedOn,
  },
  'psl-50-2': {
    instrument: PSL,
    article: '第五十条第二款',
    quote:
      '有前款第五项规定的滋扰、纠缠、跟踪行为的，除依照前款规定给予处罚外，经公安机关负责人批准，可以责令其一定期限内禁止接触被侵害人。对违反禁止接触规定的，处五日以上十日以下拘留，可以并处一千元以下罚款。',
    source: PSL_SOURCE,
    confidence: 'high',
    checkedOn: pass2,
  },
  'psl-59': {
    instrument: PSL,
    article: '第五十九条',
    quote: '（大意）故意损毁公私财物的，处拘留或者罚款；情节较重的，处拘留，可以并处罚款。',
    source: PSL_SOURCE,
    confidence: 'high',
    checkedOn,
  },
  'psl-62': {
    instrument: PSL,
    article: '第六十二条',
    quote:
      '（大意）冒充国家机关工作人员招摇撞骗，或者盗用、冒用个人、组织的身份、名义招摇撞骗的，予以处罚；冒充军警人员的，从重处罚。',
    source: PSL_SOURCE,
    confidence: 'high',
    checkedOn,
  },
  'psl-90': {
    instrument: PSL,
    article: '第九十条',
    quote: '应当立即立案并进行调查；认为不属于违反治安管理行为的，应当告知……并说明理由。',
    source: PSL_SOURCE,
    confidence: 'high',
    checkedOn,
  },
  'psl-25': {
    instrument: PSL,
    article: '第二十五条',
    quote: '在六个月以内没有被公安机关发现的，不再处罚。',
    source: PSL_SOURCE,
    confidence: 'high',
    checkedOn,
  },
  'criminal-245': {
    instrument: CRIMINAL,
    article: '第二百四十五条',
    quote: '非法搜查他人身体、住宅，或者非法侵入他人住宅的，处三年以下有期徒刑或者拘役。',
    source: CRIMINAL_SOURCE,
    confidence: 'high',
    checkedOn,
  },
  'criminal-238': {
    instrument: CRIMINAL,
    article: '第二百三十八条第一款、第三款',
    quote:
      '非法拘禁他人或者以其他方法非法剥夺他人人身自由的，处三年以下……为索取债务非法扣押、拘禁他人的，依照前两款的规定处罚。',
    source: CRIMINAL_SOURCE,
    confidence: 'high',
    checkedOn,
  },
  'criminal-293-1': {
    instrument: CRIMINAL,
    article: '第二百九十三条之一（刑法修正案（十一）增设，2021年3月1日起施行）',
    quote:
      '有下列情形之一，催收高利放贷等产生的非法债务，情节严重的，处三年以下有期徒刑、拘役或者管制，并处或者单处罚金：（一）使用暴力、胁迫方法的；（二）限制他人人身自由或者侵入他人住宅的；（三）恐吓、跟踪、骚扰他人的。',
    source: CRIMINAL_SOURCE,
    confidence: 'high',
    checkedOn,
  },
  'criminal-279': {
    instrument: CRIMINAL,
    article: '第二百七十九条',
    quote: '冒充国家机关工作人员招摇撞骗的，处三年以下……冒充人民警察招摇撞骗的……从重处罚。',
    source: CRIMINAL_SOURCE,
    confidence: 'high',
    checkedOn,
  },
  'criminal-275': {
    instrument: CRIMINAL,
    article: '第二百七十五条',
    quote: '故意毁坏公私财物，数额较大或者有其他严重情节的……',
    source: CRIMINAL_SOURCE,
    confidence: 'high',
    checkedOn,
  },
  'provocation-interpretation-1': {
    instrument: '最高人民法院、最高人民检察院关于办理寻衅滋事刑事案件适用法律若干问题的解释（2013年7月22日起施行）',
    article: '第一条第三款',
    quote:
      '行为人因婚恋、家庭、邻里、债务等纠纷，实施殴打、辱骂、恐吓他人或者损毁、占用他人财物等行为的，一般不认定为“寻衅滋事”，但经有关部门批评制止或者处理处罚后，继续实施前列行为，破坏社会秩序的除外。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn,
  },
  'civil-465': {
    instrument: CIVIL,
    article: '第四百六十五条',
    quote: '依法成立的合同，受法律保护。依法成立的合同，仅对当事人具有法律约束力，但是法律另有规定的除外。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn,
  },
  'civil-1064': {
    instrument: CIVIL,
    article: '第一千零六十四条',
    quote:
      '夫妻双方共同签名或者夫妻一方事后追认等共同意思表示所负的债务，以及夫妻一方在婚姻关系存续期间以个人名义为家庭日常生活需要所负的债务，属于夫妻共同债务。夫妻一方在婚姻关系存续期间以个人名义超出家庭日常生活需要所负的债务，不属于夫妻共同债务；但是，债权人能够证明该债务用于夫妻共同生活、共同生产经营或者基于夫妻双方共同意思表示的除外。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn,
  },
  'civil-546': {
    instrument: CIVIL,
    article: '第五百四十六条第一款',
    quote: '债权人转让债权，未通知债务人的，该转让对债务人不发生效力。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn,
  },
  'civil-670': {
    instrument: CIVIL,
    article: '第六百七十条',
    quote: '借款的利息不得预先在本金中扣除。利息预先在本金中扣除的，应当按照实际借款数额返还借款并计算利息。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn,
  },
  'civil-680': {
    instrument: CIVIL,
    article: '第六百八十条第一款',
    quote: '禁止高利放贷，借款的利率不得违反国家有关规定。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn,
  },
  'civil-188': {
    instrument: CIVIL,
    article: '第一百八十八条',
    quote:
      '向人民法院请求保护民事权利的诉讼时效期间为三年。法律另有规定的，依照其规定。诉讼时效期间自权利人知道或者应当知道权利受到损害以及义务人之日起计算。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn,
  },
  'civil-192': {
    instrument: CIVIL,
    article: '第一百九十二条',
    quote:
      '诉讼时效期间届满的，义务人可以提出不履行义务的抗辩。诉讼时效期间届满后，义务人同意履行的，不得以诉讼时效期间届满为由抗辩；义务人已经自愿履行的，不得请求返还。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn,
  },
  'civil-195': {
    instrument: CIVIL,
    article: '第一百九十五条',
    quote:
      '有下列情形之一的，诉讼时效中断，从中断、有关程序终结时起，诉讼时效期间重新计算：（一）权利人向义务人提出履行请求；（二）义务人同意履行义务；（三）权利人提起诉讼或者申请仲裁；（四）与提起诉讼或者申请仲裁具有同等效力的其他情形。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn,
  },
  'civil-997': {
    instrument: CIVIL,
    article: '第九百九十七条',
    quote:
      '民事主体有证据证明行为人正在实施或者即将实施侵害其人格权的违法行为，不及时制止将使其合法权益受到难以弥补的损害的，有权依法向人民法院申请采取责令行为人停止有关行为的措施。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn,
  },
  'civil-1024': {
    instrument: CIVIL,
    article: '第一千零二十四条',
    quote: '（大意）民事主体享有名誉权，任何组织或者个人不得以侮辱、诽谤等方式侵害他人的名誉权。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn,
  },
  'civil-1032': {
    instrument: CIVIL,
    article: '第一千零三十二条',
    quote:
      '自然人享有隐私权。任何组织或者个人不得以刺探、侵扰、泄露、公开等方式侵害他人的隐私权。隐私是自然人的私人生活安宁和不愿为他人知晓的私密空间、私密活动、私密信息。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn,
  },
  'civil-1033': {
    instrument: CIVIL,
    article: '第一千零三十三条第（一）（二）项',
    quote:
      '除法律另有规定或者权利人明确同意外，任何组织或者个人不得实施下列行为：（一）以电话、短信、即时通讯工具、电子邮件、传单等方式侵扰他人的私人生活安宁；（二）进入、拍摄、窥视他人的住宅、宾馆房间等私密空间……',
    source: COLLECTION,
    confidence: 'high',
    checkedOn,
  },
  'pipl-6': {
    instrument: PIPL,
    article: '第六条',
    quote: '收集个人信息，应当限于实现处理目的的最小范围，不得过度收集个人信息。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn,
  },
  'pipl-25': {
    instrument: PIPL,
    article: '第二十五条',
    quote: '不得公开其处理的个人信息，取得个人单独同意的除外。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn,
  },
  'private-lending-1': {
    instrument: PRIVATE_LENDING,
    article: '第一条第二款',
    quote: '经金融监管部门批准设立的从事贷款业务的金融机构及其分支机构，因发放贷款等相关金融业务引发的纠纷，不适用本规定。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn,
  },
  'private-lending-25': {
    instrument: PRIVATE_LENDING,
    article: '第二十五条第一款',
    quote:
      '出借人请求借款人按照合同约定利率支付利息的，人民法院应予支持，但是双方约定的利率超过合同成立时一年期贷款市场报价利率四倍的除外。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn,
  },
  'cba-guideline-hours': {
    instrument: CBA,
    quote: '未经债务人同意，严禁在每日晚22:00至次日早8:00进行电话催收、外访催收及其他催收。',
    source: '据北京商报、中国证券报、经济参考报等财经媒体报道，原文未见',
    confidence: 'medium',
    checkedOn,
  },
  'cba-guideline-third-parties': {
    instrument: CBA,
    quote:
      '催收人员仅可在债务人本人手机号码无效、连续三次无法联系上本人等失联情形下，才可联系第三人，且需严格区分债务相关第三人与无关第三人。',
    source: '据长沙晚报等媒体报道，原文未见',
    confidence: 'medium',
    checkedOn,
  },
  'cba-guideline-home': {
    instrument: CBA,
    quote: '（列为禁止行为）未经同意，进入住宅等私人场所或债务人所在的相关办公区域实施催收。',
    source: '据北京商报、经济参考报报道，原文未见',
    confidence: 'medium',
    checkedOn,
  },
  'card-rules-68': {
    instrument: CARD_RULES,
    article: '第六十八条',
    quote:
      '发卡银行应当对债务人本人及其担保人进行催收，不得对与债务无关的第三人进行催收，不得采用暴力、胁迫、恐吓或辱骂等不当催收行为。对催收过程应当进行录音，录音资料至少保存2年备查。',
    source: CARD_SOURCE,
    confidence: 'medium',
    checkedOn,
  },
  'card-rules-70': {
    instrument: CARD_RULES,
    article: '第七十条',
    quote:
      '在特殊情况下，确认信用卡欠款金额超出持卡人还款能力、且持卡人仍有还款意愿的，发卡银行可以与持卡人平等协商，达成个性化分期还款协议。个性化分期还款协议的最长期限不得超过5年。……双方达成一致意见并签署分期还款协议的，发卡银行及其发卡业务服务机构应当停止对该持卡人的催收，持卡人不履行分期还款协议的情况除外。',
    source: CARD_SOURCE,
    confidence: 'medium',
    checkedOn,
  },
  'consumer-protection-rules': {
    instrument: '银行保险机构消费者权益保护管理办法（原银保监会令2022年第9号，2023年3月1日起施行）',
    quote:
      '委托外部机构实施催收前，应当采取适当方式告知债务人。银行保险机构自行或者委托外部机构催收过程中不得存在冒用行政机关、司法机关等名义，采取暴力、恐吓、欺诈等不正当手段，采用其他违法违规和违背公序良俗的手段实施催收的情形。',
    source: '据北京商报2022年12月30日对发布的报道，原文未见，条号未经核实',
    confidence: 'medium',
    checkedOn,
  },
  'complaint-rules-deadlines': {
    instrument: COMPLAINT_RULES,
    article: '第十八条',
    quote:
      '……对于事实清楚、争议情况简单的消费投诉，应当自收到消费投诉之日起15日内作出处理决定并告知投诉人，情况复杂的可以延长至30日；情况特别复杂或者有其他特殊原因的，经其上级机构或者总行、总公司高级管理人员审批并告知投诉人，可以再延长30日。',
    source: GAZETTE_2020_14,
    confidence: 'high',
    checkedOn: pass2,
  },
  'civil-procedure-227': {
    instrument: CIVIL_PROCEDURE,
    article: '第二百二十七条第二款、第三款',
    quote:
      '债务人应当自收到支付令之日起十五日内清偿债务，或者向人民法院提出书面异议。债务人在前款规定的期间不提出异议又不履行支付令的，债权人可以向人民法院申请执行。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn,
  },
  'civil-procedure-interpretation-106': {
    instrument: '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释（2022年修正，2022年4月10日起施行）',
    article: '第一百零六条',
    quote:
      '对以严重侵害他人合法权益、违反法律禁止性规定或者严重违背公序良俗的方法形成或者获取的证据，不得作为认定案件事实的根据。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn,
  },
  'evidence-rules-15': {
    instrument: '最高人民法院关于民事诉讼证据的若干规定（2019年修正）',
    article: '第十五条',
    quote: '（大意）以录音、录像等视听资料作证据的，应当提供存储它的原始载体；以电子数据作证据的，应当提供原件，或者与原件一致的副本、打印件。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn,
  },
  'police-admin-procedure-61': {
    instrument: '公安机关办理行政案件程序规定（2018年修正，公安部令第149号）',
    article: '第六十一条第（一）项、第（三）项',
    quote:
      '（一）对属于本单位管辖范围内的案件，应当立即调查处理，制作受案登记表和受案回执，并将受案回执交报案人、控告人、举报人、扭送人；……（三）对不属于公安机关职责范围的事项，在接报案时能够当场判断的，应当立即口头告知报案人……向其他主管机关报案或者投案，报案人……对口头告知内容有异议或者不能当场判断的，应当书面告知，但因没有联系方式、身份不明等客观原因无法书面告知的除外。',
    source: `${COLLECTION}（刑事报案另见《公安机关办理刑事案件程序规定》第一百七十一条）`,
    confidence: 'high',
    checkedOn: pass2,
  },
  'police-law-21': {
    instrument: POLICE_LAW,
    article: '第二十一条',
    quote:
      '人民警察遇到公民人身、财产安全受到侵犯或者处于其他危难情形，应当立即救助；对公民提出解决纠纷的要求，应当给予帮助；对公民的报警案件，应当及时查处。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn,
  },
  // Verification pass 2 (2026-12-01)
  'civil-procedure-90': {
    instrument: CIVIL_PROCEDURE,
    article: '第九十条',
    quote:
      '经受送达人同意，人民法院可以采用能够确认其收悉的电子方式送达诉讼文书。通过电子方式送达的判决书、裁定书、调解书，受送达人提出需要纸质文书的，人民法院应当提供。采用前款方式送达的，以送达信息到达受送达人特定系统的日期为送达日期。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'civil-procedure-95': {
    instrument: CIVIL_PROCEDURE,
    article: '第九十五条',
    quote: '受送达人下落不明，或者用本节规定的其他方式无法送达的，公告送达。自发出公告之日起，经过三十日，即视为送达。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'civil-procedure-128': {
    instrument: CIVIL_PROCEDURE,
    article: '第一百二十八条第一款、第二款',
    quote:
      '人民法院应当在立案之日起五日内将起诉状副本发送被告，被告应当在收到之日起十五日内提出答辩状。……被告不提出答辩状的，不影响人民法院审理。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'civil-procedure-147': {
    instrument: CIVIL_PROCEDURE,
    article: '第一百四十七条',
    quote: '被告经传票传唤，无正当理由拒不到庭的，或者未经法庭许可中途退庭的，可以缺席判决。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'civil-procedure-165': {
    instrument: CIVIL_PROCEDURE,
    article: '第一百六十五条',
    quote:
      '……标的额为各省、自治区、直辖市上年度就业人员年平均工资百分之五十以下的，适用小额诉讼的程序审理，实行一审终审。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'civil-procedure-171': {
    instrument: CIVIL_PROCEDURE,
    article: '第一百七十一条',
    quote:
      '当事人不服地方人民法院第一审判决的，有权在判决书送达之日起十五日内向上一级人民法院提起上诉。当事人不服地方人民法院第一审裁定的，有权在裁定书送达之日起十日内向上一级人民法院提起上诉。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'civil-193': {
    instrument: CIVIL,
    article: '第一百九十三条',
    quote: '人民法院不得主动适用诉讼时效的规定。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'limitation-rules-2': {
    instrument: LIMITATION_RULES,
    article: '第二条',
    quote: '当事人未提出诉讼时效抗辩，人民法院不应对诉讼时效问题进行释明。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'limitation-rules-3': {
    instrument: LIMITATION_RULES,
    article: '第三条',
    quote:
      '当事人在一审期间未提出诉讼时效抗辩，在二审期间提出的，人民法院不予支持，但其基于新的证据能够证明对方当事人的请求权已过诉讼时效期间的情形除外。（第二款大意：未按前款规定提出诉讼时效抗辩的，申请再审时再以诉讼时效届满为由提出，也不予支持。）',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'limitation-rules-8': {
    instrument: LIMITATION_RULES,
    article: '第八条第（二）项',
    quote:
      '（下列情形属于“权利人向义务人提出履行请求”，诉讼时效中断）（二）当事人一方以发送信件或者数据电文方式主张权利，信件或者数据电文到达或者应当到达对方当事人的',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'limitation-rules-14': {
    instrument: LIMITATION_RULES,
    article: '第十四条',
    quote:
      '义务人作出分期履行、部分履行、提供担保、请求延期履行、制定清偿债务计划等承诺或者行为的，应当认定为民法典第一百九十五条规定的“义务人同意履行义务”。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'limitation-rules-17': {
    instrument: LIMITATION_RULES,
    article: '第十七条第一款',
    quote: '债权转让的，应当认定诉讼时效从债权转让通知到达债务人之日起中断。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'limitation-rules-19': {
    instrument: LIMITATION_RULES,
    article: '第十九条第一款、第三款',
    quote:
      '诉讼时效期间届满，当事人一方向对方当事人作出同意履行义务的意思表示或者自愿履行义务后，又以诉讼时效期间届满为由进行抗辩的，人民法院不予支持。……超过诉讼时效期间，贷款人向借款人发出催收到期贷款通知单，债务人在通知单上签字或者盖章，能够认定借款人同意履行诉讼时效期间已经届满的义务的，对于贷款人关于借款人放弃诉讼时效抗辩权的主张，人民法院应予支持。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'civil-686': {
    instrument: CIVIL,
    article: '第六百八十六条',
    quote:
      '保证的方式包括一般保证和连带责任保证。当事人在保证合同中对保证方式没有约定或者约定不明确的，按照一般保证承担保证责任。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'civil-687': {
    instrument: CIVIL,
    article: '第六百八十七条',
    quote:
      '当事人在保证合同中约定，债务人不能履行债务时，由保证人承担保证责任的，为一般保证。一般保证的保证人在主合同纠纷未经审判或者仲裁，并就债务人财产依法强制执行仍不能履行债务前，有权拒绝向债权人承担保证责任……（除外情形）（一）债务人下落不明，且无财产可供执行；（二）人民法院已经受理债务人破产案件；（三）债权人有证据证明债务人的财产不足以履行全部债务或者丧失履行债务能力；（四）保证人书面表示放弃本款规定的权利。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'civil-688': {
    instrument: CIVIL,
    article: '第六百八十八条',
    quote:
      '当事人在保证合同中约定保证人和债务人对债务承担连带责任的，为连带责任保证。……债权人可以请求债务人履行债务，也可以请求保证人在其保证范围内承担保证责任。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'civil-692': {
    instrument: CIVIL,
    article: '第六百九十二条第一款、第二款',
    quote:
      '保证期间是确定保证人承担保证责任的期间，不发生中止、中断和延长。……没有约定或者约定不明确的，保证期间为主债务履行期限届满之日起六个月。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'civil-693': {
    instrument: CIVIL,
    article: '第六百九十三条',
    quote:
      '一般保证的债权人未在保证期间对债务人提起诉讼或者申请仲裁的，保证人不再承担保证责任。连带责任保证的债权人未在保证期间请求保证人承担保证责任的，保证人不再承担保证责任。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'guarantee-interpretation-25': {
    instrument: GUARANTEE_INTERPRETATION,
    article: '第二十五条',
    quote:
      '（大意）保证合同写明“债务人不能履行债务或者无力偿还债务时才承担保证责任”等类似内容的，认定为一般保证；写明“债务人不履行债务或者未偿还债务时即承担保证责任、无条件承担保证责任”等类似内容的，认定为连带责任保证。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'civil-1161': {
    instrument: CIVIL,
    article: '第一千一百六十一条',
    quote:
      '继承人以所得遗产实际价值为限清偿被继承人依法应当缴纳的税款和债务。超过遗产实际价值部分，继承人自愿偿还的不在此限。继承人放弃继承的，对被继承人依法应当缴纳的税款和债务可以不负清偿责任。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'civil-1124': {
    instrument: CIVIL,
    article: '第一千一百二十四条第一款',
    quote: '继承开始后，继承人放弃继承的，应当在遗产处理前，以书面形式作出放弃继承的表示；没有表示的，视为接受继承。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'civil-18': {
    instrument: CIVIL,
    article: '第十八条第二款',
    quote: '十六周岁以上的未成年人，以自己的劳动收入为主要生活来源的，视为完全民事行为能力人。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'civil-19': {
    instrument: CIVIL,
    article: '第十九条',
    quote:
      '八周岁以上的未成年人为限制民事行为能力人，实施民事法律行为由其法定代理人代理或者经其法定代理人同意、追认；但是，可以独立实施纯获利益的民事法律行为或者与其年龄、智力相适应的民事法律行为。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'civil-20': {
    instrument: CIVIL,
    article: '第二十条',
    quote: '不满八周岁的未成年人为无民事行为能力人，由其法定代理人代理实施民事法律行为。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'civil-144': {
    instrument: CIVIL,
    article: '第一百四十四条',
    quote: '无民事行为能力人实施的民事法律行为无效。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'civil-145': {
    instrument: CIVIL,
    article: '第一百四十五条第一款、第二款',
    quote:
      '限制民事行为能力人实施的纯获利益的民事法律行为或者与其年龄、智力、精神健康状况相适应的民事法律行为有效；实施的其他民事法律行为经法定代理人同意或者追认后有效。相对人可以催告法定代理人自收到通知之日起三十日内予以追认。法定代理人未作表示的，视为拒绝追认。……',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'civil-157': {
    instrument: CIVIL,
    article: '第一百五十七条',
    quote:
      '民事法律行为无效、被撤销或者确定不发生效力后，行为人因该行为取得的财产，应当予以返还；不能返还或者没有必要返还的，应当折价补偿。……',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'civil-410': {
    instrument: CIVIL,
    article: '第四百一十条',
    quote:
      '债务人不履行到期债务或者发生当事人约定的实现抵押权的情形，抵押权人可以与抵押人协议以抵押财产折价或者以拍卖、变卖该抵押财产所得的价款优先受偿。……抵押权人与抵押人未就抵押权实现方式达成协议的，抵押权人可以请求人民法院拍卖、变卖抵押财产。抵押财产折价或者变卖的，应当参照市场价格。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'guarantee-interpretation-45': {
    instrument: GUARANTEE_INTERPRETATION,
    article: '第四十五条第一款',
    quote:
      '当事人约定当债务人不履行到期债务或者发生当事人约定的实现担保物权的情形，担保物权人有权将担保财产自行拍卖、变卖并就所得的价款优先受偿的，该约定有效。……',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'civil-752': {
    instrument: CIVIL,
    article: '第七百五十二条',
    quote:
      '承租人应当按照约定支付租金。承租人经催告后在合理期限内仍不支付租金的，出租人可以请求支付全部租金；也可以解除合同，收回租赁物。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'civil-758': {
    instrument: CIVIL,
    article: '第七百五十八条第一款',
    quote:
      '当事人约定租赁期限届满租赁物归承租人所有，承租人已经支付大部分租金，但是无力支付剩余租金，出租人因此解除合同收回租赁物，收回的租赁物的价值超过承租人欠付的租金以及其他费用的，承租人可以请求相应返还。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'psl-96': {
    instrument: PSL,
    article: '第九十六条第一款',
    quote: '……对现场发现的违反治安管理行为人，人民警察经出示人民警察证，可以口头传唤，但应当在询问笔录中注明。',
    source: PSL_SOURCE,
    confidence: 'high',
    checkedOn: pass2,
  },
  'psl-99': {
    instrument: PSL,
    article: '第九十九条第一款、第二款',
    quote:
      '人民警察询问被侵害人或者其他证人，可以在现场进行，也可以到其所在单位、住处或者其提出的地点进行……人民警察在公安机关以外询问被侵害人或者其他证人，应当出示人民警察证。',
    source: PSL_SOURCE,
    confidence: 'high',
    checkedOn: pass2,
  },
  'psl-133': {
    instrument: PSL,
    article: '第一百三十三条',
    quote:
      '公安机关及其人民警察办理治安案件，应当自觉接受社会和公民的监督。公安机关及其人民警察办理治安案件，不严格执法或者有违法违纪行为的，任何单位和个人都有权向公安机关或者人民检察院、监察机关检举、控告；收到检举、控告的机关，应当依据职责及时处理。',
    source: PSL_SOURCE,
    confidence: 'high',
    checkedOn: pass2,
  },
  'psl-139': {
    instrument: PSL,
    article: '第一百三十九条第一款第（九）项',
    quote:
      '人民警察办理治安案件，有下列行为之一的，依法给予处分；构成犯罪的，依法追究刑事责任：……（九）接到要求制止违反治安管理行为的报警后，不及时出警的',
    source: PSL_SOURCE,
    confidence: 'high',
    checkedOn: pass2,
  },
  'police-law-46': {
    instrument: POLICE_LAW,
    article: '第四十六条',
    quote:
      '公民或者组织对人民警察的违法、违纪行为，有权向人民警察机关或者人民检察院、行政监察机关检举、控告。受理检举、控告的机关应当及时查处，并将查处结果告知检举人、控告人。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'people-mediation-3': {
    instrument: PEOPLE_MEDIATION,
    article: '第三条第（一）项、第（三）项',
    quote:
      '（一）在当事人自愿、平等的基础上进行调解；……（三）尊重当事人的权利，不得因调解而阻止当事人依法通过仲裁、行政、司法等途径维护自己的权利。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'people-mediation-17': {
    instrument: PEOPLE_MEDIATION,
    article: '第十七条',
    quote: '……当事人一方明确拒绝调解的，不得调解。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'people-mediation-31': {
    instrument: PEOPLE_MEDIATION,
    article: '第三十一条第一款',
    quote: '经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'arbitration-4': {
    instrument: ARBITRATION,
    article: '第四条',
    quote:
      '当事人选择仲裁方式解决纠纷，应当遵循自愿原则，达成仲裁协议。没有仲裁协议，一方申请仲裁的，仲裁机构不予受理。',
    source: NPC_DB,
    confidence: 'high',
    checkedOn: pass2,
  },
  'arbitration-27': {
    instrument: ARBITRATION,
    article: '第二十七条第三款',
    quote:
      '一方当事人在申请仲裁时主张有仲裁协议，另一方当事人在首次开庭前不予否认的，经仲裁庭提示并记录，视为当事人之间存在仲裁协议。',
    source: NPC_DB,
    confidence: 'high',
    checkedOn: pass2,
  },
  'arbitration-72': {
    instrument: ARBITRATION,
    article: '第七十二条',
    quote: '当事人申请撤销裁决的，应当自收到裁决书之日起三个月内提出。',
    source: NPC_DB,
    confidence: 'high',
    checkedOn: pass2,
  },
  'contract-interpretation-48': {
    instrument: CONTRACT_INTERPRETATION,
    article: '第四十八条第一款、第二款',
    quote:
      '债务人在接到债权转让通知前已经向让与人履行，受让人请求债务人履行的，人民法院不予支持；债务人接到债权转让通知后仍然向让与人履行，受让人请求债务人履行的，人民法院应予支持。让与人未通知债务人，受让人直接起诉债务人请求履行债务，人民法院经审理确认债权转让事实的，应当认定债权转让自起诉状副本送达时对债务人发生效力。债务人主张因未通知而给其增加的费用或者造成的损失从认定的债权数额中扣除的，人民法院依法予以支持。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'contract-interpretation-49': {
    instrument: CONTRACT_INTERPRETATION,
    article: '第四十九条第二款',
    quote:
      '受让人基于债务人对债权真实存在的确认受让债权后，债务人又以该债权不存在为由拒绝向受让人履行的，人民法院不予支持。但是，受让人知道或者应当知道该债权不存在的除外。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'civil-548': {
    instrument: CIVIL,
    article: '第五百四十八条',
    quote: '债务人接到债权转让通知后，债务人对让与人的抗辩，可以向受让人主张。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'complaint-rules-20': {
    instrument: COMPLAINT_RULES,
    article: '第二十条',
    quote: '投诉人对银行保险机构分支机构消费投诉处理结果有异议的，可以自收到处理决定之日起30日内向其上级机构书面申请核查。',
    source: GAZETTE_2020_14,
    confidence: 'high',
    checkedOn: pass2,
  },
  'licence-rules-3': {
    instrument: '银行保险机构许可证管理办法（原银保监会令2021年第3号，2021年7月1日起施行）',
    article: '第三条',
    quote:
      '本办法所称银行保险机构包括政策性银行、大型银行、股份制银行、城市商业银行、民营银行、外资银行、农村中小银行机构等银行机构及其分支机构，保险集团（控股）公司、保险公司、保险资产管理公司、金融资产管理公司、信托公司、企业集团财务公司、金融租赁公司、汽车金融公司、货币经纪公司、消费金融公司、银行理财公司、金融资产投资公司……',
    source: '第三方逐字转载；是否已被新规替代未经核实',
    confidence: 'medium',
    checkedOn: pass2,
  },
  'private-lending-31': {
    instrument: PRIVATE_LENDING,
    article: '第三十一条第二款',
    quote:
      '2020年8月20日之后新受理的一审民间借贷案件，借贷合同成立于2020年8月20日之前，当事人请求适用当时的司法解释计算自合同成立到2020年8月19日的利息部分的，人民法院应予支持；对于自2020年8月20日到借款返还之日的利息部分，适用起诉时本规定的利率保护标准计算。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
  'criminal-196': {
    instrument: CRIMINAL,
    article: '第一百九十六条第一款第（四）项、第二款',
    quote:
      '有下列情形之一，进行信用卡诈骗活动，数额较大的，处五年以下有期徒刑或者拘役……（四）恶意透支的。……前款所称恶意透支，是指持卡人以非法占有为目的，超过规定限额或者规定期限透支，并且经发卡银行催收后仍不归还的行为。',
    source: CRIMINAL_SOURCE,
    confidence: 'high',
    checkedOn: pass2,
  },
  'card-crime-interpretation-6': {
    instrument:
      '最高人民法院、最高人民检察院关于办理妨害信用卡管理刑事案件具体应用法律若干问题的解释（法释〔2009〕19号；2018年修改，2018年12月1日起施行）',
    article: '第六条',
    quote:
      '持卡人以非法占有为目的，超过规定限额或者规定期限透支，经发卡银行两次有效催收后超过三个月仍不归还的，应当认定为刑法第一百九十六条规定的“恶意透支”。……不得单纯依据持卡人未按规定还款的事实认定非法占有目的。',
    source: COLLECTION,
    confidence: 'high',
    checkedOn: pass2,
  },
} satisfies Record<StatuteId, Statute>;

export default statutes as Record<StatuteId, Statute>;
