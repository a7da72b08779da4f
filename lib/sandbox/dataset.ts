/**
 * The sandbox's dataset: invented companies and people, generated from a seed so that every run
 * and every machine sees the same records, plus the indexes the search endpoints use. The same
 * seed and reference date always give the same dataset.
 */
import { createRng } from './prng';
import type { Company, Contact } from './dataset-types';
import { buildIndex, type DatasetIndex } from './dataset-index';
import { generateCompanies } from './dataset-companies';
import { generateContacts } from './dataset-contacts';

export type {
  Band,
  Company,
  Contact,
  Email,
  FundingRound,
  IntentTopic,
  Phone,
  Place,
  Signal,
} from './dataset-types';
export type { DatasetIndex } from './dataset-index';
export { normalizeDomain, normalizeLinkedInUrl, normalizeName } from './dataset-index';
export { SHOWCASE, type ShowcaseCompany, type ShowcaseContact } from './showcase';
export { sizeOf } from './dataset-companies';

/** How many generated records follow the showcase ones. */
export const GENERATED_COMPANIES = 1000;
export const GENERATED_CONTACTS = 5000;

/** Everything the sandbox knows, read-only for route handlers. */
export interface Dataset {
  seed: number;
  /** Milliseconds since the epoch; signal dates lie in the year before it. */
  referenceDate: number;
  companies: Company[];
  contacts: Contact[];
  index: DatasetIndex;
}

/** Options of `generateDataset`. */
export interface DatasetOptions {
  seed: number;
  /** The "today" of the dataset (ms since the epoch, or a Date). */
  referenceDate: number | Date;
}

/** Generates the dataset for a seed and reference date (deterministic, ~100 ms). */
export function generateDataset({ seed, referenceDate }: DatasetOptions): Dataset {
  const today = typeof referenceDate === 'number' ? referenceDate : referenceDate.getTime();
  const rng = createRng(seed);
  const companies = generateCompanies(rng, GENERATED_COMPANIES, today);
  const contacts = generateContacts(rng, GENERATED_CONTACTS, companies, today);
  return {
    seed,
    referenceDate: today,
    companies,
    contacts,
    index: buildIndex(companies, contacts),
  };
}

/** The company a contact works at (always present: the generator guarantees it). */
export function companyOf(dataset: Dataset, contact: Contact): Company {
  const company = dataset.index.companyById.get(contact.companyId);
  if (!company) throw new Error(`Dataset inconsistency: no company ${contact.companyId}`);
  return company;
}
