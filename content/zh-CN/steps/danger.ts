import type { StepContent } from '../../schema';

export default {
  title: '有没有以下情况？',
  short: '危险情况',
  options: {
    forcing: { label: '撬门、砸门、强行要进' },
    threats: { label: '威胁要伤害我或家人' },
    weapons: { label: '带着棍棒、刀具等' },
    holding: { label: '不让人离开、要把人带走、拿走手机或证件' },
    damage: { label: '泼油漆、喷字、堵锁眼、破坏东西' },
    'refuse-leave': { label: '让他们走，他们不走（在屋里，或堵在门口、楼道里守着）' },
    unsure: { label: '看不清 / 不确定' },
    none: { label: '以上都没有' },
  },
} satisfies StepContent;
