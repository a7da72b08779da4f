import { describe, expect, it } from 'vitest';
import type { Findings } from '@/lib/detect';
import { TargetInput } from '@/lib/messaging/lookup';
import {
  companySearchItem,
  contactSearchItem,
  parseManualLookup,
  roleMailboxes,
  targetsFromFindings,
  type LookupTarget,
  type PersonTarget,
} from '@/lib/lookup/targets';

const IN = 'https://www.linkedin.com/in/';
const LEAD = 'https://www.linkedin.com/sales/lead/';
const ACCOUNT = 'https://www.linkedin.com/sales/company/';

function findings(part: Partial<Findings>): Findings {
  return {
    subject: null,
    profiles: [],
    companies: [],
    salesLeads: [],
    salesAccounts: [],
    emails: [],
    domain: 'linkedin.com',
    hints: {},
    truncated: false,
    ...part,
  };
}

/** What the panel sends for a target: everything but the key (see lib/panel toTargetInput). */
const wire = (target: LookupTarget) => {
  const { key: _key, ...input } = target;
  return TargetInput.parse(input);
};

describe('lookup targets', () => {
  it('puts the page subject first and lists each identity once', () => {
    const targets = targetsFromFindings({
      subject: { kind: 'profile', url: 'https://www.linkedin.com/in/ada-quill' },
      profiles: ['https://www.linkedin.com/in/bo-reyes', 'https://www.linkedin.com/in/ada-quill'],
      companies: ['https://www.linkedin.com/company/northwind-analytics'],
      salesLeads: [],
      salesAccounts: [],
      emails: ['Bo.Reyes@Northwind.example', 'Sales@Northwind.example', 'not-an-email'],
      domain: 'linkedin.com',
      hints: {},
      truncated: false,
    });
    expect(targets.map((t) => t.key)).toEqual([
      'person:linkedin:https://www.linkedin.com/in/ada-quill',
      'person:linkedin:https://www.linkedin.com/in/bo-reyes',
      'person:email:bo.reyes@northwind.example',
      'company:linkedin:https://www.linkedin.com/company/northwind-analytics',
    ]);
    expect(targets[3]).toMatchObject({ by: 'name', name: 'northwind analytics' });
  });

  it('looks a company website up by its registrable domain', () => {
    const [target] = targetsFromFindings({
      subject: { kind: 'domain', domain: 'northwind.co.uk' },
      profiles: [],
      companies: [],
      salesLeads: [],
      salesAccounts: [],
      emails: [],
      domain: 'northwind.co.uk',
      hints: {},
      truncated: false,
    });
    expect(target && companySearchItem(target as never)).toEqual({
      clientReferenceId: 'company:domain:northwind.co.uk',
      domain: 'northwind.co.uk',
    });
  });

  it.each([
    [
      { mode: 'linkedin', url: 'uk.linkedin.com/in/Ada-Quill/details/skills' },
      'person:linkedin:https://www.linkedin.com/in/ada-quill',
    ],
    [
      { mode: 'linkedin', url: 'https://www.linkedin.com/company/northwind/about' },
      'company:linkedin:https://www.linkedin.com/company/northwind',
    ],
    [{ mode: 'email', email: ' Ada@Northwind.example ' }, 'person:email:ada@northwind.example'],
    [
      { mode: 'name', firstName: 'Ada', lastName: 'Quill', company: 'northwind.co.uk' },
      'person:name:ada quill@northwind.co.uk',
    ],
    [
      { mode: 'name', firstName: 'Ada', lastName: 'Quill', company: 'Northwind Analytics' },
      'person:name:ada quill@northwind analytics',
    ],
    [
      { mode: 'domain', domain: 'https://shop.northwind.co.uk/about' },
      'company:domain:northwind.co.uk',
    ],
  ] as const)('accepts manual lookup %j', (input, key) => {
    const result = parseManualLookup(input);
    expect(result.ok && result.target.key).toBe(key);
  });

  it.each([
    [
      { mode: 'linkedin', url: 'https://www.linkedin.com/search/results/people/?keywords=ada' },
      'url',
    ],
    [{ mode: 'linkedin', url: '' }, 'url'],
    [{ mode: 'email', email: 'ada@' }, 'email'],
    [{ mode: 'name', firstName: 'Ada', lastName: '', company: 'Northwind' }, 'lastName'],
    [{ mode: 'name', firstName: 'Ada', lastName: 'Quill', company: ' ' }, 'company'],
    [{ mode: 'domain', domain: '127.0.0.1' }, 'domain'],
    [{ mode: 'domain', domain: 'co.uk' }, 'domain'],
  ] as const)('refuses %j with a message on the field', (input, field) => {
    const result = parseManualLookup(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.field).toBe(field);
      expect(result.message.length).toBeGreaterThan(10);
    }
  });

  it('builds Lusha search items that carry the key back', () => {
    const byName = parseManualLookup({
      mode: 'name',
      firstName: 'Ada',
      lastName: 'Quill',
      company: 'Northwind',
    });
    expect(byName.ok && contactSearchItem(byName.target as PersonTarget)).toEqual({
      clientReferenceId: 'person:name:ada quill@northwind',
      firstName: 'Ada',
      lastName: 'Quill',
      companyName: 'Northwind',
    });
  });
});

