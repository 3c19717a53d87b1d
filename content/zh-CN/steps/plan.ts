import type { StepContent } from '../../schema';

export default {
  title: '你的应对计划',
  whyAsked:
    '根据前面的回答整理出的步骤：先保安全，再核实身份和债务、留证据、投诉。可以和用户一起从最上面开始，一次做一件。',
} satisfies StepContent;
