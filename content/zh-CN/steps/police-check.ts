import type { StepContent } from '../../schema';

export default {
  title: '对方说是警察。你看到或遇到了下面哪些？',
  short: '警察核实',
  options: {
    uniform: { label: '穿全套警服，出示了人民警察证' },
    station: { label: '要我去派出所说明情况，或者说是为我报的警来的' },
    verified: { label: '我自己打110（或自己查到的派出所电话）核实过，确实是警察' },
    'pay-or-app': { label: '要我转账、加微信等聊天软件、下载软件，或者共享屏幕' },
    paid: { label: '我已经按他们说的转了钱或付了钱' },
    none: { label: '以上都没有' },
  },
  whyAsked:
    '冒充警察是催收的常见手法，警服和证件本身不能证明身份。只有用户自己打110（或自己查到的派出所电话）核实过，才按真警察对待：开门配合，不要阻拦。其他情况都先自己打110核实，只要几分钟；叫去派出所的，自己去，不上对方的车。真警察不会让人转账。',
} satisfies StepContent;
