/**
 * Contributions rounded to the tenths a chart shows, so that the shown points add up to the shown
 * score (rounding each on its own could miss it by a tenth or two). Largest remainder: each is
 * rounded down, then the tenths still missing go to those that lost the most. The score is the
 * one the interface shows (one decimal); contributions are at least 0.
 */
export function shownPoints(contributions: readonly number[], score: number): number[] {
  const target = Math.round(score * 10);
  const tenths = contributions.map((c) => Math.max(0, c) * 10);
  const shown = tenths.map(Math.floor);
  let missing = target - shown.reduce((sum, n) => sum + n, 0);
  // Largest remainders first when tenths are missing; smallest first when there are too many.
  const order = tenths
    .map((value, i) => ({ i, rest: value - (shown[i] as number) }))
    .sort((a, b) => (missing > 0 ? b.rest - a.rest : a.rest - b.rest) || a.i - b.i);
  for (let k = 0; missing !== 0 && k < order.length * 2; k++) {
    const { i } = order[k % order.length] as { i: number };
    if (missing > 0) {
      shown[i] = (shown[i] as number) + 1;
      missing--;
    } else if ((shown[i] as number) > 0) {
      shown[i] = (shown[i] as number) - 1;
      missing++;
    }
  }
  return shown.map((n) => n / 10);
}
