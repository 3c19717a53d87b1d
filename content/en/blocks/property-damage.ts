import type { BlockTextInput } from '../../schema';

/** danger=damage, or happened=damage (paint, graffiti, glued locks, notices posted). */
export default {
  title: 'Paint, sprayed words, a blocked keyhole, notices posted: take photos first, then call the police',
  now: 'Call 110 now. Do not clean up yet; photograph it with the door number in view.',
  nowCall: '110',
  paragraphs: [
    'Deliberately damaging your belongings may violate Article 59 of the Public Security Administration Punishments Law.',
    'Where the loss is large or the circumstances are serious, it may constitute the crime of intentional destruction of property. The relevant law: Article 275 of the Criminal Law.',
    'Posting notices about a debt at your door may harm your reputation. Photograph these too, and report them to the police.',
    'If they carry on after the police have stopped them or punished them, it may constitute picking quarrels and provoking trouble (寻衅滋事). So report it to the police every time.',
  ],
  steps: [
    'If someone is still causing damage, or you are trapped at home and cannot get out: call 110 now.',
    'Wait until they have gone before you go out. Do not clean up yet. Take wide shots and close-ups, with the door number in the photos.',
    'Call 110 and ask the police to come and see the scene.',
    'Ask the property management to save the CCTV footage from the stairwell.',
    'After you report it, ask the police for a case acceptance receipt (受案回执) and note the number.',
    'Keep the invoices and receipts for repairing the lock and cleaning up.',
  ],
  legalBasis: ['psl-59', 'criminal-275', 'civil-1024', 'provocation-interpretation-1', 'police-admin-procedure-61'],
  channels: ['110'],
} satisfies BlockTextInput;
