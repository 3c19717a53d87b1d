import type { BlockTextInput } from '../../schema';

/** happened=relatives: parents, the children's school, the home village or residents' committee. */
export default {
  title: '跟父母、孩子学校、村里说一声',
  paragraphs: [
    '父母和其他亲人没在借款合同上签字，就不欠任何钱，也不用回答问题。',
    '签过担保或共同借款的，情况不同，可以打12348问。',
    '提前说一声，他们不会被吓到，也不会乱给信息。',
  ],
  script: {
    title: '可以这样跟父母说',
    lines: [
      '如果有人来找我要钱，你们不用替我还，也不用签任何东西。',
      '不要告诉他们我的住址、单位和电话。',
      '他们来了不走、吵闹或威胁，就打110。',
      '能记就记下：几个人、长什么样、说了什么、开什么车。',
      '然后告诉我，我来处理。你们别担心。',
    ],
  },
  steps: [
    '孩子的学校：跟班主任和门卫说，只有你和你指定的家人能接孩子。别人来打听孩子或家里的事，请不要透露。',
    '老家或小区：可以跟村委会、居委会说一声。有陌生人来打听，请不要透露你家的信息；有人闹事，就报警。',
    '请家人把来人、来电的情况发给你，按日期存好。',
  ],
  legalBasis: ['civil-465'],
  channels: ['110', '12348'],
} satisfies BlockTextInput;
