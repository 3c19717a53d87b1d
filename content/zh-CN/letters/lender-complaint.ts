import type { Letter, LetterInput } from '../../letter-types';
import {
  agencyLine,
  conductSummary,
  evidenceList,
  incidentParagraphs,
  lenderOf,
  pointsOf,
  requestsOf,
  signature,
  writerIntro,
} from './words';

/** A complaint to the lender, or to the lender that hired the agency. */
export default function lenderComplaint(input: LetterInput): Letter {
  const { facts } = input;
  const lender = lenderOf(input);
  const nfra = facts.regulator === 'nfra';
  const rules = pointsOf(facts);
  return {
    title: '关于不当催收的投诉',
    recipient: `${lender}消费者投诉部门`,
    paragraphs: [
      ...writerIntro(input),
      ...agencyLine(input, { toLender: true }),
      '现就不当催收行为投诉如下。',
      '一、发生了什么',
      ...conductSummary(facts),
      ...incidentParagraphs(input),
      ...(rules.sentences.length > 0 ? ['二、涉及的规定', ...rules.sentences] : []),
      nfra
        ? '如果到期没有答复，或我对处理结果不满意，我将向国家金融监督管理总局（12378）反映。'
        : '如果没有答复，或我对处理结果不满意，我将向有关金融监管部门反映。',
    ],
    requests: requestsOf(facts),
    attachments: evidenceList(input, { receipt: true }),
    legalBasis: rules.cites,
    signature: signature('投诉人', input),
  };
}
