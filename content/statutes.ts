import type { StatuteId } from './ids';
import type { Statute } from './schema';

/**
 * The statute catalogue: every citation content may make, resolved by id.
 * Facts, quotes and confidence come from /work/shared/legal-facts.md (its Verification pass wins).
 * A quote marked 「（大意）」 is a faithful summary: legal-facts.md gives a gloss, not the wording.
 * 'medium' = the primary text was not seen (news reports or third-party verbatim copies).
 */

const checkedOn = '2026-11-29';

const PSL = '中华人民共和国治安管理处罚法（2025年修订，2026年1月1日起施行）';
const PSL_SOURCE = 'legal-facts.md §2.2；全国人大 国家法律法规数据库文本';
const CRIMINAL = '中华人民共和国刑法（现行文本，含刑法修正案（十二））';
const CRIMINAL_SOURCE = 'legal-facts.md §2.1；刑法现行文本';
const CIVIL = '中华人民共和国民法典（2021年1月1日起施行）';
const PIPL = '中华人民共和国个人信息保护法（2021年11月1日起施行）';
const PRIVATE_LENDING =
  '最高人民法院关于审理民间借贷案件适用法律若干问题的规定（2020年12月第二次修正，2021年1月1日起施行）';
const CBA =
  '中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026年1月30日发布；行业自律规定，不是法律）';
