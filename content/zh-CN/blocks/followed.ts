import type { BlockTextInput } from '../../schema';

/** happened=followed, or threats together with relatives: someone may be waiting near the family now. */
export default {
  title: '有人跟着你或家人：马上打110',
  paragraphs: [
    '如果现在有人在孩子学校、单位或家附近等着，或跟着你和家人：马上打110。',
    '跟踪、纠缠、滋扰，干扰别人正常生活，可能违反治安管理处罚法第五十条。',
    '除了处罚，公安机关还可以责令对方一段时间内不得接触你们。这是第五十条第二款。',
  ],
  steps: [
    '打110，说清楚在哪里、几个人、长什么样、开什么车、车牌号。',
    '告诉警察对方一直跟着你们。请警察考虑责令他们不得接触你和家人。',
    '跟孩子的老师和门卫说：只有你和你指定的家人能接孩子。',
    '让孩子和老人进出都有人陪。',
    '安全的话，远远拍下人和车牌。不要上前，也不要发到网上。',
    '报警后，请警察给你受案回执，记下编号。以后每次都报警。',
  ],
  legalBasis: ['psl-50', 'psl-50-2', 'police-admin-procedure-61'],
  channels: ['110'],
} satisfies BlockTextInput;
