import type { BlockTextInput } from '../../schema';

export default {
  title: 'Your car was taken: call the police first, and keep a record',
  paragraphs: [
    'If your car was towed or driven away, it may be the lender taking it back, or it may be someone pretending to be the lender.',
    'Call 110 first, so that there is a record. If the car is gone and you do not know who took it, call 110 too.',
    'Do not try to block the vehicle, and do not fight. You matter more than the car.',
  ],
  steps: [
    "Call 110. Say when and where it happened, the car's number plate, and how many people there were.",
    'Ask them which company they are from, which lender hired them, and what documents they have. Write it down.',
    'If it is safe, photograph the scene, the tow truck\'s number plate and any documents they show.',
    'If they say it is a court enforcement, call your local area code + 12368 yourself to check. If it is real, cooperate and do not get in the way.',
    'If you had personal belongings in the car, write them down and ask for them back.',
    'Afterwards, ask the lender in writing for three things: the notice of repossession, where the car is now, and an itemised statement of what is owed.',
    'If you object to the repossession, complain to the lender. For a bank car loan you can call 12378. For finance leasing or a microlending company, go to your local financial regulatory bureau (地方金融管理局).',
  ],
  channels: ['110', '12368', 'lender-official', '12378', 'local-finance'],
} satisfies BlockTextInput;
