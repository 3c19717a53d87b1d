import type { Conduct, LetterFacts, Point, Request } from '@/machines/letters';
import type { StatuteId } from '../../ids';
import type { LetterIncident, LetterInput } from '../../letter-types';

/**
 * The words of the letters (always in Chinese: they go to Chinese institutions). Each conduct,
 * legal point and request the facts can hold has its words here, once; a template can only say
 * what its facts list. Law follows legal-facts.md: 可能涉嫌 / 可能违反, no amount owed, no outcome promised.
 */

/** What the user reported, in their answers' own terms. */
export const CONDUCT: Record<Conduct, string> = {
  'forced-in': '撬门、砸门，强行进了家门',
  'tried-to-force-in': '撬门、砸门，强行要进门',
  'would-not-leave-home': '进屋后让走不走',
  'waited-outside': '在门口、楼道守着不走',
  'threatened-harm': '威胁要伤害我或家人',
  weapons: '带着棍棒、刀具等',
  holding: '不让人离开、要把人带走，或拿走手机、证件',
  'damaged-things': '泼油漆、喷字、堵锁眼或破坏东西',
  'night-visit': '晚上10点后或早上8点前上门',
  entered: '未经同意进屋，或让走不走',
  threats: '威胁、辱骂',
  damage: '泼油漆、喷字、堵锁眼、张贴欠款告示',
  contacts: '联系我的家人、同事、通讯录里的人',
  workplace: '到单位找我或打电话到单位',
  relatives: '找我的父母、孩子、老家，或孩子的学校',
  followed: '跟踪我或家人，在楼下、单位或学校蹲守',
  exposed: '在网上、群里曝光我的信息或照片',
  calls: '频繁打电话、发短信',
  impersonation: '冒充公检法、律师或政府部门',
  'car-taken': '把车拖走或开走',
  'asked-for-money': '要求转账到个人账户、扫私人收款码或付现金',
  'refused-to-say-who': '不肯说出姓名、公司和委托机构',
};

const CBA = '根据中国银行业协会2026年发布的催收工作指引（试行）';

/** Each legal point: the sentence a letter may write, and what it cites. */
export const POINTS: Record<Point, { text: string; cites: readonly StatuteId[] }> = {
  'association-night-hours': {
    text: `${CBA}，未经债务人同意，晚22:00至次日早8:00不得电话催收或上门催收。上面所说的上门没有经过我的同意。`,
    cites: ['cba-guideline-hours'],
  },
  'association-home': {
    text: `${CBA}，未经同意，不得进入住宅等私人场所实施催收。`,
    cites: ['cba-guideline-home'],
  },
  'association-third-parties': {
    text: `${CBA}，只有在联系不上债务人本人等失联情形下，才可以联系第三人，且要严格区分与债务相关和无关的第三人。`,
    cites: ['cba-guideline-third-parties'],
  },
  'card-third-parties': {
    text: '如为信用卡欠款，《商业银行信用卡业务监督管理办法》第六十八条规定，发卡银行不得对与债务无关的第三人进行催收。',
    cites: ['card-rules-68'],
  },
  'card-threats': {
    text: '如为信用卡欠款，《商业银行信用卡业务监督管理办法》第六十八条规定，发卡银行不得采用暴力、胁迫、恐吓或辱骂等不当催收行为。',
    cites: ['card-rules-68'],
  },
  'private-life': {
    text: '《民法典》第一千零三十三条规定，除法律另有规定或者权利人明确同意外，任何组织或者个人不得以电话、短信等方式侵扰他人的私人生活安宁。',
    cites: ['civil-1033'],
  },
  'home-entry': {
    text: '上面说的进屋的行为，可能涉嫌违反《治安管理处罚法》第四十七条。',
    cites: ['psl-47'],
  },
  'held-someone': {
    text: '上面说的不让人离开等行为，可能涉嫌违反《治安管理处罚法》第四十七条。',
    cites: ['psl-47'],
  },
  threats: {
    text: '上面说的威胁的行为，可能违反《治安管理处罚法》第五十条。',
    cites: ['psl-50'],
  },
  following: {
    text: '上面说的跟踪、蹲守，干扰了我和家人的正常生活，可能违反《治安管理处罚法》第五十条。',
    cites: ['psl-50'],
  },
  'property-damage': {
    text: '上面说的损坏财物的行为，可能违反《治安管理处罚法》第五十九条。',
    cites: ['psl-59'],
  },
  'privacy-exposed': {
    text: '在网上、群里公开我的信息和照片，可能侵害我的名誉权（《民法典》第一千零二十四条）。《个人信息保护法》第二十五条规定，个人信息处理者不得公开其处理的个人信息，取得个人单独同意的除外。我没有同意过。',
    cites: ['civil-1024', 'pipl-25'],
  },
  impersonation: {
    text: '冒充国家机关工作人员招摇撞骗的，可能违反《治安管理处罚法》第六十二条。',
    cites: ['psl-62'],
  },
  'impersonation-by-lender': {
    text: '根据《银行保险机构消费者权益保护管理办法》，银行保险机构自行或者委托外部机构催收，不得冒用行政机关、司法机关等名义。',
    cites: ['consumer-protection-rules'],
  },
  'illegal-debt': {
    text: '这笔借款可能属于高利放贷等产生的非法债务。用上述方式催收，可能涉嫌催收非法债务罪（《刑法》第二百九十三条之一）。',
    cites: ['criminal-293-1'],
  },
  'agency-notice': {
    text: '根据《银行保险机构消费者权益保护管理办法》，委托外部机构实施催收前，应当采取适当方式告知债务人。',
    cites: ['consumer-protection-rules'],
  },
  'complaint-deadline': {
    text: '根据《银行业保险业消费投诉处理管理办法》第十八条，对事实清楚、争议情况简单的投诉，应当自收到之日起15日内作出处理决定并告知投诉人；情况复杂的，可以依规定延长。',
    cites: ['complaint-rules-deadlines'],
  },
  'not-a-party': {
    text: '《民法典》第四百六十五条规定，依法成立的合同，仅对当事人具有法律约束力。我没有在这笔借款的合同上签字。',
    cites: ['civil-465'],
  },
  'card-instalments': {
    text: '如为信用卡欠款，申请协商个性化分期还款。《商业银行信用卡业务监督管理办法》第七十条规定，欠款金额超出持卡人还款能力、且持卡人仍有还款意愿的，发卡银行可以与持卡人平等协商，达成个性化分期还款协议。我知道能否达成协议，要由双方协商。',
    cites: ['card-rules-70'],
  },
  'police-must-register': {
    text: '根据《治安管理处罚法》第九十条，公安机关对报案应当立即立案并进行调查。',
    cites: ['psl-90'],
  },
  'police-receipt': {
    text: '根据《公安机关办理行政案件程序规定》第六十一条，受案后应当将受案回执交报案人。',
    cites: ['police-admin-procedure-61'],
  },
  'no-contact-order': {
    text: '对方跟踪、蹲守我和家人。《治安管理处罚法》第五十条第二款规定，有滋扰、纠缠、跟踪行为的，经公安机关负责人批准，可以责令其一定期限内禁止接触被侵害人。',
    cites: ['psl-50-2'],
  },
};

