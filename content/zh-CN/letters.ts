import type { StatuteId } from '../ids';
import type { Letter, LetterIncident, LetterInput, LetterTemplates } from '../letter-types';

/**
 * The letters of the notebook (flow.md, "Letters and the notebook"), filled from the answers and the log.
 * Every legal sentence is added through `say`, which records its statute ids, so `legalBasis`
 * lists exactly the claims a letter makes. Claims follow legal-facts.md (its Verification pass wins):
 * 可能涉嫌 / 可能违反 for conduct, no amount owed, no promised outcome.
 */

const BLANK = '________';
const DATE_BLANK = '____年__月__日';
const blank = (hint: string) => `${BLANK}（${hint}）`;
const orBlank = (value: string, hint: string) => value.trim() || blank(hint);

/** Drops trailing punctuation from what the user typed, so sentences end once. */
const clause = (text: string) => text.trim().replace(/[。；;，,.!！?？\s]+$/u, '');

type Facts = LetterInput['facts'];
const has = (f: Facts, ...codes: string[]) => codes.some((code) => f.happened.includes(code));
/** Banks and consumer-finance companies: NFRA-supervised, the 15-day complaint rule applies. */
const isNfra = (f: Facts) => f.lenderType === 'bank' || f.lenderType === 'consumer-finance';
const THIRD_PARTIES = ['contacts', 'workplace', 'relatives'] as const;
const contactedOthers = (f: Facts) => has(f, ...THIRD_PARTIES);

/** Collects the paragraphs of one section and the statute ids its claims rest on. */
function citer() {
  const ids: StatuteId[] = [];
  return {
    ids,
    add: (...more: StatuteId[]) => {
      for (const id of more) if (!ids.includes(id)) ids.push(id);
    },
  };
}
type Cite = ReturnType<typeof citer>;

const lenderOf = (input: LetterInput) => orBlank(input.fields.lender, '借款机构名称');
const accountOf = (input: LetterInput) => orBlank(input.fields.account, '账号或合同号后四位');
const nameOf = (input: LetterInput) => orBlank(input.fields.name, '姓名');
const todayOf = (input: LetterInput) => input.today.trim() || DATE_BLANK;

const signature = (role: string, input: LetterInput) => [
  `${role}：${nameOf(input)}`,
  `联系电话：${blank('手机号')}`,
  todayOf(input),
];

/* ---------- Facts ---------- */

function incidentParagraph(incident: LetterIncident, index: number, total: number): string {
  const people = clause(incident.people);
  const parts = [
    `${total > 1 ? `第${index + 1}次：` : ''}${clause(incident.when) || blank('日期和时间')}。`,
    people ? `来人：${people}${/^\d+$/.test(people) ? '人' : ''}。` : '',
    clause(incident.names) ? `对方自称：${clause(incident.names)}。` : '',
    clause(incident.what) ? `经过：${clause(incident.what)}。` : `经过：${blank('说了什么、做了什么')}。`,
    clause(incident.notes) ? `补充：${clause(incident.notes)}。` : '',
  ];
  return parts.join('');
}

/** One paragraph per logged incident, or a sentence with blanks when nothing was logged. */
function incidentParagraphs(input: LetterInput): string[] {
  const { incidents } = input;
  if (incidents.length === 0) {
    return [
      `${DATE_BLANK}__时__分，${blank('几个人')}自称是${blank('公司或机构名称')}的人员，${blank('上门、打电话或发消息')}，${blank('说了什么、做了什么')}。`,
    ];
  }
  return incidents.map((incident, i) => incidentParagraph(incident, i, incidents.length));
}

/** 「发生过的情况包括：…」 from the `happened` codes, or nothing. */
function happenedSummary(input: LetterInput): string[] {
  const labels = input.facts.happened.map((code) => input.happenedLabel(code)).filter(Boolean);
  return labels.length > 0 ? [`发生过的情况包括：${labels.join('；')}。`] : [];
}

