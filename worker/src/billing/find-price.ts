// Resolves the model name a request used to its price entry: exact name first, then only the rewrites
// real clients need (vendor prefixes, dated snapshots, `-latest`, Bedrock/Vertex ids, Claude Code's
// `[1m]`). Never a prefix or fuzzy match: an unknown model must stay unknown rather than borrow a price.
import type { ModelPrice } from './model-price.ts';

interface PriceIndex {
  exact: Map<string, ModelPrice>;
  normalized: Map<string, ModelPrice>;
}

// Indexed once per table array: callers treat a loaded table as immutable and pass a new array after edits.
const indexes = new WeakMap<readonly ModelPrice[], PriceIndex>();

export function findPrice(model: string, prices: readonly ModelPrice[]): ModelPrice | undefined {
  const index = indexFor(prices);
  return (
    index.exact.get(model) ??
    index.exact.get(model.trim().toLowerCase()) ??
    index.normalized.get(normalizeModelName(model))
  );
}

/** The canonical form names are compared in; also applied to the table's own names. */
export function normalizeModelName(model: string): string {
  let name = model.trim().toLowerCase();
  name = name.slice(name.lastIndexOf('/') + 1);
  name = name.replace(/^(?:(?:us|eu|apac|au|jp|global)\.)?anthropic\./, '');
  name = name.replace(/\[1m\]$/, '');
  name = name.replace(/-v\d+(?::\d+)?$/, '');
  name = name.replace(/@\d{8}$/, '');
  // Third-party catalogs write Claude versions with dots (claude-sonnet-4.5); Anthropic's ids use dashes.
  if (name.startsWith('claude-')) name = name.replaceAll('.', '-');
  name = name.replace(/-thinking$/, '');
  name = name.replace(/-latest$/, '');
  name = name.replace(/-(?:\d{8}|\d{4}-\d{2}-\d{2})$/, '');
  // Dated Gemini previews (gemini-3-pro-preview-11-2025) resolve to their preview line only, never to GA.
  name = name.replace(/-preview-\d{2}-\d{2,4}$/, '-preview');
  // Anthropic's aliases claude-opus-4-0 and claude-sonnet-4-0 name the models dated snapshots call claude-*-4.
  name = name.replace(/^(claude-(?:opus|sonnet)-4)-0$/, '$1');
  return name;
}

function indexFor(prices: readonly ModelPrice[]): PriceIndex {
  const cached = indexes.get(prices);
  if (cached) return cached;
  const index: PriceIndex = { exact: new Map(), normalized: new Map() };
  for (const price of prices) {
    if (!index.exact.has(price.model)) index.exact.set(price.model, price);
    const lower = price.model.trim().toLowerCase();
    if (!index.exact.has(lower)) index.exact.set(lower, price);
  }
  // An entry already in canonical form wins its key over a dated or prefixed entry that normalizes to it.
  const canonicalFirst = [...prices].sort(
    (a, b) => Number(normalizeModelName(b.model) === b.model) - Number(normalizeModelName(a.model) === a.model),
  );
  for (const price of canonicalFirst) {
    const key = normalizeModelName(price.model);
    if (!index.normalized.has(key)) index.normalized.set(key, price);
  }
  indexes.set(prices, index);
  return index;
}
