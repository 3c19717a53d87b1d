import type { BlockTextInput } from '../../schema';

/** happened=workplace: what to tell HR or reception. */
export default {
  title: '跟单位的人事、前台说一声',
  paragraphs: [
    '催收打到单位，或找到单位，你可能很难堪。这不是你的错。',
    '提前跟人事或前台说一下，能少很多麻烦。不用讲细节。',
    '根据中国银行业协会2026年发布的催收工作指引（试行），未经同意，银行、消费金融公司等会员单位不能进入借款人的办公区域催收。',
    '也不能向无关的人透露欠款情况。',
  ],
  script: {
    title: '可以这样跟人事、前台说',
    lines: [
      '最近可能有人打电话或来单位，说是催收，找我。',
      '请不要告诉他们我的任何信息，比如电话、住址、上班时间。',
      '也不用替我回答任何问题。',
      '请记下对方的电话号码、姓名和公司名称。',
      '如果他们来了不走，或者吵闹，请打110。',
      '有来电记录或聊天截图，麻烦转给我一份。谢谢。',
    ],
  },
  steps: [
    '先跟人事或直属领导简单说明，不用讲欠款细节。',
    '请前台或保安记下来人、时间和电话。',
    '同事转来的截图，按日期存好，投诉时用。',
  ],
  legalBasis: ['cba-guideline-home', 'cba-guideline-third-parties'],
  channels: ['110'],
} satisfies BlockTextInput;