/** The evidence list, from what happened and the files named in the log. */
function evidenceList(input: LetterInput, options: { receipt: boolean }): string[] {
  const f = input.facts;
  const items: string[] = [];
  for (const incident of input.incidents) {
    const files = clause(incident.files);
    if (files) items.push(`${clause(incident.when) || '记录'}的录音、照片：${files}`);
  }
  if (has(f, 'night-visit', 'entered', 'holding', 'threats') || f.nightVisit) {
    items.push('上门时的录音、录像（原件保存在原来的手机或门口监控里）');
  }
  if (has(f, 'calls', 'threats', 'impersonation')) items.push('通话记录和短信、微信截图（能看到号码和时间）');
  if (contactedOthers(f)) items.push('家人、同事收到的来电记录和消息截图');
  if (has(f, 'damage')) items.push('现场照片（清理前拍摄，能看到门牌号）');
  if (has(f, 'followed')) items.push('跟踪、蹲守的照片或视频');
  if (has(f, 'exposed')) items.push('网上帖子、群消息的截图和网页链接');
  if (has(f, 'car-taken')) items.push('车辆被拖走（开走）时的照片和收到的通知');
  if (items.length === 0) items.push(`录音、截图、照片等证据：${blank('列出文件名称')}`);
  if (options.receipt) items.push(`报警受案回执复印件（如有，编号：${BLANK}）`);
  return items;
}

/* ---------- The rules broken (lender and regulator complaints) ---------- */

const CBA = '根据中国银行业协会2026年发布的催收工作指引（试行）';

/** Which rules the facts touch, each only when the facts support it. */
function ruleParagraphs(input: LetterInput, cite: Cite): string[] {
  const f = input.facts;
  const out: string[] = [];
  const say = (text: string, ...ids: StatuteId[]) => {
    out.push(text);
    cite.add(...ids);
  };
  const entered = has(f, 'entered');
  const others = contactedOthers(f);

  if (f.associationLender && (f.nightVisit || entered || others)) {
    const rules: string[] = [];
    const ids: StatuteId[] = [];
    if (f.nightVisit) {
      rules.push('未经债务人同意，晚22:00至次日早8:00不得电话催收或上门催收');
      ids.push('cba-guideline-hours');
    }
    if (entered) {
      rules.push('未经同意，不得进入住宅等私人场所实施催收');
      ids.push('cba-guideline-home');
    }
    if (others) {
      rules.push('只有在联系不上债务人本人等失联情形下，才可以联系第三人，且要严格区分与债务相关和无关的第三人');
      ids.push('cba-guideline-third-parties');
    }
    say(`${CBA}：${rules.join('；')}。`, ...ids);
    if (f.nightVisit) out.push('上面所说的夜间上门，没有经过我的同意。');
  }

  const intrusion = [
    ...(entered ? ['未经同意进入住宅，或让离开却不离开'] : []),
    ...(has(f, 'holding') ? ['不让人离开、要把人带走'] : []),
  ];
  if (intrusion.length > 0) {
    say(`${intrusion.join('；')}，可能涉嫌违反《治安管理处罚法》第四十七条。`, 'psl-47');
  }

  const intrusive = [
    ...(has(f, 'calls') ? ['频繁打电话、发短信'] : []),
    ...(has(f, 'contacts') ? ['联系我的家人和通讯录里的人'] : []),
    ...(has(f, 'workplace') ? ['到单位找我或打电话到单位'] : []),
    ...(has(f, 'relatives') ? ['找我的父母、孩子或老家'] : []),
  ];
  if (intrusive.length > 0) {
    say(
      `《民法典》第一千零三十三条规定，除法律另有规定或者权利人明确同意外，任何组织或者个人不得以电话、短信等方式侵扰他人的私人生活安宁。${intrusive.join('；')}，这些做法侵扰了我和他人的正常生活。`,
      'civil-1033',
    );
  }

  const threats = has(f, 'threats');
  if (f.lenderType === 'bank' && (others || threats)) {
    const rules = [
      ...(others ? ['不得对与债务无关的第三人进行催收'] : []),
      ...(threats ? ['不得采用暴力、胁迫、恐吓或辱骂等不当催收行为'] : []),
    ];
    say(`如为信用卡欠款，《商业银行信用卡业务监督管理办法》第六十八条规定，发卡银行${rules.join('，')}。`, 'card-rules-68');
  }

  const harassment = [...(threats ? ['威胁、辱骂'] : []), ...(has(f, 'followed') ? ['跟踪、蹲守'] : [])];
  if (harassment.length > 0) {
    say(`${harassment.join('；')}，可能违反《治安管理处罚法》第五十条。`, 'psl-50');
  }

  if (has(f, 'damage')) {
    say('泼漆、喷字、堵锁眼等损坏财物的行为，可能违反《治安管理处罚法》第五十九条。', 'psl-59');
  }

  if (has(f, 'exposed')) {
    say(
      '在网上、群里公开我的信息和照片，可能侵害我的名誉权（《民法典》第一千零二十四条）。《个人信息保护法》第二十五条规定，个人信息处理者不得公开其处理的个人信息，取得个人单独同意的除外。我没有同意过。',
      'civil-1024',
      'pipl-25',
    );
  }

  if (has(f, 'impersonation')) {
    if (isNfra(f)) {
      say(
        '根据《银行保险机构消费者权益保护管理办法》，银行保险机构自行或者委托外部机构催收，不得冒用行政机关、司法机关等名义。',
        'consumer-protection-rules',
      );
    } else {
      say('冒充国家机关工作人员，可能违反《治安管理处罚法》第六十二条。', 'psl-62');
    }
  }

  return out;
}

