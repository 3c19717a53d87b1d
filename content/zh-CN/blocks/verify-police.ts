import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

/**
 * claims=police, not yet checked by the user's own call to 110. A uniform, a card or "come to the
 * station" proves nothing (legal-facts P2.8, P2.17 #1). Never say that calling 110 is legally not
 * 妨碍执行公务 (P2.17 #2): say it takes minutes, and to cooperate if it is real.
 */
const cardDebt = '信用卡欠款很久没还，银行可能报警，真警察也可能联系你。欠钱本身不等于犯罪，要看很多条件。';
const impersonation = '冒充警察，可能涉嫌招摇撞骗。';
const remoteSteps = [
  '挂断电话，不按对方说的做。',
  '不回拨对方的号码，不点对方发的链接。',
  '自己打110，或打你自己查到的派出所电话，问有没有这件事。',
  '确有其事，要你去派出所：自己去，可以请家人陪。不要让对方来接你。',
  '保存来电号码、短信和聊天记录截图。',
  '确认是冒充的：打110报警。',
];

export default {
  variants: {
    'at-door': {
      title: '说是警察：先自己打110核实',
      now: '先别开门，自己打110核实是不是警察。',
      nowCall: '110',
      paragraphs: [
        '穿警服、出示证件，或说“要你去派出所”，都不能证明就是警察。有催收的人会冒充警察。',
        '民警到家里找你了解情况，一般应当出示人民警察证。',
        '核实只要几分钟。核实是真的，就开门配合。',
        '真警察不会让你转账，也没有“安全账户”。',
        impersonation,
      ],
      steps: [
        '隔着门问：姓名、警号、哪个派出所、为什么事来。',
        '隔着门请他出示人民警察证，告诉他你要打110核实一下。',
        '自己打110，说有人自称警察在你家门口，请接警员帮你核实。不要打对方给的号码。',
        '核实是真的：开门配合，不要阻拦。',
        '要你去派出所：自己去，可以请家人陪。不要上对方的车。',
        '核实不是，或对方要你转账、加微信、下载软件：不开门，告诉110。',
        '可以一直录音录像。',
      ],
      legalBasis: ['psl-99', 'psl-62', 'criminal-279'],
      channels: ['110'],
    },
    remote: {
      title: '电话里说是警察：挂掉，自己打110核实',
      now: '挂掉电话，自己打110问有没有这件事。',
      nowCall: '110',
      paragraphs: [
        '电话、短信或网上说是警察，说“要你去派出所”，都不能证明就是警察。有催收的人会冒充警察。',
        '真警察不会让你转账，也没有“安全账户”。要你下载软件、共享屏幕的，更要小心。',
        cardDebt,
        impersonation,
      ],
      steps: remoteSteps,
      legalBasis: ['criminal-196', 'card-crime-interpretation-6', 'psl-62', 'criminal-279'],
      channels: ['110'],
    },
    'likely-fake': {
      title: '很可能是冒充警察，但请自己打110核实',
      now: '自己打110核实，不回拨对方的号码。',
      nowCall: '110',
      paragraphs: [
        '对方在电话或网上说是警察，但没要你去派出所。这很可能是冒充，但请自己打110核实。',
        '真警察不会让你转账，也没有“安全账户”。',
        cardDebt,
        impersonation,
      ],
      steps: remoteSteps,
      legalBasis: ['criminal-196', 'card-crime-interpretation-6', 'psl-62', 'criminal-279'],
      channels: ['110'],
    },
  },
} satisfies { variants: Record<VariantOf<'verify-police'>, BlockTextInput> };
