import type { BlockTextInput } from '../../schema';

/** happened=contacts: a message the user sends to the people the collectors called. */
export default {
  title: '给被打扰的亲友发条消息',
  paragraphs: [
    '催收找到你的亲友，这不是你的错。先跟他们说一声，大家会安心些。',
    '没在借款合同上签字的亲友，一般不欠任何钱。',
    '未经同意，用电话、短信侵扰别人的私人生活安宁，法律不允许。',
    '收集个人信息，应当限于必要的最小范围。',
    '根据中国银行业协会2026年发布的催收工作指引（试行），银行、消费金融公司等会员单位催收时，不能向无关的人透露欠款情况。',
  ],
  script: {
    title: '可以这样发给亲友',
    lines: [
      '最近可能有人联系你，说是催收，找我的事。',
      '这件事和你没有关系，你不欠任何钱，不用替我做什么。',
      '请不要告诉他们我的住址、单位和电话。',
      '不用和他们争，挂掉或不回就好。',
      '方便的话，把来电号码、短信或聊天截图发给我。',
      '给你添麻烦了，谢谢你。',
    ],
  },
  steps: [
    '发给被联系过的人，也可以发到家人群里。',
    '亲友发来的截图，按日期存好，投诉和报警时有用。',
    '亲友被骂、被威胁，也可以自己打110。',
  ],
  legalBasis: ['civil-465', 'civil-1033', 'pipl-6', 'cba-guideline-third-parties'],
  channels: ['110'],
} satisfies BlockTextInput;