/** Who writes, in the writer's position; never admits a debt for someone who is not the borrower. */
function writerIntro(input: LetterInput): string[] {
  const name = nameOf(input);
  const account = accountOf(input);
  switch (input.facts.writer) {
    case 'family':
      return [
        `我是${name}。贵机构或贵机构委托的催收人员，因${blank('借款人姓名')}名下的借款（尾号${account}）联系我、找到我家。`,
        '我不是这笔借款的借款人，也没有作为共同借款人或担保人签字。',
      ];
    case 'not-related':
      return [
        `我是${name}。贵机构或贵机构委托的催收人员，因${blank('对方所说的借款人姓名')}的借款联系我。`,
        '我不认识这个人，和这笔借款没有关系。',
      ];
    case 'identity-theft':
      return [
        `我是${name}。贵机构或贵机构委托的催收人员，就一笔以我的名义办理的借款（尾号${account}）向我催收。`,
        '这笔借款不是我本人申请的，我的身份可能被他人冒用。',
      ];
    default:
      return [`我是${name}，在贵机构的借款账户尾号${account}。`];
  }
}

/** The writer's position in one sentence, for the regulator complaint. */
const WRITER_POSITION = {
  family: '我是借款人的家人，不是借款人，也没有作为共同借款人或担保人签字。',
  'not-related': '我不认识借款人，和这笔借款没有关系。',
  'identity-theft': '对方催收的借款不是我本人申请的，我的身份可能被他人冒用。',
} satisfies Record<Exclude<Facts['writer'], 'borrower'>, string>;

function agencyLine(input: LetterInput): string[] {
  const agency = clause(input.fields.agency);
  return agency ? [`向我催收的人员自称来自“${agency}”。`] : [];
}

/* ---------- 1. Complaint to the lender ---------- */

