import type { StepContent } from '../../schema';

export default {
  title: 'Is any of this happening?',
  short: 'Danger',
  options: {
    forcing: { label: 'Prying or smashing the door, forcing their way in' },
    threats: { label: 'Threatening to hurt me or my family' },
    weapons: { label: 'Carrying sticks, knives or similar' },
    holding: { label: 'Not letting someone leave, trying to take someone away, taking phones or ID papers' },
    damage: { label: 'Throwing paint, spraying words, blocking the keyhole, breaking things' },
    'refuse-leave': {
      label: 'I asked them to leave and they will not (inside, or blocking the door or waiting in the stairwell)',
    },
    unsure: { label: 'I cannot see clearly / I am not sure' },
    none: { label: 'None of these' },
  },
} satisfies StepContent;
