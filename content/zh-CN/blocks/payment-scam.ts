import type { BlockTextInput } from '../../schema';

/** A demand to pay a person, a private QR code or cash, or a "court"/"police" asking for money. */
export default {
  title: '先别付钱：转给个人很可能是骗局',
  paragraphs: [
    '不管对方说自己是谁，都不要把钱转到个人账户。也不要扫私人收款码，不要当面交现金。',
    '法院不会让你把钱转进个人账户。警察不替人催债，也不会让你转账。',
    '根据金融监管规定，银行、保险机构催收时，不得冒用法院、公安的名义。也不得欺诈、恐吓。它们委托的催收机构也一样。',
    '要还款，只用借款机构官方渠道核实过的方式。',
  ],
  steps: [
    '不转账，不扫码，不交现金。',
    '不下载对方让你装的软件，不共享屏幕，不说短信验证码。',
    '自己找借款机构的官方客服电话。在它的官方手机应用里，或卡片背面。不要打对方给的号码。',
    '问客服：该还到哪里，这个人是不是他们委托的。',
    '对方冒充法院、警察，或逼你马上付钱：打110。',
  ],
  legalBasis: ['consumer-protection-rules'],
  channels: ['110', 'lender-official'],
} satisfies BlockTextInput;
