import type { WhyAsked } from '../schema';
import type { StepId } from '@/machines/replay';

/** For the counsellor view: why each step is asked. */
const whyAsked = {
  calm: {
    default: 'While someone is at the door, what matters most is: do not open the door, avoid conflict, and keep a recording. The words at the door only ask who they are and ask them to leave. They neither admit nor deny any debt or amount, so that nothing can be recorded and used as a promise.',
    variants: {
      'non-borrower': "Family members, and people mistaken for the borrower, only need to say at the door that they are not the borrower and ask the visitors to leave. They do not have to explain on the borrower's behalf, or say where the borrower is or how to reach them.",
      after: 'The visitors have gone, so the focus is on keeping a record and evidence while memories are clear. Photograph any damage before cleaning it up. The number on the case acceptance receipt (受案回执) will be needed later to check progress and to complain.',
      'after-emergency': 'The user has just come back from the emergency screen, and the visitors may still be outside: first a reminder to call 110 and keep the door shut, then how to keep a record and evidence. This version never assumes they have left.',
    },
  },
  claims: "Different identities are checked in different ways. Collectors: call the lender's official customer service. A court: call your local area code + 12368 yourself. The police: call 110 yourself. Someone who says they are delivering food or a parcel, or are from property management, but then talks about a debt may be trying to get the door opened.",
  'court-check': "A real court never asks for money to be paid into a personal account. If the user found the case number themselves or has received court papers before, treat it as a real court: cooperate and do not get in the way. In every other case, ask the user to check by calling their local area code + 12368 themselves, not a number the visitors give. Do not open the door before checking, but do not ignore it either.",
  crisis: 'The user says they have had thoughts of not wanting to live or of harming themselves. First help them reach 12356 and the people around them. The debt can wait; do not push them to deal with it right away.',
  danger: 'First, find out whether anyone is in physical danger. If any one of these is happening, call 110 first. Everything else can wait.',
  debt: {
    default: 'This asks what the user knows, not for an admission of debt. For people who have repaid, did not borrow, or are not sure, the plan first shows how to find out the facts, not how to pay.',
    variants: {
      family: 'A loan contract generally binds only the people who signed it. Guarantors, co-borrowers and debts shared by a married couple are different; if unsure, call 12348 for free advice. So this question separates whether the family member signed anything themselves. When the borrower has died, heirs answer at most up to the value of the estate they inherit; when the borrower is under 18, whether the loan is valid depends on their age and on the parents’ consent.',
    },
  },
  emergency: 'The user says someone is forcing their way in, making threats, carrying weapons, not letting someone leave, damaging things, or refusing to leave. Call the police and stay safe first. Who they are and what the debt is can wait until everyone is safe.',
  feeling: 'People facing debt collection often cannot sleep and feel under great stress. If the user chooses "I feel awful", the plan puts the helplines at the top. If they have had thoughts of not wanting to live, they first see the psychological assistance hotline 12356 and the people around them they can turn to.',
  happened: 'Each item links to an evidence list and next steps in the plan, such as calling the police, complaining to the lender, or reporting posts online. This only asks what happened. It does not decide for the user whether the other side broke the law.',
  'id-shown': {
    default: "To check, call the lender's official number, found in the loan app or on the back of the card, not a number the visitors give. If they will not say who they are, it is all the more important to keep the door shut and ask them to leave.",
    variants: {
      lawyer: 'A lawyer is checked with the local justice bureau (司法局) or the lawyers’ association, or by asking 12348, never with a number they give.',
    },
  },
  'lender-type': 'Where the loan came from decides where to complain. Banks and consumer finance companies: 12378 (the National Financial Regulatory Administration, NFRA). Microlending companies: the local financial regulatory bureau (地方金融管理局), which you can reach through 12345. Possible illegal lending: 110. For big platforms, online loan apps and unknown lenders, the plan first shows how to find out who provided the money.',
  negotiate: 'Negotiate only through the lender\'s official channels, and keep a written record where possible. Do not use paid "anti-collection", "debt optimisation" or "interest freeze and suspended account" (停息挂账) agents. Choosing "Not now" is fine too; the rest of the plan stays the same.',
  payment: "A collector's demand for money into a personal account, to a private payment code, or in cash is very risky, so the plan puts it at the top. A loan from a person is repaid only to the lender named on the IOU. If the user has already paid: call 110 first, then their own bank's official customer service, to see whether the payment can be stopped.",
  plan: 'The steps drawn from the answers so far: safety first, then checking who they are and the debt, keeping evidence, and complaining. You can go through it with the user from the top, one thing at a time.',
  'police-check': 'Impersonating the police is a common collection tactic; a uniform or an ID card does not prove who they are. Only when the user has called 110 themselves (or a station number they found themselves) are they treated as real police: open the door and cooperate, do not obstruct. In every other case, call 110 first to check; it takes minutes. If asked to go to the station, go there yourself, never in their car. Real police never ask anyone to transfer money.',
  role: 'Borrowers, their family members and people mistaken for the borrower need different words at the door and get different plans. People whose identity was misused also choose "I am the borrower", and say later that they did not borrow the money.',
  situation: 'First, tell whether it is happening right now. If someone is at the door or inside, the next question asks about danger. If they have gone, or never came, the questions go straight on.',
  terms: 'These answers decide whether the plan includes checking the amount, a warning about the limitation period (the time limit for going to court), or a suggestion to call the police. Interest must not be deducted from the principal in advance; the loan is counted as the amount actually received. The plan will not work out for the user "how much they really owe".',
  time: "Under the debt collection guideline (trial) issued by the China Banking Association in 2026, collection by phone or by home visit must not take place between 22:00 at night and 8:00 the next morning without your consent. It binds member institutions such as banks and consumer finance companies, and the collection companies they hire. It is an industry self-regulation rule, and you can complain on the basis of it. If another kind of lender keeps coming to the door late at night, you can also call the police.",
} satisfies Record<StepId, WhyAsked>;

export default whyAsked;
