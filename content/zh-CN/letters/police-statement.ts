import type { Letter, LetterInput } from '../../letter-types';
import {
  blank,
  BLANK,
  clause,
  conductSummary,
  evidenceList,
  incidentParagraphs,
  nameOf,
  pointsOf,
  requestsOf,
  signature,
} from './words';

const OWN_POINTS = new Set(['police-must-register', 'police-receipt', 'no-contact-order']);

/** A statement to hand in with a police report: what happened, in order, and what is asked. */
export default function policeStatement(input: LetterInput): Letter {
  const { facts } = input;
  const agency = clause(input.fields.agency);
  const lender = clause(input.fields.lender);
  const who = agency
    ? `自称“${agency}”${lender ? `受“${lender}”委托` : ''}的催收人员`
    : lender
      ? `自称为“${lender}”催收的人员`
      : `自称是${blank('公司或机构名称')}的催收人员`;
  const conduct = pointsOf(facts, (point) => !OWN_POINTS.has(point));
  const police = pointsOf(facts, (point) => OWN_POINTS.has(point));
  const position =
    facts.writer === 'identity-theft'
      ? '另外，对方催收的借款不是我本人申请的，我的身份可能被他人冒用，请一并调查。'
      : facts.writer === 'borrower' || facts.writer === 'co-signer'
        ? '借款本身的问题，我会通过合法途径另行处理。本次只报告上述行为。'
        : '我不是借款人。本次只报告上述行为。';
  return {
    title: '报案材料',
    recipient: blank('派出所名称'),
    paragraphs: [
      `报案人：${nameOf(input)}；身份证号：${BLANK}；住址：${BLANK}。`,
      `我要报告的是${who}对我和家人做的事。经过如下（按时间先后）：`,
      ...incidentParagraphs(input),
      ...conductSummary(facts),
      `这些事对我和家人的影响：${blank('例如不敢开门、孩子受到惊吓、门锁被损坏、无法正常上班')}。`,
      ...(conduct.sentences.length > 0 ? ['我认为：', ...conduct.sentences, '具体如何认定，请公安机关依法判断。'] : []),
      position,
      '我的证据见附件，原始录音、照片都保存在手机里，可以当面出示。',
      ...police.sentences,
    ],
    requests: requestsOf(facts),
    attachments: evidenceList(input, { receipt: false }),
    legalBasis: [...conduct.cites, ...police.cites],
    signature: signature('报案人', input),
  };
}
