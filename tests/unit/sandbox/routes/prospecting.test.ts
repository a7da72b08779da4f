import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { specAvailable, specOperation } from '../../../support/spec';
import { creditsUsed, expectSpec, sandboxFixture, unitPrice } from './helpers';

interface ContactResult {
  id: string;
  jobTitle?: { departments?: string[]; seniority?: string };
  company?: { id: string };
  signalTypes?: string[];
}
interface Page<T> {
  results: T[];
  pagination: { page: number; size: number; total: number };
  billing: { creditsCharged: number; resultsReturned: number };
}

describe.runIf(specAvailable())('sandbox prospecting', () => {
  // One sandbox per file (these operations keep no state a later test could trip over); the
  // clock moves past the rate-limit windows before each test.
  let fx: ReturnType<typeof sandboxFixture>;
  beforeAll(() => {
    fx = sandboxFixture();
  });
  beforeEach(() => fx.tick());

  async function contacts(filters: unknown, page = 0, size = 100) {
    const reply = await fx.call('POST', '/v3/contacts/prospecting', {
      pagination: { page, size },
      filters,
    });
    expectSpec('prospectingContacts', reply, 200);
    return reply.body as unknown as Page<ContactResult>;
  }

  it('accepts the spec request examples of both operations', async () => {
    for (const op of ['prospectingContacts', 'prospectingCompanies']) {
      const path =
        op === 'prospectingContacts' ? '/v3/contacts/prospecting' : '/v3/companies/prospecting';
      for (const example of specOperation(op).requestExamples) {
        expectSpec(op, await fx.call('POST', path, example.value), 200);
      }
    }
  });

  it('pages through a stable order with consistent totals', async () => {
    const first = await contacts({}, 0, 10);
    const second = await contacts({}, 1, 10);
    expect(first.pagination).toMatchObject({ page: 0, size: 10 });
    expect(first.pagination.total).toBeGreaterThan(20);
    expect(second.pagination.total).toBe(first.pagination.total);
    expect(first.results).toHaveLength(10);
    const ids = [...first.results, ...second.results].map((r) => r.id);
    expect(new Set(ids).size).toBe(20);
    expect((await contacts({}, 0, 10)).results.map((r) => r.id)).toEqual(ids.slice(0, 10));
    const big = await contacts({}, 0, 20);
    expect(big.results.map((r) => r.id)).toEqual(ids);
    const beyond = await contacts({}, 999, 10);
    expect(beyond.results).toEqual([]);
    expect(beyond.pagination.total).toBe(first.pagination.total);
  });

  it('filters by department and seniority with include and exclude that partition the data', async () => {
    const departments = await fx.call('GET', '/v3/contacts/prospecting/filters/departments');
    const department = (departments.body.values as string[])[0]!;
    const all = (await contacts({})).pagination.total;
    const included = await contacts({ contacts: { include: { departments: [department] } } });
    const excluded = await contacts({ contacts: { exclude: { departments: [department] } } });
    expect(included.pagination.total).toBeGreaterThan(0);
    expect(included.pagination.total + excluded.pagination.total).toBe(all);
    for (const r of included.results) expect(r.jobTitle?.departments).toContain(department);
    for (const r of excluded.results)
      expect(r.jobTitle?.departments ?? []).not.toContain(department);

    const seniorities = (await fx.call('GET', '/v3/contacts/prospecting/filters/seniority')).body
      .values as { id: number; value: string }[];
    const senior = seniorities[seniorities.length - 1]!;
    const bySeniority = await contacts({ contacts: { include: { seniorityIds: [senior.id] } } });
    expect(bySeniority.pagination.total).toBeGreaterThan(0);
    for (const r of bySeniority.results) expect(r.jobTitle?.seniority).toBe(senior.value);
  });

  it('narrows contacts by the companies they work at', async () => {
    const sizes = await fx.call('GET', '/v3/companies/prospecting/filters/sizes');
    const size = (sizes.body.values as { min: number; max?: number }[])[1]!;
    const companyIds = new Set<string>();
    for (let page = 0; ; page++) {
      const reply = await fx.call('POST', '/v3/companies/prospecting', {
        pagination: { page, size: 100 },
        filters: { companies: { include: { sizes: [size] } } },
        // Partial companies too: their people are found by contact prospecting.
        options: { includePartialProfiles: true },
      });
      expectSpec('prospectingCompanies', reply, 200);
      const results = reply.body.results as { id: string; employeeCount: { exact: number } }[];
      for (const c of results) {
        expect(c.employeeCount.exact).toBeGreaterThanOrEqual(size.min);
        companyIds.add(c.id);
      }
      if (results.length < 100) break;
    }
    expect(companyIds.size).toBeGreaterThan(0);
    const people = await contacts({ companies: { include: { sizes: [size] } } });
    expect(people.pagination.total).toBeGreaterThan(0);
    for (const p of people.results) expect(companyIds.has(p.company!.id)).toBe(true);
  });

  it('narrows companies to those employing matching people', async () => {
    const department = 'Legal';
    const reply = await fx.call('POST', '/v3/companies/prospecting', {
      pagination: { page: 0, size: 10 },
      filters: { companies: { include: {} }, contacts: { include: { departments: [department] } } },
    });
    expectSpec('prospectingCompanies', reply, 200);
    const page = reply.body as unknown as Page<{ id: string }>;
    const everyCompany = await fx.call('POST', '/v3/companies/prospecting', {
      pagination: { page: 0, size: 10 },
      filters: { companies: { include: {} } },
    });
    expect(page.pagination.total).toBeGreaterThan(0);
    expect(page.pagination.total).toBeLessThan(
      (everyCompany.body.pagination as { total: number }).total,
    );
    for (const company of page.results.slice(0, 3)) {
      const staff = await contacts({
        contacts: { include: { departments: [department] } },
        companies: { include: { ids: [company.id] } },
      });
      expect(staff.pagination.total).toBeGreaterThan(0);
    }
  });

  it('marks and bills matched signals per result', async () => {
    const before = await creditsUsed(fx.call);
    const plain = await contacts(
      { contacts: { include: { signals: { types: ['allSignals'] } } } },
      0,
      10,
    );
    expect(plain.pagination.total).toBeGreaterThan(0);
    for (const r of plain.results) expect(r.signalTypes!.length).toBeGreaterThan(0);
    expect(plain.billing.resultsReturned).toBe(plain.results.length);
    const hits = plain.results.reduce((n, r) => n + r.signalTypes!.length, 0);
    const search = Math.ceil(plain.results.length * (await unitPrice(fx.call, 'api_search')));
    const signals = hits * (await unitPrice(fx.call, 'showSignalsContact'));
    expect(plain.billing.creditsCharged).toBe(search + signals);
    expect(await creditsUsed(fx.call)).toBe(before + plain.billing.creditsCharged);
  });

  it('refines hiring-surge signals by department', async () => {
    const signals = { types: ['surgeInHiringByDepartment'], startDate: '2025-01-01' };
    const companies = async (filter: object) => {
      const reply = await fx.call('POST', '/v3/companies/prospecting', {
        pagination: { page: 0, size: 100 },
        filters: { companies: { include: { signals: { ...signals, ...filter } } } },
      });
      expectSpec('prospectingCompanies', reply, 200);
      return reply.body as unknown as Page<{ id: string; signalTypes: string[] }>;
    };
    const surging = await companies({});
    expect(surging.pagination.total).toBeGreaterThan(0);
    const departmentsOf = async (ids: string[]) => {
      const reply = await fx.call('POST', '/v3/companies/signals', {
        ids,
        signalTypes: ['surgeInHiringByDepartment'],
        startDate: '2025-01-01',
      });
      type Result = { id: string; surgeInHiringByDepartment: { department: string }[] };
      return new Map(
        (reply.body.results as Result[]).map((r) => [
          r.id,
          r.surgeInHiringByDepartment.map((e) => e.department),
        ]),
      );
    };
    const first = await departmentsOf(surging.results.slice(0, 1).map((c) => c.id));
    const department = [...first.values()][0]![0]!;
    const refinedPage = await companies({ filterByDepartment: [{ department }] });
    expect(refinedPage.pagination.total).toBeGreaterThan(0);
    expect(refinedPage.pagination.total).toBeLessThan(surging.pagination.total);
    const found = await departmentsOf(refinedPage.results.map((c) => c.id));
    for (const c of refinedPage.results) expect(found.get(c.id)).toContain(department);
  });

  it('narrows intent topics by score', async () => {
    const topics = await fx.call('GET', '/v3/companies/prospecting/filters/intentTopics');
    const intentTopics = (topics.body.values as string[]).slice(0, 3);
    const total = async (include: object) => {
      const reply = await fx.call('POST', '/v3/companies/prospecting', {
        pagination: { page: 0, size: 10 },
        filters: { companies: { include: { intentTopics, ...include } } },
      });
      expectSpec('prospectingCompanies', reply, reply.status === 400 ? 400 : 200);
      return reply.status === 200 ? (reply.body.pagination as { total: number }).total : -1;
    };
    const any = await total({});
    const high = await total({ intentMinScore: 80 });
    const low = await total({ intentMaxScore: 79 });
    expect(any).toBeGreaterThan(0);
    expect(high).toBeLessThan(any);
    expect(high + low).toBeGreaterThanOrEqual(any);
    expect(await total({ intentMinScore: 101 })).toBe(-1);
  });

  it('leaves out partial profiles and do-not-call contacts when asked', async () => {
    const all = (await contacts({})).pagination.total;
    const ask = async (options: object) => {
      const reply = await fx.call('POST', '/v3/contacts/prospecting', {
        pagination: { page: 0, size: 100 },
        filters: {},
        options,
      });
      expectSpec('prospectingContacts', reply, 200);
      return reply.body as unknown as Page<ContactResult & { has: string[] }>;
    };
    const complete = await ask({ includePartialProfiles: false });
    expect(complete.pagination.total).toBeLessThan(all);
    for (const r of complete.results) {
      expect(r.has.includes('emails') || r.has.includes('phones')).toBe(true);
    }
    const noDnc = await ask({ excludeDnc: true });
    expect(noDnc.pagination.total).toBeLessThan(all);
    expect((await ask({ includePartialProfiles: true, excludeDnc: false })).pagination.total).toBe(
      all,
    );
  });

  it('leaves out partial companies unless asked, as the spec defaults company prospecting', async () => {
    const total = async (options?: object) => {
      const reply = await fx.call('POST', '/v3/companies/prospecting', {
        pagination: { page: 0, size: 10 },
        filters: { companies: { include: {} } },
        ...(options ? { options } : {}),
      });
      expectSpec('prospectingCompanies', reply, 200);
      return (reply.body.pagination as { total: number }).total;
    };
    const byDefault = await total();
    expect(await total({ includePartialProfiles: false })).toBe(byDefault);
    expect(await total({ includePartialProfiles: true })).toBeGreaterThan(byDefault);
  });

  it('answers 400 for bad enums, limits, missing fields and lone refinements', async () => {
    const bad = [
      { pagination: { page: 0, size: 5 }, filters: {} },
      { pagination: { page: 1001, size: 10 }, filters: {} },
      { pagination: { page: 0, size: 101 }, filters: {} },
      { pagination: { page: 0, size: 10 } },
      { filters: {} },
      {
        pagination: { page: 0, size: 10 },
        filters: { contacts: { include: { signals: { types: ['hired'] } } } },
      },
      {
        pagination: { page: 0, size: 10 },
        filters: { contacts: { include: { jobChangedAfterDate: '2026-01-01' } } },
      },
    ];
    for (const body of bad)
      expectSpec(
        'prospectingContacts',
        await fx.call('POST', '/v3/contacts/prospecting', body),
        400,
      );
    const badCompany = {
      pagination: { page: 0, size: 10 },
      filters: { companies: { include: { businessModel: ['B2X'] } } },
    };
    expectSpec(
      'prospectingCompanies',
      await fx.call('POST', '/v3/companies/prospecting', badCompany),
      400,
    );
  });

  it('stops at 1,000 pages and 50,000 results per query, as the spec says', async () => {
    const status = async (page: number, size: number) => {
      const reply = await fx.call('POST', '/v3/contacts/prospecting', {
        pagination: { page, size },
        filters: {},
      });
      expectSpec('prospectingContacts', reply, reply.status === 200 ? 200 : 400);
      return reply.status;
    };
    // Pages count from 0, so page 999 is the 1,000th and last.
    expect(await status(999, 10)).toBe(200);
    expect(await status(1000, 10)).toBe(400);
    // 100 a page: the 50,000th result is on page 499.
    expect(await status(499, 100)).toBe(200);
    expect(await status(500, 100)).toBe(400);
    expect(await status(999, 50)).toBe(200);
    expect(await status(999, 51)).toBe(400);
    const companies = await fx.call('POST', '/v3/companies/prospecting', {
      pagination: { page: 500, size: 100 },
      filters: { companies: { include: {} } },
    });
    expectSpec('prospectingCompanies', companies, 400);
    expect(companies.body.errors).toEqual([expect.stringMatching(/50000/)]);
  });

  it('needs filters.companies.include in company prospecting, as the spec requires', async () => {
    const ask = (filters: object) =>
      fx.call('POST', '/v3/companies/prospecting', { pagination: { page: 0, size: 10 }, filters });
    expectSpec('prospectingCompanies', await ask({ companies: {} }), 400);
    expectSpec('prospectingCompanies', await ask({ companies: { exclude: { ids: ['1'] } } }), 400);
    expectSpec('prospectingCompanies', await ask({}), 400);
    expectSpec('prospectingCompanies', await ask({ companies: { include: {} } }), 200);
  });

  it('refuses contact filters with company searchText, signals, intent or technologies', async () => {
    const ask = (include: object, exclude?: object) =>
      fx.call('POST', '/v3/companies/prospecting', {
        pagination: { page: 0, size: 10 },
        filters: {
          companies: { include, ...(exclude ? { exclude } : {}) },
          contacts: { include: { departments: ['Sales'] } },
        },
      });
    const clashes = [
      { searchText: 'cloud' },
      { signals: { types: ['surgeInHiring'] } },
      { intentTopics: ['Cloud Security'] },
      { intentMinScore: 50 },
      { technologies: ['Salesforce'] },
    ];
    for (const include of clashes) {
      const reply = await ask(include);
      expectSpec('prospectingCompanies', reply, 400);
      expect(reply.body.errors).toEqual([
        `filters.contacts cannot be combined with company ${Object.keys(include)[0]}`,
      ]);
    }
    expectSpec('prospectingCompanies', await ask({}, { technologies: ['Salesforce'] }), 400);
    expectSpec('prospectingCompanies', await ask({ sizes: [{ min: 1 }] }), 200);
    // Without contact filters the same company filters are fine.
    const alone = await fx.call('POST', '/v3/companies/prospecting', {
      pagination: { page: 0, size: 10 },
      filters: { companies: { include: { technologies: ['Salesforce'] } }, contacts: {} },
    });
    expectSpec('prospectingCompanies', alone, 200);
  });

  it('never silently ignores a contact filter that company prospecting does not take', async () => {
    const reply = await fx.call('POST', '/v3/companies/prospecting', {
      pagination: { page: 0, size: 10 },
      filters: { companies: { include: {} }, contacts: { include: { names: ['Maya'] } } },
    });
    expectSpec('prospectingCompanies', reply, 400);
    expect(reply.body.errors).toEqual([expect.stringMatching(/names/)]);
  });

  it('refuses unknown company signal types and dates that do not exist', async () => {
    const companies = (include: object) =>
      fx.call('POST', '/v3/companies/prospecting', {
        pagination: { page: 0, size: 10 },
        filters: { companies: { include } },
      });
    expectSpec('prospectingCompanies', await companies({ signals: { types: ['hired'] } }), 400);
    expectSpec('prospectingCompanies', await companies({ signals: { types: ['promotion'] } }), 400);
    expectSpec(
      'prospectingCompanies',
      await companies({ signals: { types: ['surgeInHiring'], startDate: '2026-02-30' } }),
      400,
    );
    expectSpec(
      'prospectingCompanies',
      await companies({ signals: { types: ['surgeInHiring', 'linkedinActivityIntent'] } }),
      200,
    );
    const people = await fx.call('POST', '/v3/contacts/prospecting', {
      pagination: { page: 0, size: 10 },
      filters: { contacts: { include: { jobTitles: ['VP'], jobChangedAfterDate: '2025-13-01' } } },
    });
    expectSpec('prospectingContacts', people, 400);
  });
});
