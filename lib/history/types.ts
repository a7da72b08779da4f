/** What the rep revealed, kept so nothing paid for is ever lost or paid for twice. */

export interface RevealedEmail {
  email: string;
  type?: string;
  confidence?: string;
}

export interface RevealedPhone {
  number: string;
  type?: string;
  doNotCall?: boolean;
}

interface Revealed {
  /** Lusha's id: opaque. */
  id: string;
  name: string;
  linkedinUrl?: string;
  revealedAt: number;
  /** Credits charged for this record when it was revealed (its share of the call). */
  creditsCharged: number;
  /** True when it came from the built-in demo sandbox, not from Lusha. */
  demo: boolean;
  /**
   * The fields revealed so far (`emails`, `phones`; for a company `company` and the extra
   * fields), so a card offers only what is left. Absent in entries saved before it existed.
   */
  revealedFields?: string[];
}

export interface RevealedPerson extends Revealed {
  kind: 'person';
  title?: string;
  companyName?: string;
  companyDomain?: string;
  location?: string;
  emails: RevealedEmail[];
  phones: RevealedPhone[];
}

export interface RevealedCompany extends Revealed {
  kind: 'company';
  domain?: string;
  industry?: string;
  /** Extra revealed fields (employeesByDepartment, competitors, ...), as the API sent them. */
  fields: Record<string, unknown>;
}

export type HistoryEntry = RevealedPerson | RevealedCompany;

/**
 * The history as it was stored before the indexed database (one `storage.local` item, entries
 * by `person:<id>` / `company:<id>`): kept only to migrate it (lib/db/migrations).
 */
export interface LegacyHistoryData {
  entries: Record<string, HistoryEntry>;
}