/** What a letter may ask for. */
export const REQUESTS: Record<Request, string> = {
  'no-night-visits': '不要在晚上10点到早上8点之间上门或打电话催收。',
  'official-channel-only': '只通过官方渠道与我本人联系。不要联系我的家人、同事、朋友和其他与借款无关的人。',
  'stop-contacting-me': '停止联系我，也不要联系我的家人和同事。有关这笔借款的事，请通过官方渠道处理。',
  'stop-the-conduct': '立即停止上述行为，核查相关催收人员，并把处理结果告诉我。',
  'delete-posts': '删除在网上、群里发布的我的信息和照片。',
  'name-agency': '书面告诉我，贵机构委托了哪家催收机构向我催收。',
  'confirm-balance': '书面告诉我目前的欠款余额和明细：本金、利息、罚息、各项费用和已还款记录。',
  'application-records': '提供这笔借款的申请记录：申请时间、使用的手机号、收款银行卡、签约记录和放款去向。',
  'check-for-fraud': '核查这笔借款是否为冒名办理，并书面告诉我核查结果。',
  'correct-records': '核对并更正你们的记录。',
  'remove-number': '把我的电话号码从催收名单里删除。',
  'car-explanation': '书面说明车辆被拖走（开走）的依据，车辆现在在哪里，以及会怎样处理。',
  'investigate-lender': '调查该机构及其委托的催收机构的不当催收行为，督促其停止。',
  'investigate-conduct': '依法受案，调查处理上述行为。',
  receipt: '出具受案回执。',
  'keep-away': '请考虑依法责令对方在一定期限内禁止接触我和家人。',
  'repayment-plan': '对我提出的分期方案给出书面答复。',
  'card-instalments': '如为信用卡欠款，与我协商个性化分期还款。',
  'written-agreement': '协商结果用书面协议或官方应用里的记录确认，并告诉我还款到哪个官方账户。',
  'reply-in-time': '在规定期限内书面答复我。',
  reply: '尽快书面答复我。',
};

