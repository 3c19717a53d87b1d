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
} satisfies StepContent;
