import type { BlockTextInput } from '../../schema';

/** happened=car-taken. Never says taking the car is theft, always illegal, or always lawful (P2.17 #21). */
export default {
  title: 'Your car was taken: call the police first, and keep a record',
  now: 'Call 110: say when and where the car was taken, and its number plate.',
  nowCall: '110',
  paragraphs: [
    'If your car was towed or driven away, it may be the lender or leasing company taking it back, or it may be someone else. Call 110 first, so that there is a record, and ask the police to find out.',
    'Whether it was lawful depends on the contract and on what happened. Do not try to grab the car back or block it, and do not fight.',
    'Car loan with the car as security (抵押): to deal with the car, the lender generally has to agree it with you or ask a court to auction or sell it; the contract may also say something else.',
    '"Lease-to-own" (以租代购, a finance lease 融资租赁): if you still have not paid the rent within a reasonable time after being asked to pay, the lessor may end the contract and take the car back.',
    'If the lease-to-own contract says the car becomes yours at the end and you have paid most of the rent: once the car is taken back, if it is worth more than the rent and fees you owe, you can ask for the difference back.',
  ],
  steps: [
    "Call 110. Say when and where it happened, the car's number plate, and how many people there were. If you had no notice at all beforehand, tell the police that too.",
    'Ask them which company they are from, which organisation hired them, and what documents they have. Write it down.',
    "If it is safe, photograph the scene, the tow truck's number plate and any documents they show.",
    'If they say it is a court enforcement, call your local area code + 12368 yourself to check. If it is real, cooperate and do not get in the way.',
    'If you had personal belongings in the car, make a list and ask for them back.',
    'Afterwards, ask the lender in writing for: the notice of repossession, where the car is now, and an itemised statement of what is owed.',
    'Keep the contract and your repayment records, and call 12348 to ask what to do next.',
    'If you object to the repossession, complain to the institution. For a car loan from a bank or an auto finance company (汽车金融公司) you can call 12378. For a financial leasing company (融资租赁公司) or a microlending company, go to your local financial regulatory bureau (地方金融管理局).',
  ],
  legalBasis: ['civil-410', 'guarantee-interpretation-45', 'civil-752', 'civil-758', 'licence-rules-3'],
  channels: ['110', '12368', 'lender-official', '12348', '12378', 'local-finance'],
} satisfies BlockTextInput;
