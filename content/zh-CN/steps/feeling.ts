import type { StepContent } from '../../schema';

export default {
  title: '这些事让你现在感觉怎么样？',
  short: '感受',
  help: '没有对错，照实选就好。',
  options: {
    coping: { label: '还能应付' },
    struggling: { label: '很难受、睡不着、压力很大' },
    crisis: { label: '有过不想活或伤害自己的念头' },
  },
} satisfies StepContent;