const CBA_ARTICLE = '（未公布条号；据2026年1月财经媒体报道）';
const CARD_RULES = '商业银行信用卡业务监督管理办法（原银监会令2011年第2号）';
const CARD_SOURCE = 'legal-facts.md 核实部分 §1；多份第三方转载全文一致';

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
    source: `${PSL_SOURCE}；最高人民检察院网站转载`,
    confidence: 'high',
    checkedOn,
  },
  'psl-50-2': {
    instrument: PSL,
    article: '第五十条第二款',
    quote:
      '除依照前款规定给予处罚外，经公安机关负责人批准，可以责令其一定期限内禁止接触被侵害人。对违反禁止接触规定的，处五日以上十日以下拘留，可以并处一千元以下罚款。',
    source: PSL_SOURCE,
    confidence: 'high',
    checkedOn,
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
    source: 'legal-facts.md §2.1；司法解释文本',
    confidence: 'high',
    checkedOn,
  },
  'civil-465': {
    instrument: CIVIL,
    article: '第四百六十五条',
    quote: '依法成立的合同，受法律保护。依法成立的合同，仅对当事人具有法律约束力，但是法律另有规定的除外。',
    source: 'legal-facts.md §1.4、核实部分 §4；民法典合同编文本',
    confidence: 'high',
    checkedOn,
  },
  'civil-1064': {
    instrument: CIVIL,
    article: '第一千零六十四条',
    quote:
      '夫妻双方共同签名或者夫妻一方事后追认等共同意思表示所负的债务，以及夫妻一方在婚姻关系存续期间以个人名义为家庭日常生活需要所负的债务，属于夫妻共同债务。夫妻一方在婚姻关系存续期间以个人名义超出家庭日常生活需要所负的债务，不属于夫妻共同债务；但是，债权人能够证明该债务用于夫妻共同生活、共同生产经营或者基于夫妻双方共同意思表示的除外。',
    source: 'legal-facts.md §1.4、核实部分 §4；民法典婚姻家庭编文本',
    confidence: 'high',
    checkedOn,
  },
  'civil-546': {
    instrument: CIVIL,
    article: '第五百四十六条第一款',
    quote: '债权人转让债权，未通知债务人的，该转让对债务人不发生效力。',
    source: 'legal-facts.md 核实部分 §4；民法典合同编文本',
    confidence: 'high',
    checkedOn,
  },
  'civil-670': {
    instrument: CIVIL,
    article: '第六百七十条',
    quote: '借款的利息不得预先在本金中扣除。利息预先在本金中扣除的，应当按照实际借款数额返还借款并计算利息。',
    source: 'legal-facts.md §3.1、核实部分 §4；民法典合同编文本',
    confidence: 'high',
    checkedOn,
  },
  'civil-680': {
    instrument: CIVIL,
    article: '第六百八十条第一款',
    quote: '禁止高利放贷，借款的利率不得违反国家有关规定。',
    source: 'legal-facts.md §3.1、核实部分 §4；民法典合同编文本',
    confidence: 'high',
    checkedOn,
  },
  'civil-188': {
    instrument: CIVIL,
    article: '第一百八十八条',
    quote:
      '向人民法院请求保护民事权利的诉讼时效期间为三年。法律另有规定的，依照其规定。诉讼时效期间自权利人知道或者应当知道权利受到损害以及义务人之日起计算。',
    source: 'legal-facts.md 核实部分 §4；民法典总则编文本',
    confidence: 'high',
    checkedOn,
  },
  'civil-192': {
    instrument: CIVIL,
    article: '第一百九十二条',
    quote:
      '诉讼时效期间届满的，义务人可以提出不履行义务的抗辩。诉讼时效期间届满后，义务人同意履行的，不得以诉讼时效期间届满为由抗辩；义务人已经自愿履行的，不得请求返还。',
    source: 'legal-facts.md 核实部分 §4；民法典总则编文本',
    confidence: 'high',
    checkedOn,
  },
  'civil-195': {
    instrument: CIVIL,
    article: '第一百九十五条',
    quote:
      '有下列情形之一的，诉讼时效中断，从中断、有关程序终结时起，诉讼时效期间重新计算：（一）权利人向义务人提出履行请求；（二）义务人同意履行义务；（三）权利人提起诉讼或者申请仲裁；（四）与提起诉讼或者申请仲裁具有同等效力的其他情形。',
    source: 'legal-facts.md 核实部分 §4；民法典总则编文本',
    confidence: 'high',
    checkedOn,
  },
  'civil-997': {
    instrument: CIVIL,
    article: '第九百九十七条',
    quote:
      '民事主体有证据证明行为人正在实施或者即将实施侵害其人格权的违法行为，不及时制止将使其合法权益受到难以弥补的损害的，有权依法向人民法院申请采取责令行为人停止有关行为的措施。',
    source: 'legal-facts.md §3.1；民法典人格权编文本',
    confidence: 'high',
    checkedOn,
  },
  'civil-1024': {
    instrument: CIVIL,
    article: '第一千零二十四条',
    quote: '（大意）民事主体享有名誉权，任何组织或者个人不得以侮辱、诽谤等方式侵害他人的名誉权。',
    source: 'legal-facts.md §3.1；民法典人格权编文本',
    confidence: 'high',
    checkedOn,
  },
  'civil-1032': {
    instrument: CIVIL,
    article: '第一千零三十二条',
    quote:
      '自然人享有隐私权。任何组织或者个人不得以刺探、侵扰、泄露、公开等方式侵害他人的隐私权。隐私是自然人的私人生活安宁和不愿为他人知晓的私密空间、私密活动、私密信息。',
    source: 'legal-facts.md §3.1；民法典人格权编文本',
    confidence: 'high',
    checkedOn,
  },
  'civil-1033': {
    instrument: CIVIL,
    article: '第一千零三十三条第（一）（二）项',
    quote:
      '除法律另有规定或者权利人明确同意外，任何组织或者个人不得实施下列行为：（一）以电话、短信、即时通讯工具、电子邮件、传单等方式侵扰他人的私人生活安宁；（二）进入、拍摄、窥视他人的住宅、宾馆房间等私密空间……',
    source: 'legal-facts.md §1.4、§3.1；民法典人格权编文本',
    confidence: 'high',
    checkedOn,
  },
  'pipl-6': {
    instrument: PIPL,
    article: '第六条',
    quote: '收集个人信息，应当限于实现处理目的的最小范围，不得过度收集个人信息。',
    source: 'legal-facts.md §1.4；个人信息保护法文本',
    confidence: 'high',
    checkedOn,
  },
  'pipl-25': {
    instrument: PIPL,
    article: '第二十五条',
    quote: '不得公开其处理的个人信息，取得个人单独同意的除外。',
    source: 'legal-facts.md §1.4；个人信息保护法文本',
    confidence: 'high',
    checkedOn,
  },
  'private-lending-1': {
    instrument: PRIVATE_LENDING,
    article: '第一条第二款',
    quote: '经金融监管部门批准设立的从事贷款业务的金融机构及其分支机构，因发放贷款等相关金融业务引发的纠纷，不适用本规定。',
    source: 'legal-facts.md §3.3、核实部分 §10；司法解释文本',
    confidence: 'high',
    checkedOn,
  },
  'private-lending-25': {
    instrument: PRIVATE_LENDING,
    article: '第二十五条第一款',
    quote:
      '出借人请求借款人按照合同约定利率支付利息的，人民法院应予支持，但是双方约定的利率超过合同成立时一年期贷款市场报价利率四倍的除外。',
    source: 'legal-facts.md §3.3、核实部分 §10；司法解释文本',
    confidence: 'high',
    checkedOn,
  },
  'cba-guideline-hours': {
    instrument: CBA,
    article: CBA_ARTICLE,
    quote: '未经债务人同意，严禁在每日晚22:00至次日早8:00进行电话催收、外访催收及其他催收。',
    source: 'legal-facts.md §1.1、核实部分 §8；北京商报、中国证券报、经济参考报等多家报道，原文未见',
    confidence: 'medium',
    checkedOn,
  },
  'cba-guideline-third-parties': {
    instrument: CBA,
    article: CBA_ARTICLE,
    quote:
      '催收人员仅可在债务人本人手机号码无效、连续三次无法联系上本人等失联情形下，才可联系第三人，且需严格区分债务相关第三人与无关第三人。',
    source: 'legal-facts.md §1.1、核实部分 §8；长沙晚报等报道，原文未见',
    confidence: 'medium',
    checkedOn,
  },
  'cba-guideline-home': {
    instrument: CBA,
    article: CBA_ARTICLE,
    quote: '（列为禁止行为）未经同意，进入住宅等私人场所或债务人所在的相关办公区域实施催收。',
    source: 'legal-facts.md §1.1、核实部分 §8；北京商报、经济参考报报道，原文未见',
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
      '确认信用卡欠款金额超出持卡人还款能力、且持卡人仍有还款意愿的，发卡银行可以与持卡人平等协商，达成个性化分期还款协议。个性化分期还款协议的最长期限不得超过5年。……双方达成一致意见并签署分期还款协议的，发卡银行及其发卡业务服务机构应当停止对该持卡人的催收，持卡人不履行分期还款协议的情况除外。',
    source: CARD_SOURCE,
    confidence: 'medium',
    checkedOn,
  },
  'consumer-protection-rules': {
    instrument: '银行保险机构消费者权益保护管理办法（原银保监会令2022年第9号，2023年3月1日起施行）',
    article: '（条号未经核实；据2022年12月30日北京商报对发布的报道）',
    quote:
      '委托外部机构实施催收前，应当采取适当方式告知债务人。银行保险机构自行或者委托外部机构催收过程中不得存在冒用行政机关、司法机关等名义，采取暴力、恐吓、欺诈等不正当手段，采用其他违法违规和违背公序良俗的手段实施催收的情形。',
    source: 'legal-facts.md §1.3、核实部分 §2；北京商报报道，原文未见',
    confidence: 'medium',
    checkedOn,
  },
  'complaint-rules-deadlines': {
    instrument: '银行业保险业消费投诉处理管理办法（原银保监会令2020年第3号，2020年3月1日起施行）',
    article: '（条号未经核实）',
    quote:
      '对于事实清楚、争议情况简单的消费投诉，应当自收到消费投诉之日起15日内作出处理决定并告知投诉人，情况复杂的可以延长至30日；情况特别复杂或者有其他特殊原因的，经其上级机构或者总行、总公司高级管理人员审批并告知投诉人，可以再延长30日。',
    source: 'legal-facts.md §5、核实部分 §3；财新等多份转载文字一致，原文未见',
    confidence: 'medium',
    checkedOn,
  },
  'civil-procedure-227': {
    instrument: '中华人民共和国民事诉讼法（2023年修正，2024年1月1日起施行）',
    article: '第二百二十七条第二款、第三款',
    quote:
      '债务人应当自收到支付令之日起十五日内清偿债务，或者向人民法院提出书面异议。债务人在前款规定的期间不提出异议又不履行支付令的，债权人可以向人民法院申请执行。',
    source: 'legal-facts.md 核对记录 §5（LawRefBook/Laws 民事诉讼法(2023-09-01).md）',
    confidence: 'high',
    checkedOn,
  },
  'civil-procedure-interpretation-106': {
    instrument: '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释（2022年修正，2022年4月10日起施行）',
    article: '第一百零六条',
    quote:
      '对以严重侵害他人合法权益、违反法律禁止性规定或者严重违背公序良俗的方法形成或者获取的证据，不得作为认定案件事实的根据。',
    source: 'legal-facts.md §4；司法解释文本',
    confidence: 'high',
    checkedOn,
  },
  'evidence-rules-15': {
    instrument: '最高人民法院关于民事诉讼证据的若干规定（2019年修正）',
    article: '第十五条',
    quote: '（大意）以录音、录像等视听资料作证据的，应当提供存储它的原始载体；以电子数据作证据的，应当提供原件，或者与原件一致的副本、打印件。',
    source: 'legal-facts.md §4；司法解释文本',
    confidence: 'high',
    checkedOn,
  },
  'police-admin-procedure-61': {
    instrument: '公安机关办理行政案件程序规定（2018年修正）',
    article: '第六十一条第（一）项',
    quote: '制作受案登记表和受案回执，并将受案回执交报案人。',
    source: 'legal-facts.md §4、§6；部门规章文本（刑事案件另见《公安机关办理刑事案件程序规定》第一百七十一条）',
    confidence: 'high',
    checkedOn,
  },
  'police-law-21': {
    instrument: '中华人民共和国人民警察法（2012年修正）',
    article: '第二十一条',
    quote:
      '人民警察遇到公民人身、财产安全受到侵犯或者处于其他危难情形，应当立即救助；对公民提出解决纠纷的要求，应当给予帮助；对公民的报警案件，应当及时查处。',
    source: 'legal-facts.md §6；人民警察法文本',
    confidence: 'high',
    checkedOn,
  },
} satisfies Record<StatuteId, Statute>;

export default statutes;
