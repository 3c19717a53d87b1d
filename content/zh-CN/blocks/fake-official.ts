import type { BlockTextInput } from '../../schema';

/** A "court" or "police" asking for money or an app, or happened=impersonation. */
export default {
  title: '冒充法院、警察：先核实，别付钱',
  paragraphs: [
    '催收短信里说“已立案”“马上执行”，不要直接相信。真的法院文书，一般由中国邮政“法院专递”寄来，或当面送达。',
    '法院不会让你把钱转进个人账户。',
    '警察不替人催债，也不会让你转账。',
    '冒充国家机关工作人员，可能涉嫌招摇撞骗。相关法律：治安管理处罚法第六十二条，刑法第二百七十九条。',
    '根据金融监管规定，银行、保险机构不得冒用法院、公安的名义催收。它们委托的催收机构也一样。',
  ],
  steps: [
    '不转账，不扫码。不下载对方给的软件，不共享屏幕。',
    '说是法院：自己拨“当地区号+12368”，报出案号核实。',
    '说是警察：自己打110核实。',
    '不要打对方留的号码，也不要点短信里的链接。',
    '保存短信、来电号码和聊天记录截图。',
    '查实是冒充的：打110报警。',
    '查实是真的法院或警察：按要求配合，不要不理。',
  ],
  legalBasis: ['psl-62', 'criminal-279', 'consumer-protection-rules'],
  channels: ['110', '12368'],
} satisfies BlockTextInput;
