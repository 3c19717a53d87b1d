import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

/**
 * `default`: a demand to pay a personal account, a private QR code or cash, or a "court"/"police"
 * asking for a transfer, an app or screen sharing. `private`: the lender is a person, so paying a
 * person can be right: pay only the lender named on the IOU, never a third party at the door.
 */
export default {
  variants: {
    default: {
      title: '先别付钱：不转给个人，不扫私人收款码',
      now: '先别付钱：不转给个人，不扫码，不交现金。',
      paragraphs: [
        '不管对方说自己是谁，都不要把钱转到个人账户。也不要扫私人收款码，不要当面交现金。',
        '真警察不会让你转账，也没有“安全账户”。法院不会让你把钱转给个人。',
        '根据金融监管规定，银行、保险机构催收时，不得冒用法院、公安的名义，也不得欺诈、恐吓。它们委托的催收机构也一样。',
        '要还款，只用你自己核实过的渠道，比如借款机构的官方手机应用。真是法院的案子，只按法院自己的文书付款，并先自己拨“当地区号+12368”核实。',
      ],
      steps: [
        '不转账，不扫码，不交现金。',
        '不下载对方让你装的软件，不共享屏幕，不说短信验证码。',
        '有借款的话，自己找借款机构的官方客服电话。在它的官方手机应用里，或卡片背面。不要打对方给的号码。',
        '问客服：该还到哪里，这个人是不是他们委托的。',
        '对方自称法院、警察，或逼你马上付钱：打110。',
        '如果已经转了：马上打110，并打你银行卡背面的官方电话问能不能止付。',
      ],
      legalBasis: ['consumer-protection-rules'],
      channels: ['110', '12368', 'lender-official'],
    },
    private: {
      title: '借的是个人的钱：只付给借条上的出借人',
      now: '只付给借条上的出借人，用银行转账并备注用途。',
      paragraphs: [
        '钱是向个人借的，还钱给个人很正常。要紧的是付给谁、怎么付。',
        '只付给借条或合同上写的出借人本人。上门来收钱的其他人，不要当场给钱。',
      ],
      steps: [
        '找出借条或合同，看清出借人的姓名。',
        '用银行转账付给出借人本人的账户，在备注里写明“还某年某月的借款”。',
        '请出借人写收条，写明收到多少、哪天收到、还的是哪笔借款。',
        '转账记录、收条、聊天记录都留好。',
        '不给上门的第三人现金，也不扫他的收款码。对方说“债转给我了”，先直接问出借人本人。',
        '对方威胁你，或自称法院、警察要你转账：不要付，打110。',
        '要你写新欠条、签新文件，或对金额有疑问：先打12348免费咨询。',
      ],
      channels: ['110', '12348'],
    },
  },
} satisfies { variants: Record<VariantOf<'payment-scam'>, BlockTextInput> };
