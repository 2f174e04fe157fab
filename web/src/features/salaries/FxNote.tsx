import type { FxRateView } from '../../api/salaries';
import { useSalaryText } from './useSalaryText';

/** The rate and its date, printed beside every figure converted from US dollars. */
export function FxNote({ fx }: { fx: FxRateView }) {
  const sentence = useSalaryText().fxSentence(fx);
  return sentence ? <p className="salary-fx">{sentence}</p> : null;
}
