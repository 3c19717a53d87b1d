export type HiddenAnswersProps = { pairs: readonly (readonly [string, string])[] };

/** Earlier answers carried by a GET form, so its submit produces the next URL. */
export function HiddenAnswers({ pairs }: HiddenAnswersProps) {
  return pairs.map(([step, value]) => <input key={`${step}=${value}`} type="hidden" name={step} value={value} />);
}
