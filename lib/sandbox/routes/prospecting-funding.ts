/**
 * The `funding` filter of company prospecting, as the spec's V3CompanyFilterCriteria spells it.
 */
import * as z from 'zod/mini';
import { parseIsoDate } from './prospecting-common';

const strings = z.optional(z.array(z.string()));
const date = z
  .string()
  .check(z.refine((s) => !Number.isNaN(parseIsoDate(s)), 'must be a real YYYY-MM-DD date'));

const coverage = z.optional(z.enum(['last_funding', 'any_round', 'total_funds', 'last_round']));
/** The company `funding` filter: every sub-filter optional, combinable (spec). */
export const Funding = z.object({
  isIpo: z.optional(z.boolean()),
  ranges: z.optional(
    z.array(z.object({ coverage, min: z.optional(z.int()), max: z.optional(z.int()) })),
  ),
  date: z.optional(z.object({ coverage, date: z.optional(date) })),
  rounds: z.optional(
    z.array(
      z.object({
        coverage,
        round: z.optional(
          z.enum([
            'pre_seed',
            'seed',
            'series_a',
            'series_b',
            'series_c',
            'series_d',
            'series_e',
            'series_f',
            'series_g',
            'series_h',
            'other',
          ]),
        ),
      }),
    ),
  ),
  names: z.optional(
    z.array(
      z.object({
        coverage,
        name: z.optional(
          z.enum([
            'angel',
            'venture',
            'private_equity',
            'crowdfunding',
            'grant',
            'debt_financing',
            'other',
          ]),
        ),
      }),
    ),
  ),
  investors: strings,
  types: strings,
});
