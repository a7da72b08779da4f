/**
 * The `funding` filter of company prospecting, as the spec's V3CompanyFilterCriteria spells it.
 */
import { z } from 'zod';
import { parseIsoDate } from './prospecting-common';

const strings = z.array(z.string()).optional();
const date = z
  .string()
  .refine((s) => !Number.isNaN(parseIsoDate(s)), 'must be a real YYYY-MM-DD date');

const coverage = z.enum(['last_funding', 'any_round', 'total_funds', 'last_round']).optional();
/** The company `funding` filter: every sub-filter optional, combinable (spec). */
export const Funding = z.object({
  isIpo: z.boolean().optional(),
  ranges: z
    .array(
      z.object({ coverage, min: z.number().int().optional(), max: z.number().int().optional() }),
    )
    .optional(),
  date: z.object({ coverage, date: date.optional() }).optional(),
  rounds: z
    .array(
      z.object({
        coverage,
        round: z
          .enum([
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
          ])
          .optional(),
      }),
    )
    .optional(),
  names: z
    .array(
      z.object({
        coverage,
        name: z
          .enum([
            'angel',
            'venture',
            'private_equity',
            'crowdfunding',
            'grant',
            'debt_financing',
            'other',
          ])
          .optional(),
      }),
    )
    .optional(),
  investors: strings,
  types: strings,
});
