import type { EvidenceItemId } from '@/machines/evidence';
import type { EvidenceItem } from '../schema';

/**
 * The evidence checklist: what to keep, and why it matters (legal-facts.md §4).
 * Which items a person sees is decided in machines/evidence.ts.
 */
const evidence = {
  timeline: {
    label: '一份事情经过：每次的日期、时间、来了几个人、说了什么、做了什么',
    why: '报警和投诉都要讲清经过。趁记得清楚，先写下来。',
  },
  recordings: {
    label: '录音和录像：手机、可视门铃或门口监控拍下的，留在原来的设备里',
    why: '自己录下和对方的对话，一般可以作证据。拿录音录像作证据，要提供原来的设备或文件，所以原件别删。',
  },
  'damage-photos': {
    label: '损坏的照片：清理前拍，拍进门牌号，保留拍摄时间',
    why: '能证明哪里、什么时候被损坏，报警时用得上。清理以后就拍不到了。',
  },
  'call-logs': {
    label: '通话记录截图：号码、日期、时间、打了几次',
    why: '能证明谁打来、打了多少次、几点打的，报警和投诉都用得上。',
  },
  messages: {
    label: '短信、微信和语音留言：截图里要看得到发送号码和时间',
    why: '短信和聊天记录可以作证据。原件别删，也别改动。',
  },
  posts: {
    label: '网上曝光你的帖子或群消息：截图，并复制网页链接',
    why: '帖子可能被删，先留证，再举报。不要转发，也不要回骂。',
  },
  witnesses: {
    label: '见过或被找过的人：邻居、家人、同事的姓名和联系方式，和他们收到的截图',
    why: '别人的说法和截图，能证明对方确实这样做过。',
  },
  cctv: {
    label: '物业或楼道的监控录像：尽快请物业保存下来',
    why: '监控录像常常过一段时间就被覆盖，晚了可能就没了。',
  },
  'visitor-details': {
    label: '来人的信息：姓名、公司、说是受哪家机构委托；出示了证件的，拍下来',
    why: '投诉时要写清是哪家机构、哪些人，也方便向借款机构核实。',
  },
  'police-receipt': {
    label: '报警记录：接报案编号和受案回执',
    why: '回执证明警方接了案。以后问进展、再次报警，都用得上。',
  },
  'loan-papers': {
    label: '借款材料：借款合同、担保合同（如果签过）、借款App里的借款记录和还款计划、结清证明（如果有）',
    why: '用来核对借款是不是真的、是谁放的款、合同写了什么。签过担保的，要承担什么，要看担保合同怎么写。',
  },
  'transfer-records': {
    label: '转账和还款记录：银行流水、支付截图',
    why: '能证明钱是哪天、转给谁、转了多少，也能证明你实际收到多少、已经还了多少。',
  },
  'car-papers': {
    label: '车辆材料：行驶证、车贷或融资租赁合同、车被开走时的照片和通知',
    why: '收车做得合不合法，要看合同和经过。向机构要书面通知和欠款明细，报警、投诉，都用得上。',
  },
  'complaint-copies': {
    label: '每次投诉的记录：内容、时间、工单号和对方的答复',
    why: '对方不处理或你不满意时，凭这些向上一级机构或监管部门反映。',
  },
} satisfies Record<EvidenceItemId, EvidenceItem>;

export default evidence;
