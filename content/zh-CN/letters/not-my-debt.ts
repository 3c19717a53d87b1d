import type { Letter, LetterInput } from '../../letter-types';
import { accountOf, blank, BLANK, conductSummary, evidenceList, incidentParagraphs, lenderOf, nameOf, pointsOf, requestsOf } from './words';

const TITLES = {
  family: '我不是借款人，请停止联系我',
  'not-related': '你们找错人了，请停止联系我',
  'identity-theft': '这笔借款不是我申请的，请停止向我催收',
  // Never offered to someone who owes (see LETTER_RULES); the title is a safe default.
  borrower: '请通过官方渠道联系我',
  'co-signer': '请通过官方渠道联系我',
};

/** "Not my debt / stop contacting me", in the writer's own position. */
export default function notMyDebt(input: LetterInput): Letter {
  const { facts } = input;
  const name = nameOf(input);
  const rules = pointsOf(facts);
  const opening =
    facts.writer === 'identity-theft'
      ? [
          `我是${name}。贵机构或贵机构委托的催收人员，就一笔以我的名义办理的借款（尾号${accountOf(input)}）向我催收。`,
          '我从来没有申请过这笔借款，也没有签过合同。我的身份可能被他人冒用了。',
          `我已经（或将要）向公安机关报案，受案回执编号：${blank('报案后填写')}。`,
          '在查清之前，我不会承认这笔借款，也不会就它签署任何文件。',
          '我将向中国人民银行征信中心提出征信异议。',
        ]
      : facts.writer === 'not-related'
        ? [
            `我是${name}。贵机构或贵机构委托的催收人员，因${blank('对方所说的借款人姓名')}的借款联系我${blank('电话、短信或上门')}。`,
            '我不认识这个人。可能是我的电话号码或住址以前是别人在用。我没有借这笔钱，也没有签过任何合同。',
          ]
        : [
            `我是${name}。贵机构或贵机构委托的催收人员，因${blank('借款人姓名')}名下的借款联系我。`,
            '我是他（她）的家人，但我不是这笔借款的借款人，也没有作为共同借款人或担保人签字。我不会替他签字或还款。',
            '有关这笔借款的事，请通过官方渠道联系借款人本人。我不会提供他的住址、单位和电话。',
          ];
  return {
    title: TITLES[facts.writer],
    recipient: `${lenderOf(input)}及其委托的催收机构`,
    paragraphs: [
      ...opening,
      ...rules.sentences,
      ...conductSummary(facts),
      ...(input.incidents.length > 0 ? ['联系我的经过：', ...incidentParagraphs(input)] : []),
    ],
    requests: requestsOf(facts),
    attachments: [
      ...evidenceList(input, { receipt: facts.writer !== 'identity-theft' }),
      ...(facts.writer === 'identity-theft' ? [`报警受案回执复印件（编号：${BLANK}）`] : []),
    ],
    legalBasis: rules.cites,
    signature: [`本人：${name}`, `联系电话：${blank('手机号')}`, input.today.trim() || '____年__月__日'],
  };
}
