import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

/**
 * `followed`: happened=followed. `threats-and-relatives`: threats together with relatives or the
 * school approached, no following ticked. Only `followed` mentions the no-contact order: it attaches
 * to 滋扰、纠缠、跟踪 only, is discretionary and needs approval (legal-facts P2.1, P2.17 #7–8).
 */
const opening = '如果现在有人在孩子学校、单位或家附近等着，或跟着你和家人：马上打110。';
const call = '打110，说清楚在哪里、几个人、长什么样、开什么车、车牌号。';
const safety = [
  '跟孩子的老师和门卫说：只有你和你指定的家人能接孩子。',
  '让孩子和老人进出都有人陪。',
  '安全的话，远远拍下人和车牌。不要上前，也不要发到网上。',
  '报警后，请警察给你受案回执，记下编号。以后再发生，每次都报警。',
];

export default {
  variants: {
    followed: {
      title: '有人跟着你或家人：马上打110',
      now: '有人正在附近等着或跟着你们，马上打110。',
      nowCall: '110',
      paragraphs: [
        opening,
        '跟着你和家人，在楼下、单位或学校附近蹲守，可能违反治安管理处罚法。可以报警，由警察判断。',
        '对方反复上门纠缠、跟踪的，警察除了处罚，还可以责令他一段时间内不准接触你。这要经公安机关负责人批准，不是一定会有。',
      ],
      steps: [call, '告诉警察对方怎么跟着你们、在哪里蹲守。可以问处理的民警，能不能责令他们不准接触你和家人。', ...safety],
      legalBasis: ['psl-50', 'psl-50-2', 'police-admin-procedure-61'],
      channels: ['110'],
    },
    'threats-and-relatives': {
      title: '对方找过你的家人：先护好家人',
      now: '有人在孩子学校或家附近等着，马上打110。',
      nowCall: '110',
      paragraphs: [
        opening,
        '威胁你或家人的人身安全，或公然侮辱你，可能违反治安管理处罚法第五十条。电话、短信里的威胁，也可以报警。',
      ],
      steps: [
        call,
        '把威胁、辱骂的录音、短信、截图给警察看，告诉警察对方找过你的家人。',
        '告诉家人发生了什么。请他们不要向陌生人透露住址、电话和孩子的学校。',
        ...safety,
      ],
      legalBasis: ['psl-50', 'police-admin-procedure-61'],
      channels: ['110'],
    },
  },
} satisfies { variants: Record<VariantOf<'followed'>, BlockTextInput> };