function lenderComplaint(input: LetterInput): Letter {
  const f = input.facts;
  const lender = lenderOf(input);
  const cite = citer();
  const nfra = isNfra(f);
  const borrower = f.writer === 'borrower';
  const agency = clause(input.fields.agency);

  const paragraphs = [
    ...writerIntro(input),
    ...agencyLine(input),
    '现就不当催收行为投诉如下。',
    '一、发生了什么',
    ...happenedSummary(input),
    ...incidentParagraphs(input),
  ];
  const rules = ruleParagraphs(input, cite);
  if (rules.length > 0) paragraphs.push('二、上述行为涉及的规定', ...rules);

  if (borrower && nfra) {
    paragraphs.push(
      '根据《银行保险机构消费者权益保护管理办法》，委托外部机构实施催收前，应当采取适当方式告知债务人。',
    );
    cite.add('consumer-protection-rules');
  }

  const requests: string[] = [];
  if (f.nightVisit) requests.push('不要在晚上10点到早上8点之间上门或打电话催收。');
  requests.push(
    borrower
      ? '只通过官方渠道与我本人联系。不要联系我的家人、同事、朋友和其他与借款无关的人。'
      : '停止联系我和我的家人、同事。有关这笔借款的事，请通过官方渠道处理。',
  );
  if (has(f, 'entered', 'holding', 'threats', 'damage', 'followed', 'exposed', 'impersonation')) {
    requests.push('立即停止上述行为，核查相关催收人员，并把处理结果告诉我。');
  }
  if (has(f, 'exposed')) requests.push('删除在网上、群里发布的我的信息和照片。');
  requests.push('书面告诉我，贵机构委托了哪家催收机构向我催收。');
  if (agency) requests.push(`来人自称是“${agency}”的人员。请书面确认贵机构是否委托了这家公司。`);
  if (borrower) {
    requests.push('书面确认我目前的欠款余额，并列出明细：本金、利息、罚息、各项费用和已还款记录。');
  }
  if (f.writer === 'identity-theft') {
    requests.push('提供这笔借款的申请记录：申请时间、使用的手机号、收款银行卡和签约记录。');
  }
  if (has(f, 'car-taken')) requests.push('书面说明车辆被拖走（开走）的依据，车辆现在在哪里，以及会怎样处理。');
  requests.push(nfra ? '在规定期限内书面答复我。' : '尽快书面答复我。');

  if (nfra) {
    paragraphs.push(
      '根据《银行业保险业消费投诉处理管理办法》，对事实清楚、争议简单的投诉，应当自收到之日起15日内作出处理决定并告知投诉人；情况复杂的，可以依规定延长。',
    );
    cite.add('complaint-rules-deadlines');
  }
  paragraphs.push(
    nfra
      ? '如果到期没有答复，或我对处理结果不满意，我将向国家金融监督管理总局（12378）反映。'
      : '如果没有答复，或我对处理结果不满意，我将向有关金融监管部门反映。',
  );

  return {
    title: '关于不当催收的投诉',
    recipient: `${lender}消费者投诉部门`,
    paragraphs,
    requests,
    attachments: evidenceList(input, { receipt: true }),
    legalBasis: cite.ids,
    signature: signature('投诉人', input),
  };
}

/* ---------- 2. Complaint to the regulator ---------- */

function regulatorComplaint(input: LetterInput): Letter {
  const f = input.facts;
  const nfra = f.regulator === 'nfra';
  const cite = citer();
  const showAccount = f.writer === 'borrower' || f.writer === 'identity-theft';
  const rules = ruleParagraphs(input, cite);

  const paragraphs = [
    `投诉人：${nameOf(input)}。`,
    `被投诉机构：${lenderOf(input)}${showAccount ? `（借款尾号${accountOf(input)}）` : ''}。`,
    ...(nfra ? [] : [`出资机构：${blank('借款合同或借款应用里写的放款机构、出资方')}。`]),
    ...agencyLine(input),
    ...(f.writer === 'borrower' ? [] : [WRITER_POSITION[f.writer]]),
    '该机构或其委托的催收人员有以下不当催收行为：',
    ...happenedSummary(input),
    ...incidentParagraphs(input),
    ...(rules.length > 0 ? ['上述行为涉及以下规定：', ...rules] : []),
    `我已于${DATE_BLANK}向该机构投诉，答复：${BLANK}（没有投诉过的，改为“尚未向该机构投诉”）。`,
  ];

  return {
    title: '关于不当催收的投诉',
    recipient: nfra
      ? '国家金融监督管理总局（12378投诉热线）'
      : `国家金融监督管理总局（12378）或${blank('省、市')}地方金融管理局`,
    paragraphs,
    requests: [
      '调查该机构及其委托的催收机构的不当催收行为。',
      '督促该机构停止不当催收，并书面答复我。',
    ],
    attachments: [
      ...evidenceList(input, { receipt: true }),
      '向该机构投诉的截图、投诉编号和答复（如有）',
    ],
    legalBasis: cite.ids,
    signature: signature('投诉人', input),
  };
}

