import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

export default {
  variants: {
    'at-door': {
      title: '说是警察：先自己打110核实',
      paragraphs: [
        '真警察通常两人以上，穿警服，带人民警察证。',
        '警察不替人催债，也不会让你转账。',
        '核实只要几分钟。是真的，就开门配合。',
        '冒充警察，可能涉嫌招摇撞骗。',
      ],
      steps: [
        '隔着门问：你叫什么名字？警号多少？哪个派出所的？为什么事来？',
        '自己打110，说有人自称警察在你家门口，请接警员帮你核实。',
        '不要打对方给的号码。',
        '核实是真的：开门配合，不要阻拦。',
        '核实不是，或对方要你转账、加微信、下载软件：不开门，告诉110。',
        '可以一直录音录像。',
      ],
      legalBasis: ['psl-62', 'criminal-279'],
      channels: ['110'],
    },
    remote: {
      title: '很可能是冒充警察：挂掉，自己打110',
      paragraphs: [
        '打电话或发消息说自己是警察，又不是叫你去派出所，很可能是冒充。',
        '警察不替人催债，也不会让你转账、加微信或下载软件。',
        '冒充警察，可能涉嫌招摇撞骗。',
      ],
      steps: [
        '挂断电话，不按对方说的做。',
        '不回拨对方的号码，不点链接。',
        '自己打110，问有没有这件事。',
        '110说确有其事：按警察的要求，自己去派出所。',
        '保存来电号码、短信和聊天记录截图。',
        '确认是冒充的：告诉110，报警。',
      ],
      legalBasis: ['psl-62', 'criminal-279'],
      channels: ['110'],
    },
  },
} satisfies { variants: Record<VariantOf<'verify-police'>, BlockTextInput> };
