// Cost of one request (§6.1): tokens x per-million prices x the provider's costMultiplier, with the
// default cache prices where the table has none. Unknown model: cost 0, flagged as priceMissing.
//
// Exactness: the token x price sum is formed in integers (BigInt) in units of 1e-14 USD per token, which
// holds any price with up to 8 decimals per million tokens, and the 1.25x / 2x / 0.1x defaults of any
// price with up to 6, exactly. Only three roundings follow the exact sum (to a double, the division into
// dollars, the multiplier), each within half an ulp (relative 1.1e-16): a $1,000 request is off by under
// 1e-12 USD, and a thousand summed requests stay far inside 1e-9 USD of the exact total.
import type { Usage } from '../formats/ir/usage.ts';
import type { ModelPrice } from './model-price.ts';

export interface RequestCost {
  costUsd: number;
  priceMissing: boolean;
}

/** Price units per 1 USD per million tokens: 1 USD/MTok = 1e-6 USD/token = 1e8 units of 1e-14 USD. */
const unitsPerUsdPerMTok = 100_000_000;
const unitsPerUsd = 1e14;

export function computeCost(usage: Usage, price: ModelPrice | undefined, costMultiplier: number): RequestCost {
  if (!price) return { costUsd: 0, priceMissing: true };
  const input = toUnits(price.inputPerMTok);
  const units =
    tokens(usage.inputTokens) * input +
    tokens(usage.outputTokens) * toUnits(price.outputPerMTok) +
    tokens(usage.cacheWrite5mTokens) * unitsOrDefault(price.cacheWrite5mPerMTok, (input * 125n) / 100n) +
    tokens(usage.cacheWrite1hTokens) * unitsOrDefault(price.cacheWrite1hPerMTok, input * 2n) +
    tokens(usage.cacheReadTokens) * unitsOrDefault(price.cacheReadPerMTok, input / 10n);
  return { costUsd: (Number(units) / unitsPerUsd) * multiplier(costMultiplier), priceMissing: false };
}

/**
 * A price in units of 1e-14 USD per token. Prices come from an admin-edited table: anything that is not
 * a finite, non-negative number prices at 0 rather than failing the request's bookkeeping.
 */
function toUnits(perMTok: number): bigint {
  return Number.isFinite(perMTok) && perMTok > 0 ? BigInt(Math.round(perMTok * unitsPerUsdPerMTok)) : 0n;
}

function unitsOrDefault(perMTok: number | null, fallback: bigint): bigint {
  return perMTok === null ? fallback : toUnits(perMTok);
}

function tokens(count: number): bigint {
  return Number.isFinite(count) && count > 0 ? BigInt(Math.round(count)) : 0n;
}

/** A multiplier that is not a finite, non-negative number bills at list price (1), never at 0 or NaN. */
function multiplier(costMultiplier: number): number {
  return Number.isFinite(costMultiplier) && costMultiplier >= 0 ? costMultiplier : 1;
}
