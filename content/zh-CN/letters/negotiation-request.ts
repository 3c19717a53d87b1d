import type { Letter, LetterInput } from '../../letter-types';
import { blank, lenderOf, pointsOf, requestsOf, signature, writerIntro } from './words';

/** A request to negotiate repayment through the official channel (never offered for an old debt). */
export default function negotiationRequest(input: LetterInput): Letter {
  const { facts } = input;
  const rules = pointsOf(facts);
  return {
    title: '协商还款申请',
    recipient: `${lenderOf(input)}客户服务部门`,
    paragraphs: [
      ...writerIntro(input),
      `因为${blank('收入减少、失业、生病等原因')}，我目前暂时无法按原来的约定还款。`,
      '我愿意在自己的能力范围内还款，现通过贵机构的官方渠道书面申请协商。',
      `我每月能用于还款的钱约为${blank('金额')}元。我希望分${blank('期数')}个月还款，每月还${blank('金额')}元。`,
      '具体的金额和方案，以双方书面确认的结果为准。这份申请不代表我认可任何未经核对的金额。',
      ...rules.sentences,
    ],
    requests: requestsOf(facts),
    attachments: [`困难情况的证明（如有，例如失业、生病的材料）：${blank('列出材料名称')}`],
    legalBasis: rules.cites,
    signature: signature('申请人', input),
  };
}
