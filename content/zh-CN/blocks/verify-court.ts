import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

/** Never "ignore it": always how to check, and cooperate if it is real. */
const check = [
  '请对方报出法院名称、案号和经办人姓名，记下来。',
  '自己拨“当地区号+12368”，这是法院的诉讼服务热线。也可以打你自己查到的法院电话。',
  '不要打对方给的号码，也不要点对方发的链接。',
  '夜里打不通，就打110，请警察帮你核实。',
];

export default {
  variants: {
    unverified: {
      title: '说是法院：先自己核实',
      paragraphs: [
        '核实只要几分钟。是真的，就要配合；是假的，就别付钱。',
        '真的法院文书，一般由中国邮政“法院专递”寄来，或由工作人员当面送达、请你签收。',
        '法院不会让你把钱转进个人账户。',
      ],
      steps: [
        ...check,
        '核实是真的：按法院的要求配合。人在门口，就开门，不要阻拦。',
        '查不到这个案子，或对方要你当场付钱：不开门，不付钱，打110。',
        '拿到的文书，拍照或复印留一份。',
      ],
      channels: ['12368', '110'],
    },
    'likely-fake': {
      title: '很可能是冒充，但请自己核实',
      paragraphs: [
        '对方说是法院，但没有制服，没有文书，也没有你能查到的案号。',
        '这很可能是冒充，但请自己核实，不要只凭感觉。',
        '法院不会让你把钱转进个人账户。',
        '冒充国家机关工作人员，可能涉嫌招摇撞骗。',
      ],
      steps: [
        ...check,
        '查到确实有这个案子：按法院的要求配合，不要不理。',
        '查不到，或对方要你付钱：不开门，不付钱，打110报警。',
        '保存短信、来电号码和聊天记录截图。',
      ],
      legalBasis: ['psl-62', 'criminal-279'],
      channels: ['12368', '110'],
    },
  },
} satisfies { variants: Record<VariantOf<'verify-court'>, BlockTextInput> };
