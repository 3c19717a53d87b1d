import type { BlockTextInput } from '../../schema';

/**
 * A "court" or "police" asked for money, an app or screen sharing, or was paid; or
 * happened=impersonation (公检法、律师或政府部门). Court messages are checked, never dismissed:
 * electronic service with consent is lawful (legal-facts P2.2, P2.17 #13).
 */
export default {
  title: '可能是冒充的：自己核实，别付钱',
  now: '别付钱，自己打110核实并报警。',
  nowCall: '110',
  paragraphs: [
    '法院可以用短信等电子方式送文书，前提是你同意过。所以收到“法院短信”，不要直接相信，也不要不理，先自己核实。',
    '法院不会让你把钱转给个人账户。',
    '警察不替人催债，也不会让你转账，没有“安全账户”。',
    '冒充国家机关工作人员，或冒用别人的身份、名义骗人，可能涉嫌招摇撞骗。相关法律：治安管理处罚法第六十二条，刑法第二百七十九条。',
    '根据金融监管规定，银行、保险机构不得冒用法院、公安的名义催收。它们委托的催收机构也一样。',
  ],
  steps: [
    '不转账，不扫码。不下载对方给的软件，不共享屏幕。',
    '说是法院：自己拨“当地区号+12368”，或用“人民法院在线服务”，报出案号核实。',
    '说是警察：自己打110核实。',
    '说是律师或政府部门：自己查到对方单位的官方电话，打过去核实。',
    '不要打对方留的号码，也不要点短信里的链接。',
    '保存短信、来电号码和聊天记录截图。',
    '查实是冒充的：打110报警。',
    '查实是真的法院或警察：按要求配合，不要不理。',
  ],
  legalBasis: ['civil-procedure-90', 'psl-62', 'criminal-279', 'consumer-protection-rules'],
  channels: ['110', '12368'],
} satisfies BlockTextInput;