/* ---------- 3. Statement for the police ---------- */

function policeStatement(input: LetterInput): Letter {
  const f = input.facts;
  const cite = citer();
  const say = (list: string[], text: string, ...ids: StatuteId[]) => {
    list.push(text);
    cite.add(...ids);
  };
  const agency = clause(input.fields.agency);
  const lender = clause(input.fields.lender);
  const who = agency
    ? `自称“${agency}”${lender ? `受“${lender}”委托` : ''}的催收人员`
    : lender
      ? `自称为“${lender}”催收的人员`
      : `自称是${blank('公司或机构名称')}的催收人员`;

  const paragraphs = [
    `报案人：${nameOf(input)}；身份证号：${BLANK}；住址：${BLANK}。`,
    `我要报告的是${who}对我和家人做的事。经过如下（按时间先后）：`,
    ...incidentParagraphs(input),
    ...happenedSummary(input),
    `这些事对我和家人的影响：${blank('例如不敢开门、孩子受到惊吓、门锁被损坏、无法正常上班')}。`,
  ];

  const conduct: string[] = [];
  const intrusion = [
    ...(has(f, 'entered') ? ['未经同意进入住宅、让离开却不离开'] : []),
    ...(has(f, 'holding') ? ['不让人离开、要把人带走'] : []),
  ];
  if (intrusion.length > 0) {
    say(conduct, `${intrusion.join('；')}，可能涉嫌违反《治安管理处罚法》第四十七条。`, 'psl-47');
  }
  const fifty = [
    ...(has(f, 'threats') ? ['威胁、辱骂'] : []),
    ...(f.nightVisit ? ['夜间上门'] : []),
    ...(has(f, 'calls') ? ['频繁打电话、发短信'] : []),
    ...(has(f, 'followed') ? ['跟踪、蹲守'] : []),
    ...(has(f, 'workplace', 'relatives') ? ['到单位、学校或老家纠缠'] : []),
    ...(has(f, 'exposed') ? ['在网上、群里散布我的隐私和个人信息'] : []),
  ];
  if (fifty.length > 0) {
    say(conduct, `${fifty.join('；')}，这些行为干扰我的正常生活，可能涉嫌违反《治安管理处罚法》第五十条。`, 'psl-50');
  }
  if (has(f, 'damage')) {
    say(conduct, '泼漆、喷字、堵锁眼等损坏财物的行为，可能涉嫌违反《治安管理处罚法》第五十九条。', 'psl-59');
  }
  if (has(f, 'impersonation')) {
    say(conduct, '冒充国家机关工作人员，可能涉嫌违反《治安管理处罚法》第六十二条。', 'psl-62');
  }
  if (f.illegalLending && (f.nightVisit || has(f, 'entered', 'holding', 'threats', 'followed', 'calls', 'relatives'))) {
    say(
      conduct,
      '这笔借款可能属于高利放贷等产生的非法债务。用上述方式催收，可能涉嫌催收非法债务罪（《刑法》第二百九十三条之一）。',
      'criminal-293-1',
    );
  }
  if (conduct.length > 0) paragraphs.push('我认为，对方的行为：', ...conduct, '具体如何认定，请公安机关依法判断。');

  if (f.writer === 'identity-theft') {
    paragraphs.push('另外，对方催收的借款不是我本人申请的，我的身份可能被他人冒用，请一并调查。');
  } else if (f.writer === 'borrower') {
    paragraphs.push('借款本身的问题，我会通过合法途径另行处理。本次只报告上述行为。');
  } else {
    paragraphs.push('我不是借款人。本次只报告上述行为。');
  }
  paragraphs.push('我的证据见附件，原始录音、照片都保存在手机里，可以当面出示。');

  const requests = ['依法受案，调查处理上述行为。根据《治安管理处罚法》第九十条，公安机关应当立即立案并进行调查。'];
  cite.add('psl-90');
  requests.push('出具受案回执。根据《公安机关办理行政案件程序规定》第六十一条，受案后应当将受案回执交报案人。');
  cite.add('police-admin-procedure-61');
  if (has(f, 'threats', 'followed')) {
    requests.push(
      '对方威胁、跟踪我和家人。请考虑依法责令对方在一定期限内禁止接触我和家人（《治安管理处罚法》第五十条第二款）。',
    );
    cite.add('psl-50-2');
  }

  return {
    title: '报案材料',
    recipient: blank('派出所名称'),
    paragraphs,
    requests,
    attachments: evidenceList(input, { receipt: false }),
    legalBasis: cite.ids,
    signature: signature('报案人', input),
  };
}

