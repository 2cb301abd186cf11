// Fields with no neutral meaning, kept per wire format so a renderer of the same family can put them back.
import type { WireFormat } from '../format.ts';

export type Extensions = Partial<Record<WireFormat, Record<string, unknown>>>;

/** The extension fields stored for `format`, or an empty object. */
export const extensionsFor = (extensions: Extensions | undefined, format: WireFormat): Record<string, unknown> =>
  extensions?.[format] ?? {};

/** Wraps `fields` for `format`, or returns undefined when there is nothing worth keeping. */
export const extensionsOf = (format: WireFormat, fields: Record<string, unknown>): Extensions | undefined =>
  Object.keys(fields).length === 0 ? undefined : { [format]: fields };

/** The fields of `raw` that are not in `known`: what a parser must keep so nothing is dropped. */
export const unknownFields = (raw: object, known: readonly string[]): Record<string, unknown> => {
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!known.includes(key) && value !== undefined) rest[key] = value;
  }
  return rest;
};