export const BLANK = '________';
export const DATE_BLANK = '____年__月__日';
export const blank = (hint: string) => `${BLANK}（${hint}）`;
const orBlank = (value: string, hint: string) => value.trim() || blank(hint);

/** Drops trailing punctuation from what the user typed, so sentences end once. */
export const clause = (text: string) => text.trim().replace(/[。；;，,.!！?？\s]+$/u, '');

export const lenderOf = (input: LetterInput) => orBlank(input.fields.lender, '借款机构名称');
export const accountOf = (input: LetterInput) => orBlank(input.fields.account, '账号或合同号后四位');
export const nameOf = (input: LetterInput) => orBlank(input.fields.name, '姓名');
const todayOf = (input: LetterInput) => input.today.trim() || DATE_BLANK;

export const signature = (role: string, input: LetterInput) => [
  `${role}：${nameOf(input)}`,
  `联系电话：${blank('手机号')}`,
  todayOf(input),
];

/** The sentences of the facts' legal points, and their citations. */
export function pointsOf(facts: LetterFacts, only?: (point: Point) => boolean) {
  const points = facts.points.filter((point) => !only || only(point));
  return {
    sentences: points.map((point) => POINTS[point].text),
    cites: [...new Set(points.flatMap((point) => POINTS[point].cites))],
  };
}

/** 「发生过的情况包括：…」, from the facts' conduct. */
export function conductSummary(facts: LetterFacts): string[] {
  const said = facts.conduct.map((code) => CONDUCT[code]);
  return said.length > 0 ? [`发生过的情况包括：${said.join('；')}。`] : [];
}

export const requestsOf = (facts: LetterFacts) => facts.requests.map((request) => REQUESTS[request]);

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
export function incidentParagraphs(input: LetterInput): string[] {
  const { incidents } = input;
  if (incidents.length === 0) {
    return [
      `${DATE_BLANK}__时__分，${blank('几个人')}自称是${blank('公司或机构名称')}的人员，${blank('上门、打电话或发消息')}，${blank('说了什么、做了什么')}。`,
    ];
  }
  return incidents.map((incident, i) => incidentParagraph(incident, i, incidents.length));
}

/** The evidence list, from the facts' conduct and the files named in the log. */
export function evidenceList(input: LetterInput, options: { receipt: boolean }): string[] {
  const did = (...codes: Conduct[]) => codes.some((code) => input.facts.conduct.includes(code));
  const items: string[] = [];
  for (const incident of input.incidents) {
    const files = clause(incident.files);
    if (files) items.push(`${clause(incident.when) || '记录'}的录音、照片：${files}`);
  }
  const visited = did('forced-in', 'tried-to-force-in', 'would-not-leave-home', 'waited-outside', 'night-visit', 'entered', 'holding');
  if (visited) items.push('上门时的录音、录像（原件保存在原来的手机或门口监控里）');
  if (did('calls', 'threats', 'impersonation', 'asked-for-money')) items.push('通话记录和短信、微信截图（能看到号码和时间）');
  if (did('contacts', 'workplace', 'relatives')) items.push('家人、同事收到的来电记录和消息截图');
  if (did('damage', 'damaged-things')) items.push('现场照片（清理前拍摄，能看到门牌号）');
  if (did('followed')) items.push('跟踪、蹲守的照片或视频');
  if (did('exposed')) items.push('网上帖子、群消息的截图和网页链接');
  if (did('car-taken')) items.push('车辆被拖走（开走）时的照片和收到的通知');
  if (items.length === 0) items.push(`录音、截图、照片等证据：${blank('列出文件名称')}`);
  if (options.receipt) items.push(`报警受案回执复印件（如有，编号：${BLANK}）`);
  return items;
}

/** Who writes, in the writer's position; never admits a debt for someone who is not the borrower. */
export function writerIntro(input: LetterInput): string[] {
  const name = nameOf(input);
  const account = accountOf(input);
  switch (input.facts.writer) {
    case 'family':
      return [
        `我是${name}。贵机构或贵机构委托的催收人员，因${blank('借款人姓名')}名下的借款联系我、找到我家。`,
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
    case 'co-signer':
      return [`我是${name}，是${blank('借款人姓名')}在贵机构借款（尾号${account}）的${blank('共同借款人或担保人')}。`];
    case 'borrower':
      return [`我是${name}，在贵机构的借款账户尾号${account}。`];
  }
}

/** The agency the collectors named; to the lender, with the request to confirm it hired them. */
export function agencyLine(input: LetterInput, options: { toLender: boolean }): string[] {
  const agency = clause(input.fields.agency);
  if (!agency) return [];
  const said = `向我催收的人员自称来自“${agency}”。`;
  return [options.toLender ? `${said}请书面确认贵机构是否委托了这家公司。` : said];
}
