import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { specAvailable } from '../../../support/spec';
import { expectSpec, sandboxFixture } from './helpers';

const CONTACT = '/v3/contacts/prospecting/filters';
const COMPANY = '/v3/companies/prospecting/filters';

describe.runIf(specAvailable())('sandbox prospecting filters', () => {
  // One sandbox per file (these operations keep no state a later test could trip over); the
  // clock moves past the rate-limit windows before each test.
  let fx: ReturnType<typeof sandboxFixture>;
  beforeAll(() => {
    fx = sandboxFixture();
  });
  beforeEach(() => fx.tick());

  it('lists the filter types of contacts and companies with their query rule', async () => {
    const contact = await fx.call('GET', CONTACT);
    expectSpec('getContactFilterTypes', contact, 200);
    expect(contact.body.availableFilters).toContainEqual({
      filterType: 'locations',
      requiresQuery: true,
    });
    const company = await fx.call('GET', COMPANY);
    expectSpec('getCompanyFilterTypes', company, 200);
    expect(company.body.availableFilters).toContainEqual({
      filterType: 'technologies',
      requiresQuery: true,
    });
    expect(company.body.availableFilters).toHaveLength(9);
  });

  it('lists every contact filter value, each of which matches prospecting results', async () => {
    for (const type of ['departments', 'seniority', 'existingDataPoints', 'countries']) {
      const reply = await fx.call('GET', `${CONTACT}/${type}`);
      expectSpec('getContactFilterValues', reply, 200);
      expect((reply.body.values as unknown[]).length, type).toBeGreaterThan(0);
    }
    const countries = (await fx.call('GET', `${CONTACT}/countries`)).body.values as {
      code: string;
    }[];
    for (const { code } of countries.slice(0, 5)) {
      const reply = await fx.call('POST', '/v3/contacts/prospecting', {
        pagination: { page: 0, size: 10 },
        filters: { contacts: { include: { countries: [code] } } },
      });
      expect((reply.body.pagination as { total: number }).total, code).toBeGreaterThan(0);
    }
    const sales = await fx.call('GET', `${CONTACT}/departments?query=sal`);
    expectSpec('getContactFilterValues', sales, 200);
    expect(sales.body.values).toEqual(['Sales']);
    const points = (await fx.call('GET', `${CONTACT}/existingDataPoints`)).body.values as string[];
    const reply = await fx.call('POST', '/v3/contacts/prospecting', {
      pagination: { page: 0, size: 10 },
      filters: { contacts: { include: { existingDataPoints: points.slice(0, 1) } } },
    });
    expect((reply.body.pagination as { total: number }).total).toBeGreaterThan(0);
  });

  it('requires and applies the query of query-driven filters', async () => {
    expectSpec('getContactFilterValues', await fx.call('GET', `${CONTACT}/locations`), 400);
    expectSpec('getContactFilterValues', await fx.call('GET', `${CONTACT}/locations?query=a`), 400);
    expectSpec('getContactFilterValues', await fx.call('GET', `${CONTACT}/jobs`), 400);
    for (const type of ['names', 'technologies', 'locations']) {
      expectSpec('getCompanyFilterValues', await fx.call('GET', `${COMPANY}/${type}`), 400);
    }
    const all = (await fx.call('GET', `${CONTACT}/countries`)).body.values as { name: string }[];
    const query = all[0]!.name.slice(0, 4);
    const found = await fx.call('GET', `${CONTACT}/locations?query=${encodeURIComponent(query)}`);
    expectSpec('getContactFilterValues', found, 200);
    const locations = found.body.values as Record<string, string>[];
    expect(locations.length).toBeGreaterThan(0);
    for (const l of locations) {
      expect(
        [l.city, l.state, l.country].some((v) => v?.toLowerCase().includes(query.toLowerCase())),
      ).toBe(true);
    }
    const located = await fx.call('POST', '/v3/contacts/prospecting', {
      pagination: { page: 0, size: 10 },
      filters: { contacts: { include: { locations: [locations[0]] } } },
    });
    expect((located.body.pagination as { total: number }).total).toBeGreaterThan(0);
  });

  it('lists company filter values that match companies', async () => {
    for (const type of ['sizes', 'revenues', 'sics', 'naics', 'industriesLabels', 'intentTopics']) {
      const reply = await fx.call('GET', `${COMPANY}/${type}`);
      expectSpec('getCompanyFilterValues', reply, 200);
      expect((reply.body.values as unknown[]).length, type).toBeGreaterThan(0);
    }
    const industries = (await fx.call('GET', `${COMPANY}/industriesLabels`)).body
      .values as string[];
    const techs = (await fx.call('GET', `${COMPANY}/technologies?query=${'sa'}`)).body
      .values as string[];
    const names = (await fx.call('GET', `${COMPANY}/names?query=in`)).body.values as {
      name: string;
    }[];
    for (const t of techs) expect(t.toLowerCase()).toContain('sa');
    for (const n of names) expect(n.name.toLowerCase()).toContain('in');
    const include = {
      industriesLabels: industries.slice(0, 1),
      ...(techs.length ? { technologies: techs.slice(0, 1) } : {}),
    };
    const reply = await fx.call('POST', '/v3/companies/prospecting', {
      pagination: { page: 0, size: 10 },
      filters: { companies: { include: { industriesLabels: include.industriesLabels } } },
    });
    expectSpec('prospectingCompanies', reply, 200);
    expect((reply.body.pagination as { total: number }).total).toBeGreaterThan(0);
  });
});
