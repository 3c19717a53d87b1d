import type { BlockTextInput } from '../../schema';

/**
 * For someone who is not the borrower: a stranger, or a family member who did not sign
 * (also when the borrower has died or is a minor). Never in the borrower's voice.
 */
export default {
  title: '告诉对方：请别再找我',
  now: '回一句：我不是借款人，请不要再联系我。',
  paragraphs: [
    '你没有在这笔借款上签字，一般不用替别人还钱。',
    '担保、夫妻共同债务、继承遗产，是另外的问题。拿不准，打12348问。',
    '未经你同意，谁都不能用电话、短信侵扰你的私人生活安宁。',
    '借款来自银行或消费金融公司的：根据中国银行业协会2026年发布的催收工作指引（试行），联系不上借款人时，才可以联系你。',
    '联系你，也只能问借款人的联系方式，或请你转告，不能向你透露欠款情况。',
    '信用卡欠款：《商业银行信用卡业务监督管理办法》规定，银行不得向与债务无关的第三人催收。',
  ],
  script: {
    title: '可以这样回复（电话里说，或发短信、微信）',
    lines: [
      '我不是借款人，没有在这笔借款上签字。',
      '我不会替别人签字或还钱。',
      '有事请通过你们机构的官方渠道处理。',
      '请不要再联系我。',
      '你们的来电和消息，我都保存了。',
    ],
  },
  steps: [
    '说一次或发一次就够了，不用和他们争。',
    '借款人健在、已经成年的，可以加一句：“请通过官方渠道联系他本人。”',
    '借款人已经去世，或还不满18岁：先不答应任何事，打12348问怎么处理。',
    '截图保存你发的消息和对方的回复。',
    '借款人的电话、住址和单位，不用告诉他们。',
    '还有人打来，记下号码和时间，投诉时用得上。',
  ],
  legalBasis: ['civil-465', 'civil-1064', 'civil-1161', 'civil-1033', 'cba-guideline-third-parties', 'card-rules-68'],
  channels: ['12348'],
} satisfies BlockTextInput;
