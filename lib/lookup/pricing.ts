/** Credit estimates from the per-action pricing that `GET /v3/account/usage` reports. */

/** One pricing entry: `credits` for every `perQuantity` units. */
export interface Price {
  credits: number;
  perQuantity?: number;
}

export type Pricing = Record<string, Price | undefined>;

/** What `quantity` units of `action` cost; unknown actions are assumed to cost 1 per unit. */
export function estimateCredits(pricing: Pricing, action: string, quantity: number): number {
  if (quantity <= 0) return 0;
  const price = pricing[action];
  if (!price) return quantity;
  const per = price.perQuantity && price.perQuantity > 0 ? price.perQuantity : 1;
  return Math.ceil(quantity / per) * price.credits;
}