/* ---------- 4. Not my debt: stop contacting me ---------- */

function notMyDebt(input: LetterInput): Letter {
  const f = input.facts;
  const cite = citer();
  const lender = lenderOf(input);
  const name = nameOf(input);
  const say = (list: string[], text: string, ...ids: StatuteId[]) => {
    list.push(text);
    cite.add(...ids);
  };
  const stopCalling = (list: string[]) =>
    say(
      list,
      '《民法典》第一千零三十三条规定，除法律另有规定或者权利人明确同意外，任何组织或者个人不得以电话、短信等方式侵扰他人的私人生活安宁。',
      'civil-1033',
    );
  const requests = [
    '停止联系我，也不要联系我的家人和同事。',
    '把我的电话号码从催收名单里删除。',
    '书面确认已经处理。',
  ];
  const attachments = [...evidenceList(input, { receipt: f.writer !== 'identity-theft' })];

  let title: string;
  const paragraphs: string[] = [];

  switch (f.writer) {
    case 'family': {
      title = '我不是借款人，请停止联系我';
      paragraphs.push(
        `我是${name}。贵机构或贵机构委托的催收人员，因${blank('借款人姓名')}名下的借款多次联系我。`,
        '我是他（她）的家人，但我不是这笔借款的借款人，也没有作为共同借款人或担保人签字。',
      );
      say(
        paragraphs,
        '《民法典》第四百六十五条规定，依法成立的合同，仅对当事人具有法律约束力。我不会替他签字或还款。',
        'civil-465',
      );
      paragraphs.push('有关这笔借款的事，请通过官方渠道联系借款人本人。我不会提供他的住址、单位和电话。');
      stopCalling(paragraphs);
      if (f.associationLender) {
        say(
          paragraphs,
          `${CBA}，催收人员仅可在债务人本人失联等情形下才可联系第三人，且需严格区分债务相关第三人与无关第三人。`,
          'cba-guideline-third-parties',
        );
      }
      if (f.lenderType === 'bank') {
        say(
          paragraphs,
          '如为信用卡欠款，《商业银行信用卡业务监督管理办法》第六十八条规定，发卡银行不得对与债务无关的第三人进行催收。',
          'card-rules-68',
        );
      }
      break;
    }
    case 'identity-theft': {
      title = '这笔借款不是我申请的，请停止向我催收';
      paragraphs.push(
        `我是${name}。贵机构或贵机构委托的催收人员，就一笔以我的名义办理的借款（尾号${accountOf(input)}）向我催收。`,
        '我从来没有申请过这笔借款，也没有签过合同。我的身份可能被他人冒用了。',
        `我已经（或将要）向公安机关报案，受案回执编号：${blank('报案后填写')}。`,
        '在查清之前，我不会承认这笔借款，也不会就它签署任何文件。',
        '我将向中国人民银行征信中心提出征信异议。',
      );
      requests.splice(
        0,
        1,
        '停止向我催收，也不要联系我的家人和同事。',
        '提供这笔借款的申请记录：申请时间、使用的手机号、收款银行卡、签约记录和放款去向。',
        '核查这笔借款是否为冒名办理，并书面告诉我核查结果。',
      );
      attachments.push(`报警受案回执复印件（编号：${BLANK}）`);
      break;
    }
    case 'not-related': {
      title = '你们找错人了，请停止联系我';
      paragraphs.push(
        `我是${name}。贵机构或贵机构委托的催收人员，因${blank('对方所说的借款人姓名')}的借款，多次联系我${blank('电话、短信或上门')}。`,
        '我不认识这个人。可能是我的电话号码或住址以前是别人在用。',
      );
      say(
        paragraphs,
        '我没有借这笔钱，也没有签过任何合同。《民法典》第四百六十五条规定，依法成立的合同，仅对当事人具有法律约束力。',
        'civil-465',
      );
      stopCalling(paragraphs);
      requests.splice(1, 0, '核对并更正你们的记录。');
      break;
    }
    default: {
      title = '请停止联系我的家人和同事';
      paragraphs.push(`我是${name}。贵机构或贵机构委托的催收人员，联系了我的家人、同事和其他人。`);
      stopCalling(paragraphs);
      requests.splice(0, 1, '只通过官方渠道与我本人联系，不要联系我的家人和同事。');
      break;
    }
  }

  paragraphs.push(...happenedSummary(input));
  if (input.incidents.length > 0) paragraphs.push('联系我的经过：', ...incidentParagraphs(input));

  return {
    title,
    recipient: `${lender}及其委托的催收机构`,
    paragraphs,
    requests,
    attachments,
    legalBasis: cite.ids,
    signature: [`本人：${name}`, `联系电话：${blank('手机号')}`, todayOf(input)],
  };
}

