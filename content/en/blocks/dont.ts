import type { BlockTextInput } from '../../schema';

export default {
  title: 'Things not to do for now',
  now: 'Sign nothing, pay no individual, and open the door to no one unchecked.',
  steps: [
    'Do not open the door to people whose identity you have not checked. If they say they are a court or the police, check yourself by calling 110 or your area code + 12368; if it is real, open the door and cooperate. Do not get in their way.',
    'Do not sign anything on the spot, such as a promise to repay, an IOU or a confirmation.',
    'Do not give them your ID card or your phone.',
    'Do not transfer money to a personal account, do not scan a private payment code, and do not hand over cash in person.',
    'Do not fight them or trade insults with them. Protecting yourself matters most.',
    "Do not post the collectors' faces, names or phone numbers online.",
    'Do not borrow new money from other platforms or other people to repay this debt.',
    'Do not pay agents who offer "anti-collection" (反催收) or "debt optimisation" (债务优化) services.',
  ],
} satisfies BlockTextInput;
