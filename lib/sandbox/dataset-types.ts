/**
 * The shapes of the sandbox's invented people and companies. Field names follow the Lusha spec
 * where a record maps straight onto a response (`jobTitle`, `emails`, `phones`, `location`).
 */

/** A place, in the spec's location vocabulary. */
export interface Place {
  city?: string;
  state?: string;
  stateCode?: string;
  country: string;
  countryIso2: string;
  continent: string;
  coordinates?: [number, number];
}

/** An email address as enrich returns it. */
export interface Email {
  email: string;
  type: 'work' | 'private' | 'unknown';
  confidence: string | null;
  updateDate: string;
}

/** A phone number as enrich returns it. */
export interface Phone {
  number: string;
  type: 'mobile' | 'direct' | 'work' | 'unknown';
  doNotCall: boolean;
  updateDate: string;
}

/** One dated signal event; `data` holds the type-specific fields the spec shows. */
export interface Signal {
  type: string;
  /** `YYYY-MM-DD`. */
  date: string;
  data: Record<string, unknown>;
}

/** A numeric band with an open top when `max` is absent. */
export interface Band {
  min: number;
  max?: number;
}

/** A buyer-intent topic a company shows. */
export interface IntentTopic {
  topicName: string;
  topicScore: number;
  topicTrend: string;
}

/** A funding round. */
export interface FundingRound {
  currency: 'USD';
  roundAmount: number;
  roundType: string;
  roundDate: string;
}

/** An invented company. */
export interface Company {
  id: string;
  name: string;
  /** Bare registrable domain, e.g. `quillfeather.io` (responses add `www.`). */
  domain: string;
  description: string;
  companyType: string;
  yearFounded: number;
  employees: number;
  size: Band;
  industry: string;
  industryId: number;
  subIndustry: string;
  subIndustryId: number;
  sicCodes: { code: number; description: string }[];
  naicsCodes: { code: number; description: string }[];
  location: Place & { zipCode?: string };
  additionalLocations: Place[];
  linkedinSlug: string;
  linkedinUrl: string;
  linkedinFollowers: number;
  revenue?: Band;
  technologies: string[];
  intent: IntentTopic[];
  specialities: string[];
  businessModel: string[];
  funding: FundingRound[];
  popularityTier: number;
  phone?: string;
  email?: string;
  competitorIds: string[];
  signals: Signal[];
  /** True for thin records: no revenue, technologies, intent or funding. */
  partial: boolean;
}

/** An invented person at one of the companies. */
export interface Contact {
  id: string;
  firstName: string;
  lastName: string;
  companyId: string;
  /** Absent on name-only partial profiles. */
  jobTitle?: { title: string; departments: string[]; seniority: string };
  seniorityId?: number;
  location?: Place;
  isEuContact: boolean;
  linkedinSlug?: string;
  linkedinUrl?: string;
  emails: Email[];
  phones: Phone[];
  skills: string[];
  signals: Signal[];
  previousEmployment: { companyName: string; domain: string; title: string }[];
  /** Search and enrich answer per-item `COMPLIANCE_RESTRICTED` for these. */
  complianceRestricted: boolean;
  /** A partial profile: nothing to reveal (no emails, no phones) or only a name. */
  partial: boolean;
  updateDate: string;
}
