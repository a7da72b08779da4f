import { describe, expect, it } from 'vitest';
import {
  SHOWCASE,
  companyOf,
  generateDataset,
  normalizeDomain,
  normalizeLinkedInUrl,
  type Dataset,
} from '@/lib/sandbox/dataset';
import {
  COMPANY_SIGNAL_TYPES,
  CONTACT_SIGNAL_TYPES,
  DEPARTMENTS,
  INDUSTRIES,
  SENIORITIES,
  SIZES,
} from '@/lib/sandbox/vocab';

const REFERENCE = Date.parse('2026-06-15T12:00:00.000Z');
const DAY_MS = 86_400_000;
const dataset: Dataset = generateDataset({ seed: 42, referenceDate: REFERENCE });

describe('generateDataset', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const again = generateDataset({ seed: 42, referenceDate: new Date(REFERENCE) });
    expect(JSON.stringify(again.contacts)).toBe(JSON.stringify(dataset.contacts));
    expect(JSON.stringify(again.companies)).toBe(JSON.stringify(dataset.companies));
    const other = generateDataset({ seed: 43, referenceDate: REFERENCE });
    expect(other.contacts[100]?.linkedinUrl).not.toBe(dataset.contacts[100]?.linkedinUrl);
  });

  it('has at least 5,000 contacts and 1,000 companies with unique ids', () => {
    expect(dataset.contacts.length).toBeGreaterThanOrEqual(5000);
    expect(dataset.companies.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(dataset.contacts.map((c) => c.id)).size).toBe(dataset.contacts.length);
    expect(new Set(dataset.companies.map((c) => c.id)).size).toBe(dataset.companies.length);
    for (const c of [...dataset.contacts, ...dataset.companies]) expect(c.id).toMatch(/^\d+$/);
  });

  it('keeps every contact at an existing company, with work emails on its domain', () => {
    for (const contact of dataset.contacts) {
      const company = companyOf(dataset, contact);
      for (const email of contact.emails.filter((e) => e.type === 'work')) {
        expect(email.email.endsWith(`@${company.domain}`)).toBe(true);
      }
    }
    const emails = dataset.contacts.flatMap((c) => c.emails.map((e) => e.email));
    expect(new Set(emails).size).toBe(emails.length);
  });

  it('writes canonical, unique LinkedIn URLs', () => {
    const urls = dataset.contacts.flatMap((c) => (c.linkedinUrl ? [c.linkedinUrl] : []));
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) expect(url).toMatch(/^https:\/\/www\.linkedin\.com\/in\/[a-z0-9-]+$/);
    for (const c of dataset.companies) {
      expect(c.linkedinUrl).toMatch(/^https:\/\/www\.linkedin\.com\/company\/[a-z0-9-]+$/);
    }
  });

  it('draws fields from the exported vocabularies', () => {
    const seniorities = new Set<string>(SENIORITIES.map((s) => s.name));
    const departments = new Set<string>(DEPARTMENTS);
    for (const c of dataset.contacts) {
      if (!c.jobTitle) continue;
      expect(seniorities.has(c.jobTitle.seniority)).toBe(true);
      for (const d of c.jobTitle.departments) expect(departments.has(d)).toBe(true);
    }
    const industries = new Set(INDUSTRIES.map((i) => i.label));
    for (const c of dataset.companies) {
      expect(industries.has(c.industry)).toBe(true);
      expect(SIZES).toContainEqual(c.size);
    }
  });

  it('dates signals within the year before the reference date, with known types', () => {
    const types = new Set<string>([...CONTACT_SIGNAL_TYPES, ...COMPANY_SIGNAL_TYPES]);
    const all = [...dataset.contacts, ...dataset.companies].flatMap((x) => x.signals);
    expect(all.length).toBeGreaterThan(500);
    for (const s of all) {
      expect(types.has(s.type)).toBe(true);
      const at = Date.parse(`${s.date}T00:00:00Z`);
      expect(at).toBeLessThanOrEqual(REFERENCE);
      expect(at).toBeGreaterThan(REFERENCE - 367 * DAY_MS);
    }
    const seen = new Set(all.map((s) => s.type));
    expect(seen.has('promotion') && seen.has('companyChange') && seen.has('riskNews')).toBe(true);
  });

  it('mixes in EU, partial, name-only, do-not-call and compliance-restricted profiles', () => {
    const count = (test: (c: Dataset['contacts'][number]) => boolean) =>
      dataset.contacts.filter(test).length;
    expect(count((c) => c.isEuContact)).toBeGreaterThan(100);
    expect(count((c) => c.emails.length === 0)).toBeGreaterThan(100);
    expect(count((c) => c.phones.length === 0)).toBeGreaterThan(100);
    expect(count((c) => !c.jobTitle && c.emails.length === 0)).toBeGreaterThan(10);
    expect(count((c) => c.phones.some((p) => p.doNotCall))).toBeGreaterThan(10);
    expect(count((c) => c.complianceRestricted)).toBeGreaterThan(5);
  });
});

describe('SHOWCASE', () => {
  it('opens the dataset with the same records for every seed', () => {
    const other = generateDataset({ seed: 7, referenceDate: REFERENCE });
    for (const ds of [dataset, other]) {
      SHOWCASE.companies.forEach((c, i) => {
        expect(ds.companies[i]).toMatchObject({
          id: c.id,
          domain: c.domain,
          linkedinUrl: c.linkedinUrl,
        });
      });
      SHOWCASE.contacts.forEach((c, i) => {
        const contact = ds.contacts[i];
        expect(contact).toMatchObject({
          id: c.id,
          linkedinUrl: c.linkedinUrl,
          companyId: c.companyId,
        });
        expect(contact?.emails[0]?.email).toBe(c.email);
      });
    }
    expect(SHOWCASE.companies).toHaveLength(3);
    expect(SHOWCASE.contacts).toHaveLength(12);
  });
});

describe('indexes', () => {
  const maya = SHOWCASE.contacts[0]!;

  it.each([
    ['https://www.linkedin.com/in/maya-lindqvist', 'in/maya-lindqvist'],
    ['https://uk.linkedin.com/in/Maya-Lindqvist/', 'in/maya-lindqvist'],
    ['linkedin.com/in/maya-lindqvist?trk=abc', 'in/maya-lindqvist'],
    ['http://de.linkedin.com/in/maya%2Dlindqvist', 'in/maya-lindqvist'],
    ['https://www.linkedin.com/company/Quillfeather-Labs/about/', 'company/quillfeather-labs'],
    ['https://example.com/in/maya-lindqvist', undefined],
    ['https://www.linkedin.com/feed/', undefined],
  ])('normalizeLinkedInUrl(%s) = %s', (url, key) => {
    expect(normalizeLinkedInUrl(url)).toBe(key);
  });

  it('finds records by id, LinkedIn URL, email, domain and name', () => {
    const { index } = dataset;
    expect(index.contactById.get(maya.id)?.lastName).toBe('Lindqvist');
    expect(index.contactByLinkedIn.get(normalizeLinkedInUrl(maya.linkedinUrl)!)?.id).toBe(maya.id);
    expect(index.contactByEmail.get(maya.email!)?.id).toBe(maya.id);
    expect(index.companyByDomain.get(normalizeDomain('https://www.Quillfeather.io/'))?.id).toBe(
      maya.companyId,
    );
    expect(index.companiesByName.get('quillfeather labs')?.[0]?.id).toBe(maya.companyId);
    expect(index.contactsByName.get('maya lindqvist')?.map((c) => c.id)).toContain(maya.id);
  });
});
