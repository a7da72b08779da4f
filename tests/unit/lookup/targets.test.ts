import { describe, expect, it } from 'vitest';
import {
  companySearchItem,
  contactSearchItem,
  parseManualLookup,
  targetsFromFindings,
  type PersonTarget,
} from '@/lib/lookup/targets';

describe('lookup targets', () => {
  it('puts the page subject first and lists each identity once', () => {
    const targets = targetsFromFindings({
      subject: { kind: 'profile', url: 'https://www.linkedin.com/in/ada-quill' },
      profiles: ['https://www.linkedin.com/in/bo-reyes', 'https://www.linkedin.com/in/ada-quill'],
      companies: ['https://www.linkedin.com/company/northwind-analytics'],
      salesLeads: [],
      salesAccounts: [],
      emails: ['Sales@Northwind.example', 'not-an-email'],
      domain: 'linkedin.com',
      hints: {},
      truncated: false,
    });
    expect(targets.map((t) => t.key)).toEqual([
      'person:linkedin:https://www.linkedin.com/in/ada-quill',
      'person:linkedin:https://www.linkedin.com/in/bo-reyes',
      'person:email:sales@northwind.example',
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
