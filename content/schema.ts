import { z } from 'zod';
import { CHANNEL_IDS, EMERGENCY_LINE_IDS, STATUTE_IDS } from './ids';

/**
 * One zod schema per kind of content; the TypeScript types are inferred from them.
 * Tests parse every locale with these, so a malformed entry fails the build.
 */
const text = z.string().trim().min(1);
const date = z.iso.date();
const statuteRef = z.enum(STATUTE_IDS);
const channelRef = z.enum(CHANNEL_IDS);

/** Words said through the door, shown large. */
export const scriptSchema = z.object({ title: text, lines: z.array(text).min(1) });

const stepTextFields = {
  title: text,
  /** A few words naming the question, for the printed case summary (e.g. 「对方自称」). */
  short: text.optional(),
  help: text.optional(),
  /** Option labels by option code; the machine decides which are offered and in what order. */
  options: z.record(z.string(), z.object({ label: text, hint: text.optional() })).optional(),
  paragraphs: z.array(text).optional(),
  bullets: z.array(text).optional(),
  script: scriptSchema.optional(),
  /** Numbers shown as large call buttons (the emergency and crisis screens). */
  calls: z.array(z.enum(EMERGENCY_LINE_IDS)).optional(),
  /** The label of the single action of a guidance or interrupt step. */
  action: text.optional(),
  legalBasis: z.array(statuteRef).optional(),
};

/** For the counsellor view: why a step is asked, and where a wording variant says more, why there. */
export const whyAskedSchema = z.union([text, z.strictObject({ default: text.optional(), variants: z.record(z.string(), text) })]);
export type WhyAsked = z.infer<typeof whyAskedSchema>;

export const stepTextSchema = z.strictObject(stepTextFields);
export const stepContentSchema = z.strictObject({
  ...stepTextFields,
  /** Replacements for some fields when the machine names a variant (e.g. `remote`). */
  variants: z.record(z.string(), stepTextSchema.partial()).optional(),
});

export const blockTextSchema = z.strictObject({
  title: text,
  /** The one thing to do now, a single short sentence (≤ 30 Chinese characters): the plan shows it under the title. */
  now: text,
  /** The number that `now` asks to call, if any: shown as a tel: link beside it. */
  nowCall: channelRef.optional(),
  paragraphs: z.array(text).default([]),
  /** Things to do, in order. */
  steps: z.array(text).optional(),
  script: scriptSchema.optional(),
  legalBasis: z.array(statuteRef).default([]),
  channels: z.array(channelRef).default([]),
});
export const blockContentSchema = z.union([
  blockTextSchema,
  z.strictObject({ variants: z.record(z.string(), blockTextSchema) }),
]);

export const evidenceItemSchema = z.strictObject({ label: text, why: text });

export const statuteSchema = z.strictObject({
  /** The instrument's full Chinese title, with the revision that is cited (kept in every locale). */
  instrument: text,
  /** An English gloss of the title, shown beside the Chinese title on English pages. */
  instrumentGloss: text.optional(),
  /** The article cited; left out where no number is published or none could be verified (the source says so). */
  article: text.optional(),
  /** A short quote of the operative words, or a faithful summary where no primary text was seen. */
  quote: text,
  /** Where legal-facts.md found it. */
  source: text,
  confidence: z.enum(['high', 'medium']),
  checkedOn: date,
});

export const channelSchema = z.strictObject({
  name: text,
  /** What is dialled, when it is a phone number. */
  tel: z.string().regex(/^\d{3,12}$/).optional(),
  /** How the number is written, when that differs from what is dialled (010-12321). */
  telLabel: text.optional(),
  /** How to reach it when it is not (or not only) a number: an app, a website, a counter. */
  reach: text.optional(),
  handles: text,
  prepare: text,
  responseTime: text.optional(),
  checkedOn: date,
});

export type ScriptContent = z.infer<typeof scriptSchema>;
export type StepText = z.infer<typeof stepTextSchema>;
export type StepContent = z.input<typeof stepContentSchema>;
export type BlockText = z.output<typeof blockTextSchema>;
export type BlockTextInput = z.input<typeof blockTextSchema>;
export type BlockContent = z.input<typeof blockContentSchema>;
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;
export type Statute = z.infer<typeof statuteSchema>;
export type Channel = z.infer<typeof channelSchema>;
/** What a call button shows of a channel. */
export type CallLine = Pick<Channel, 'name' | 'tel' | 'telLabel'>;
