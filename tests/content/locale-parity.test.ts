import en from '@/content/en';
import zhCN from '@/content/zh-CN';
import { blockContentSchema, stepContentSchema, statuteSchema } from '@/content/schema';

/** Every path to a leaf value, with the value: arrays by index, objects by key. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => leaves(item, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}

const shape = (content: unknown) => leaves(content).map(([path, value]) => `${path}:${typeof value}`);

describe('zh-CN and English say the same things', () => {
  test('the same keys (and list lengths) in both locales', () => {
    // The statute catalogue is shared; English adds a gloss (checked below).
    const { ui: _zhUi, locale: _zl, statutes: _zs, ...zh } = zhCN;
    const { ui: _enUi, locale: _el, statutes: _es, ...english } = en;
    expect(shape(english)).toEqual(shape(zh));
    expect(Object.keys(en.ui).sort()).toEqual(Object.keys(zhCN.ui).sort());
  });

  test('no string is empty in either locale', () => {
    for (const content of [zhCN, en]) {
      const empty = leaves(content).filter(([, value]) => typeof value === 'string' && value.trim() === '');
      expect(empty).toEqual([]);
    }
  });

  test('citations and channels are identical; only words differ', () => {
    const ids = (content: typeof en) =>
      leaves(content.blocks).filter(([path]) => /legalBasis|channels/.test(path)).map(([path, value]) => `${path}=${value}`);
    expect(ids(en)).toEqual(ids(zhCN));
  });

  test('English content parses too', () => {
    for (const step of Object.values(en.steps)) stepContentSchema.parse(step);
    for (const block of Object.values(en.blocks)) blockContentSchema.parse(block);
    for (const statute of Object.values(en.statutes)) {
      statuteSchema.parse(statute);
      expect(statute.instrumentGloss).toBeTruthy();
    }
  });
});