describe('targets carry the names pages show', () => {
  it('labels people and companies from hints; keys stay identifier-based', () => {
    const targets = targetsFromFindings(
      findings({
        subject: { kind: 'profile', url: `${IN}tariq-petrov-81d` },
        profiles: [`${IN}amélie-rousseau`],
        companies: ['https://www.linkedin.com/company/motionapp'],
        hints: {
          [`${IN}tariq-petrov-81d`]: { name: 'Tariq Petrov' },
          [`${IN}amélie-rousseau`]: { name: 'Amélie Rousseau' },
          'https://www.linkedin.com/company/motionapp': { name: 'Motion' },
        },
      }),
    );
    expect(targets.map((t) => [t.key, t.label])).toEqual([
      [`person:linkedin:${IN}tariq-petrov-81d`, 'Tariq Petrov'],
      [`person:linkedin:${IN}amélie-rousseau`, 'Amélie Rousseau'],
      ['company:linkedin:https://www.linkedin.com/company/motionapp', 'Motion'],
    ]);
    // The company is searched by the name the page shows, not by its slug "motionapp".
    expect(companySearchItem(targets[2] as never)).toMatchObject({ name: 'Motion' });
    for (const target of targets) expect(wire(target).label).toBe(target.label);
  });

  it('looks Sales Navigator leads up by name and company, or by the public profile', () => {
    const targets = targetsFromFindings(
      findings({
        subject: { kind: 'salesLead', url: `${LEAD}ACwAAA1` },
        salesLeads: [`${LEAD}ACwAAA2`, `${LEAD}ACwAAA3`],
        salesAccounts: [`${ACCOUNT}3005`, `${ACCOUNT}9999`],
        hints: {
          [`${LEAD}ACwAAA1`]: {
            name: 'Dr. Ana de la Cruz, PhD',
            companyName: 'Umbrella Test Logistics',
            companyUrl: `${ACCOUNT}4001`,
          },
          [`${LEAD}ACwAAA2`]: { name: 'Amélie Rousseau', profileUrl: `${IN}amelie-rousseau-81d` },
          [`${LEAD}ACwAAA3`]: { name: 'Tariq Petrov' },
          [`${ACCOUNT}3005`]: { name: 'Maison Verte SAS' },
        },
      }),
    );
    expect(targets.map((t) => t.key)).toEqual([
      'person:name:ana de la cruz@umbrella test logistics',
      `person:linkedin:${IN}amelie-rousseau-81d`,
      'company:name:maison verte sas',
    ]);
    expect(contactSearchItem(targets[0] as PersonTarget)).toEqual({
      clientReferenceId: 'person:name:ana de la cruz@umbrella test logistics',
      firstName: 'Ana',
      lastName: 'de la Cruz',
      companyName: 'Umbrella Test Logistics',
    });
    expect(targets[0]!.label).toBe('Dr. Ana de la Cruz, PhD');
    expect(companySearchItem(targets[2] as never)).toMatchObject({ name: 'Maison Verte SAS' });
    for (const target of targets) expect(() => wire(target)).not.toThrow();
  });

  it('keeps role mailboxes apart: the company’s contact addresses, not people', () => {
    const found = findings({
      emails: ['jane.doe@acme.example', 'info@acme.example', 'sales.uk@acme.example', 'x@'],
    });
    expect(targetsFromFindings(found).map((t) => t.key)).toEqual([
      'person:email:jane.doe@acme.example',
    ]);
    expect(roleMailboxes(found)).toEqual(['info@acme.example', 'sales.uk@acme.example']);
  });

  it('one target per person found twice, labelled once known', () => {
    const targets = targetsFromFindings(
      findings({
        profiles: [`${IN}amelie-rousseau-81d`],
        salesLeads: [`${LEAD}ACwAAA2`],
        hints: {
          [`${LEAD}ACwAAA2`]: { name: 'Amélie Rousseau', profileUrl: `${IN}amelie-rousseau-81d` },
        },
      }),
    );
    expect(targets).toHaveLength(1);
    expect(targets[0]!.label).toBe('Amélie Rousseau');
  });
});

describe('Sales Navigator links pasted into Look up', () => {
  const leadUrl = 'https://www.linkedin.com/sales/lead/ACwAAA1,NAME_SEARCH,x9Zq?_ntb=abc';

  it('a lead the current page names is looked up by name and company', () => {
    const result = parseManualLookup(
      { mode: 'linkedin', url: leadUrl },
      { [`${LEAD}ACwAAA1`]: { name: 'Ana de la Cruz', companyName: 'Umbrella Test Logistics' } },
    );
    expect(result.ok && result.target.key).toBe(
      'person:name:ana de la cruz@umbrella test logistics',
    );
  });

  it('a lead alone: refused with what else to paste', () => {
    const result = parseManualLookup({ mode: 'linkedin', url: leadUrl });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.field).toBe('url');
      expect(result.message).toMatch(/public LinkedIn link.*or search by name and company/);
    }
  });

  it('an account the page names is looked up by that name; alone it is refused', () => {
    const url = 'https://www.linkedin.com/sales/company/3005?_ntb=x';
    const named = parseManualLookup(
      { mode: 'linkedin', url },
      { [`${ACCOUNT}3005`]: { name: 'Maison Verte SAS' } },
    );
    expect(named.ok && named.target.key).toBe('company:name:maison verte sas');
    const alone = parseManualLookup({ mode: 'linkedin', url });
    expect(!alone.ok && alone.message).toMatch(/website or its LinkedIn page/);
  });
});
