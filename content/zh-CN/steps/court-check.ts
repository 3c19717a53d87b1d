import type { StepContent } from '../../schema';

export default {
  title: '你看到或收到了下面哪些？',
  short: '法院核实',
  options: {
    uniform: { label: '对方穿着制服，有法警或警车' },
    'case-number': { label: '我自己通过区号+12368或法院官网查到了这个案号' },
    'papers-before': {
      label: '之前收到过法院的传票、判决书、支付令或执行通知（比如邮政的法院专递），或仲裁通知',
    },
    'not-checked': { label: '他们说了案号，或给我看了文书，但我还没核实' },
    'pay-now': { label: '要我马上转账、扫码，或把现金交给个人' },
    paid: { label: '我已经按他们说的转了钱或付了钱' },
    none: { label: '以上都没有' },
  },
} satisfies StepContent;
