import type { Letter, LetterInput } from '../../letter-types';
import {
  accountOf,
  agencyLine,
  blank,
  BLANK,
  conductSummary,
  DATE_BLANK,
  evidenceList,
  incidentParagraphs,
  lenderOf,
  nameOf,
  pointsOf,
  requestsOf,
  signature,
} from './words';

/** The writer's position in one sentence, when they are not the borrower. */
const POSITION = {
  'co-signer': `我是这笔借款的${blank('共同借款人或担保人')}。`,
  family: '我是借款人的家人，不是借款人，也没有作为共同借款人或担保人签字。',
  'not-related': '我不认识借款人，和这笔借款没有关系。',
  'identity-theft': '对方催收的借款不是我本人申请的，我的身份可能被他人冒用。',
  borrower: undefined,
};

/** What the writer already did with the lender: from the follow-up entries, or blanks to fill in. */
function earlierComplaint({ complaint, today }: LetterInput): string {
  if (!complaint) return `我已于${DATE_BLANK}向该机构投诉，答复：${BLANK}（没有投诉过的，改为“尚未向该机构投诉”）。`;
  const ticket = complaint.ticket ? `（投诉编号：${complaint.ticket}）` : '';
  const reply = !complaint.reply
    ? `截至${today}，没有收到处理决定`
    : complaint.reply.solved === false
      ? `${complaint.reply.on}收到答复，问题没有解决`
      : `${complaint.reply.on}收到答复：${BLANK}`;
  return `我已于${complaint.on}向该机构投诉${ticket}，${reply}。`;
}

/** A complaint text for 12378, or for the local financial regulator once the funder is known. */
export default function regulatorComplaint(input: LetterInput): Letter {
  const { facts } = input;
  const nfra = facts.regulator === 'nfra';
  const showAccount = ['borrower', 'co-signer', 'identity-theft'].includes(facts.writer);
  const rules = pointsOf(facts);
  const position = POSITION[facts.writer];
  return {
    title: '关于不当催收的投诉',
    recipient: nfra ? '国家金融监督管理总局（12378投诉热线）' : `国家金融监督管理总局（12378）或${blank('省、市')}地方金融管理局`,
    paragraphs: [
      `投诉人：${nameOf(input)}。`,
      `被投诉机构：${lenderOf(input)}${showAccount ? `（借款尾号${accountOf(input)}）` : ''}。`,
      ...(nfra ? [] : [`出资机构：${blank('借款合同或借款应用里写的放款机构、出资方')}。`]),
      ...agencyLine(input, { toLender: false }),
      ...(position ? [position] : []),
      '该机构或其委托的催收人员有以下不当催收行为：',
      ...conductSummary(facts),
      ...incidentParagraphs(input),
      ...(rules.sentences.length > 0 ? ['上述行为涉及以下规定：', ...rules.sentences] : []),
      earlierComplaint(input),
    ],
    requests: requestsOf(facts),
    attachments: [...evidenceList(input, { receipt: true }), '向该机构投诉的截图、投诉编号和答复（如有）'],
    legalBasis: rules.cites,
    signature: signature('投诉人', input),
  };
}
