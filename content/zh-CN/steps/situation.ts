import type { StepContent } from '../../schema';

export default {
  title: '现在是什么情况？',
  short: '情况',
  help: '选最接近的一项。',
  options: {
    'at-door': { label: '有人正在门外敲门，或在门口等着' },
    inside: { label: '他们已经进了家门' },
    visited: { label: '他们来过了，现在不在门口' },
    remote: { label: '没有上门（或只是说要上门），在打电话、发短信、找家人或网上曝光我' },
  },
} satisfies StepContent;
