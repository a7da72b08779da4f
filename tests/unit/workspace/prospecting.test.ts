import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageCost, resultsOnPage, type FilterChoice, type FilterOption } from '@/lib/workspace';
import { workspaceServices } from './support';

type Services = ReturnType<typeof workspaceServices>;
let ws: Services;

beforeEach(() => {
  fakeBrowser.reset();
  ws = workspaceServices();
});

const pick = (options: FilterOption[], label: string) => {
  const option = options.find((o) => o.label === label);
  if (!option) throw new Error(`no option ${label} in ${options.map((o) => o.label).join(', ')}`);
  return option;
};

/** Seniority "Director" and a country, both from the filter endpoints. */
async function directorsIn(country: string): Promise<FilterChoice[]> {
  const seniority = pick(await ws.catalog.values('contacts', 'seniority'), 'Director');
  const place = pick(await ws.catalog.values('contacts', 'countries'), country);
  return [
    { group: 'contacts', field: 'seniorityIds', value: seniority.value, label: seniority.label },
    { group: 'contacts', field: 'countries', value: place.value, label: place.label },
  ];
}

const page = (choices: FilterChoice[], n: number, runId = 'run-00000001', savedSearchId?: string) =>
  ws.prospecting.page({
    runId,
    kind: 'contacts',
    choices,
    label: 'Directors',
    page: n,
    signalTypes: 0,
    savedSearchId,
  });

describe('filter catalogue', () => {
  it('lists the filters the discovery endpoints list, reads values by shape, and caches them', async () => {
    const { fields } = await ws.catalog.filters();
    expect(fields.filter((f) => f.group === 'contacts').map((f) => f.filterType)).toEqual([
      'departments',
      'seniority',
      'existingDataPoints',
      'countries',
      'locations',
      'jobTitles',
      'signals',
    ]);
    expect(fields.find((f) => f.filterType === 'locations')?.requiresQuery).toBe(true);
    expect(fields.find((f) => f.group === 'companies' && f.filterType === 'sics')?.field).toBe(
      'sicCodes',
    );

    const seniority = await ws.catalog.values('contacts', 'seniority');
    expect(pick(seniority, 'Director').value).toBe(5);
    const countries = await ws.catalog.values('contacts', 'countries');
    expect(countries.every((c) => typeof c.value === 'string' && c.value.length === 2)).toBe(true);
    const sizes = await ws.catalog.values('companies', 'sizes');
    expect(sizes[0]).toMatchObject({ value: { min: expect.any(Number) } });

    expect(await ws.catalog.values('contacts', 'locations', 'b')).toEqual([]);
    const berlin = await ws.catalog.values('contacts', 'locations', 'berl');
    expect(berlin.map((o) => o.label)).toContain('Berlin, Berlin, Germany');

    const asked = ws.requests.length;
    await ws.catalog.values('contacts', 'seniority');
    await ws.catalog.values('contacts', 'locations', 'berl');
    await ws.catalog.filters();
    expect(ws.requests.length).toBe(asked);
  });
});

describe('prospecting pages', () => {
  it('bills each page once, what its cost said, and keeps its rows before answering', async () => {
    const choices = await directorsIn('United States');
    const before = (await ws.state()).credits.used;
    const first = await page(choices, 0);
    expect(first.run.total).toBeGreaterThan(100);
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0]).toMatchObject({
      kind: 'person',
      seniority: 'Director',
      country: 'United States',
    });
    expect(first.rows[0]!.canReveal?.length).toBeGreaterThan(0);
    const pricing = (await ws.account.get()).pricing;
    expect(first.charged).toBe(pageCost(pricing, 'contacts', 50).total);

    const quote = pageCost(pricing, 'contacts', resultsOnPage(first.run.total, 1)).total;
    const second = await page(choices, 1);
    expect(second.charged).toBe(quote);
    expect((await ws.state()).credits.used - before).toBe(first.charged + second.charged);
    const keys = new Set(first.rows.map((r) => r.key));
    expect(second.rows.some((r) => keys.has(r.key))).toBe(false);

    // Asked again (a double click, a reloaded tab): answered from the run, never billed.
    const calls = (await ws.calls()).operations.prospectingContacts!.calls;
    expect((await page(choices, 1)).rows).toEqual([]);
    expect((await ws.calls()).operations.prospectingContacts!.calls).toBe(calls);
    expect(await ws.runs.rows('run-00000001')).toHaveLength(100);
    expect((await ws.runs.get('run-00000001'))!.pages).toEqual([0, 1]);
  });

  it('refuses other filters under the same run and pages past Lusha’s limit, with nothing sent', async () => {
    const choices = await directorsIn('United States');
    await page(choices, 0);
    const sent = ws.requests.length;
    await expect(page(await directorsIn('Germany'), 1)).rejects.toThrow(/another search/);
    await expect(page(choices, 1000)).rejects.toThrow(/1,000 pages/);
    await expect(page(choices, 3, 'run-00000002')).rejects.toThrow(/first page/);
    expect(ws.requests.length).toBe(sent);
  });

  it('two clicks on the same page at once make one call', async () => {
    const choices = await directorsIn('United States');
    const [a, b] = await Promise.all([page(choices, 0), page(choices, 0)]);
    expect(a).toBe(b);
    expect((await ws.calls()).operations.prospectingContacts!.calls).toBe(1);
  });

  it('a company search sends filters.companies.include, as the spec requires', async () => {
    const industry = (await ws.catalog.values('companies', 'industriesLabels'))[0]!;
    const result = await ws.prospecting.page({
      runId: 'run-companies1',
      kind: 'companies',
      choices: [
        {
          group: 'companies',
          field: 'industriesLabels',
          value: industry.value,
          label: industry.label,
        },
      ],
      label: industry.label,
      page: 0,
      signalTypes: 0,
    });
    expect(result.rows.length).toBeGreaterThan(0);
    expect(result.rows.every((r) => r.kind === 'company' && r.industry)).toBe(true);
    const body = ws.requests.at(-1)!.body as { filters: { companies: { include: unknown } } };
    expect(body.filters.companies.include).toEqual({ industriesLabels: [industry.value] });
  });
});

describe('saved searches', () => {
  it('marks what a later run finds that earlier runs had not seen', async () => {
    const choices = await directorsIn('United States');
    const search = await ws.saved.save('live', {
      name: 'US directors',
      kind: 'contacts',
      filters: choices,
    });
    const first = await page(choices, 0, 'run-first0001', search.id);
    expect(first.rows.some((r) => r.isNew)).toBe(false);

    const again = await page(choices, 0, 'run-second001', search.id);
    expect(again.rows.some((r) => r.isNew)).toBe(false);
    const more = await page(choices, 1, 'run-second001', search.id);
    expect(more.rows.length).toBeGreaterThan(0);
    expect(more.rows.every((r) => r.isNew)).toBe(true);
    const [listed] = await ws.saved.list('live');
    expect(listed).toMatchObject({ name: 'US directors', runs: 2, lastNew: more.rows.length });
  });
});
