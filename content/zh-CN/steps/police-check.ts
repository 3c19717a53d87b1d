import type { StepContent } from '../../schema';

export default {
  title: '对方说是警察。你看到或遇到了下面哪些？',
  options: {
    uniform: { label: '穿全套警服，出示了人民警察证' },
    station: { label: '要我去派出所说明情况，或者说是为我报的警来的' },
    'pay-or-app': { label: '要我转账、加微信等聊天软件、下载软件，或者共享屏幕' },
    none: { label: '以上都没有' },
  },
  whyAsked:
    '警察不替人催债，也不会让人转账、下载软件或共享屏幕。穿全套警服、出示证件的，或让去派出所的，按真警察对待、配合就好；去派出所要自己查地址和电话，其他情况请用户自己打110核实。',
} satisfies StepContent;
