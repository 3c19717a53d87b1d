import type { FollowUpWords } from '../follow-up-types';

/**
 * The follow-up clock: what the user did after the night, and what comes next by when. Every date
 * rule is from legal-facts.md: 治安管理处罚法第二十五条 (six months), 投诉办法第十八条 (15/30/+30 days,
 * only for institutions the NFRA supervises), 民事诉讼法第二百二十七条 (a 支付令's 15 days).
 */
const followUp = {
  nextTitle: '下一步',
  nothingNext: '现在没有要赶的期限。有新的进展，在下面记一笔。',
  pastDue: '已过期限',
  doneTitle: '已经做了的事',
  noneDone: '还没有记下任何一件。',
  recordTitle: '记下一件事',
  whatLabel: '做了什么',
  kinds: {
    'police-report': { label: '报了警', reference: '受案回执上的编号' },
    'lender-complaint': { label: '向借款机构投诉了', reference: '投诉编号或工单号' },
    'regulator-complaint': { label: '向监管部门投诉了', reference: '投诉编号或工单号' },
    reply: { label: '收到了答复' },
    'payment-order': { label: '收到了法院的支付令', reference: '支付令上的案号' },
  },
  dateLabel: '哪一天',
  replyFromLabel: '谁的答复',
  replyFrom: { lender: '借款机构', regulator: '监管部门', police: '公安机关' },
  solvedLabel: '问题解决了',
  solved: '问题解决了',
  notSolved: '问题没有解决',
  save: '记下',
  remove: '删除',
  confirmRemove: '确定删除这一条？',
  basis: '依据：',
  listSeparator: '、',
  letterTitle: '投诉材料（已填好你记下的日期和编号）',
  copyAll: '复制全部（文字）',
  copied: '已复制。',
  copyFailed: '无法自动复制。请长按文字，全选后复制。',
  print: '打印',
  steps: {
    'report-police': {
      default: {
        title: '报警，要一份受案回执',
        lines: [
          '对方威胁你、让走不走、反复上门纠缠或跟踪，可以报警。',
          '报警后，可以要一份受案回执，把上面的编号记在这里。',
          '违反治安管理的行为，六个月内没有被公安机关发现的，不再处罚。所以要尽早报警。',
        ],
        pastLines: [
          '从那次算起已经超过六个月，那一次的行为可能不会再被处罚了。',
          '以后再发生，及时报警。证据继续留好。',
        ],
        fromLabel: '从这件事发生那天算起：',
        dueLabel: '六个月，最晚到：',
        legalBasis: ['psl-25', 'police-admin-procedure-61'],
        channels: ['110'],
      },
    },
    'complain-lender': {
      nfra: {
        title: '向借款机构投诉，记下投诉编号',
        lines: [
          '用机构官方App或客服电话投诉，能写下来就写下来。',
          '记下投诉的日期和投诉编号。',
          '机构答复：简单的一般15天内，复杂的可以延长到30天，特别复杂的还可以再延长30天。',
        ],
        legalBasis: ['complaint-rules-deadlines'],
        channels: ['lender-official'],
      },
      other: {
        title: '向借款机构投诉，记下投诉编号',
        lines: ['用机构官方App或客服电话投诉，能写下来就写下来。', '记下投诉的日期和投诉编号。'],
        channels: ['lender-official'],
      },
    },
    'lender-reply': {
      nfra: {
        title: '等机构答复',
        lines: [
          '简单的投诉，机构一般要在15天内作出处理决定并告诉你。',
          '复杂的可以延长到30天；特别复杂的，经审批并告诉你，还可以再延长30天。',
          '收到答复，在这里记下。',
        ],
        pastLines: [
          '已经过了15天。复杂的投诉，机构可以延长到30天。',
          '可以先打机构客服，问什么时候答复；不想再等，也可以向12378投诉（见下一步）。',
        ],
        fromLabel: '投诉那天：',
        dueLabel: '一般最晚：',
        extendedLabels: ['复杂的，最晚：', '特别复杂、并告诉过你的，最晚：'],
        legalBasis: ['complaint-rules-deadlines'],
        channels: ['lender-official'],
      },
      other: {
        title: '等机构答复',
        lines: ['15天答复的规定，是对银行、消费金融公司这类机构的。这家机构多久答复，看它自己的说明。', '收到答复，在这里记下。'],
        fromLabel: '投诉那天：',
        channels: ['lender-official'],
      },
    },
    'complain-regulator': {
      nfra: {
        title: '向12378投诉',
        lines: [
          '机构没有按时答复，或者答复你不满意，可以打12378，或找国家金融监督管理总局在当地的监管局。',
          '下面的投诉材料已经填好你记下的日期和投诉编号，可以照着说，或复制后提交。',
          '12378一般在工作日白天接听，以官方公布为准；也可以在网上投诉。',
        ],
        legalBasis: ['complaint-rules-deadlines'],
        channels: ['12378'],
      },
      'find-funder': {
        title: '找监管部门投诉',
        lines: [
          '先弄清是谁放的款：看借款合同、借款App里写的放款机构，或者查征信报告。',
          '银行、消费金融公司、汽车金融公司、信托公司放的款：打12378。',
          '小额贷款公司、融资租赁公司放的款：归地方金融管理部门管，可以打12345转接。',
          '下面的投诉材料已经填好你记下的日期和投诉编号。',
        ],
        channels: ['12378', 'local-finance'],
      },
    },
    'regulator-reply': {
      default: {
        title: '等监管部门的答复',
        lines: ['收到答复，在这里记下。', '问题还没解决，可以打12348免费问下一步怎么办。'],
        fromLabel: '投诉那天：',
        channels: ['12348'],
      },
    },
    'payment-order-objection': {
      default: {
        title: '收到支付令：15天内要处理',
        lines: [
          '从收到支付令那天起15天内，要么还钱，要么向法院提出书面异议。',
          '15天内不提异议、也不还钱，对方可以向法院申请执行。',
          '先用12368或法院的官方渠道核实支付令是真的。对欠不欠、欠多少有异议的，马上打12348问怎么写异议。',
        ],
        pastLines: ['15天已经过了。马上打12348，或联系发支付令的法院，问现在还能做什么。'],
        fromLabel: '收到那天：',
        dueLabel: '15天，最晚到：',
        legalBasis: ['civil-procedure-227'],
        channels: ['12348', '12368'],
      },
    },
  },
} satisfies FollowUpWords;

export default followUp;
