/**
 * Splitting one upstream charge between the reps whose look-ups shared a request. Shares are
 * whole credits (Lusha bills whole credits and `billing.creditsCharged` is an integer), they
 * add up exactly to the charge, and no share is above its weight when the charge is not above
 * the weights' sum: each rep's weight is what its part would have cost alone (its quote).
 */

/**
 * Largest-remainder apportionment of `total` credits over `weights` (ties go to the earlier
 * weight). All weights zero: split as if equal.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0 || total <= 0) return weights.map(() => 0);
  const sum = weights.reduce((a, b) => a + b, 0);
  const w = sum > 0 ? weights : weights.map(() => 1);
  const wsum = sum > 0 ? sum : weights.length;
  const exact = w.map((x) => (total * x) / wsum);
  const shares = exact.map((x) => Math.floor(x + 1e-9));
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x + 1e-9) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    shares[i] = (shares[i] as number) + 1;
    left -= 1;
  }
  return shares;
}