/* ---------- 5. Request to negotiate repayment ---------- */

function negotiationRequest(input: LetterInput): Letter {
  const f = input.facts;
  const cite = citer();
  const lender = lenderOf(input);
  const bank = f.lenderType === 'bank';

  const paragraphs = [
    `我是${nameOf(input)}，在贵机构的借款账户尾号${accountOf(input)}。`,
    `因为${blank('收入减少、失业、生病等原因')}，我目前暂时无法按原来的约定还款。`,
    '我愿意在自己的能力范围内还款，现通过贵机构的官方渠道书面申请协商。',
    `我每月能用于还款的钱约为${blank('金额')}元。我希望分${blank('期数')}个月还款，每月还${blank('金额')}元。`,
    '具体的金额和方案，以双方书面确认的结果为准。这份申请不代表我认可任何未经核对的金额。',
  ];
  const requests = [
    '书面告诉我目前的欠款余额和明细：本金、利息、罚息、各项费用和已还款记录。',
    '对我提出的分期方案给出书面答复。',
  ];
  if (bank) {
    paragraphs.push(
      '如为信用卡欠款，申请协商个性化分期还款。《商业银行信用卡业务监督管理办法》第七十条规定，欠款金额超出持卡人还款能力、且持卡人仍有还款意愿的，发卡银行可以与持卡人平等协商，达成个性化分期还款协议。',
      '我知道能否达成协议，要由双方协商。',
    );
    cite.add('card-rules-70');
    requests.push('如为信用卡欠款，与我协商个性化分期还款。');
  }
  requests.push(
    '协商期间，只通过官方渠道与我本人联系，不要联系我的家人、同事和其他人。',
    '协商结果用书面协议或官方应用里的记录确认，并告诉我还款到哪个官方账户。',
  );

  return {
    title: '协商还款申请',
    recipient: `${lender}客户服务部门`,
    paragraphs,
    requests,
    attachments: [`困难情况的证明（如有，例如失业、生病的材料）：${blank('列出材料名称')}`],
    legalBasis: cite.ids,
    signature: signature('申请人', input),
  };
}

const letters: LetterTemplates = {
  'lender-complaint': lenderComplaint,
  'regulator-complaint': regulatorComplaint,
  'police-statement': policeStatement,
  'not-my-debt': notMyDebt,
  'negotiation-request': negotiationRequest,
};

export default letters;
