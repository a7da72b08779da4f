/**
 * The gateway's pure pieces: charge apportionment, cache keys, quotes, the rate gate, and
 * reading wrangler.jsonc and the migrations the way wrangler does.
 */
import { describe, expect, it } from 'vitest';
import { apportion } from '@/lib/gateway/worker/team/apportion';
import { RateGate, retryAfterOf } from '@/lib/gateway/worker/team/gate';
import { quoteOf } from '@/lib/gateway/worker/team/pricing';
import { identifierKind, searchKey, searchVariant } from '@/lib/gateway/worker/lusha/keys';
import { bodyQuote, revealQuote, searchUnits } from '@/lib/gateway/worker/lusha/quotes';
import { readMigrations, readWranglerConfig, stripJsonc } from '@/lib/gateway/local';

const PRICES = {
  api_search: { credits: 1, perQuantity: 25 },
  revealEmail: { credits: 1, perQuantity: 1 },
  revealPhone: { credits: 5, perQuantity: 1 },
  reveal_company: { credits: 1, perQuantity: 1 },
};

describe('apportion', () => {
  it.each([
    [1, [1, 1, 1, 1, 1], [1, 0, 0, 0, 0]],
    [2, [1, 1], [1, 1]],
    [3, [5, 1], [3, 0]],
    [4, [2, 1, 1], [2, 1, 1]],
    [0, [3, 3], [0, 0]],
    [2, [0, 0], [1, 1]],
  ])('%i credits over %j -> %j', (total, weights, shares) => {
    expect(apportion(total, weights)).toEqual(shares);
  });

  it('always adds up exactly and never passes a weight when the total fits the weights', () => {
    for (let seed = 1; seed < 500; seed++) {
      const weights = Array.from({ length: 1 + (seed % 7) }, (_, i) => ((seed * (i + 3)) % 5) + 1);
      const total = seed % (weights.reduce((a, b) => a + b) + 1);
      const shares = apportion(total, weights);
      expect(shares.reduce((a, b) => a + b)).toBe(total);
      shares.forEach((s, i) => expect(s).toBeLessThanOrEqual(weights[i]!));
    }
  });
});

describe('cache keys', () => {
  const v = searchVariant(undefined, undefined);
  it('one person however the LinkedIn URL or email is written', () => {
    const keys = [
      'https://www.linkedin.com/in/Maya-Lindqvist/',
      'http://linkedin.com/in/maya-lindqvist?trk=x',
      'linkedin.com/in/maya-lindqvist#about',
    ].map((linkedinUrl) => searchKey('contact', v, { linkedinUrl, clientReferenceId: 'x' }));
    expect(new Set(keys).size).toBe(1);
    expect(searchKey('contact', v, { email: ' Maya@Quillfeather.IO ' })).toBe(
      searchKey('contact', v, { email: 'maya@quillfeather.io' }),
    );
    expect(searchKey('company', v, { domain: 'https://www.Acme.com/about' })).toBe(
      searchKey('company', v, { domain: 'acme.com' }),
    );
  });

  it('different identifiers, entities and options are different keys', () => {
    const a = searchKey('contact', v, { email: 'a@b.example' });
    expect(
      searchKey('contact', v, { email: 'a@b.example', linkedinUrl: 'linkedin.com/in/a' }),
    ).not.toBe(a);
    expect(searchKey('company', v, { email: 'a@b.example' })).not.toBe(a);
    expect(
      searchKey('contact', searchVariant({ includePartialProfiles: true }, undefined), {
        email: 'a@b.example',
      }),
    ).not.toBe(a);
    expect(searchVariant(undefined, { types: ['promotion'], startDate: '2026-01-01' })).toBe(
      searchVariant(
        { includePartialProfiles: false },
        { startDate: '2026-01-01', types: ['promotion'] },
      ),
    );
  });

  it('names the identifier kind', () => {
    expect(identifierKind('contact', { firstName: 'A', lastName: 'B', companyName: 'C' })).toBe(
      'name',
    );
    expect(identifierKind('contact', { linkedinUrl: 'x', email: 'y' })).toBe('linkedinUrl');
    expect(identifierKind('company', { name: 'Acme', domain: 'acme.com' })).toBe('domain');
  });
});

describe('quotes', () => {
  it('a search: one api_search unit per look-up (at least one), signals per type', () => {
    expect(quoteOf(PRICES, searchUnits({ entity: 'contact' }, 3))).toBe(1);
    expect(quoteOf(PRICES, searchUnits({ entity: 'contact' }, 26))).toBe(2);
    expect(
      quoteOf(PRICES, searchUnits({ entity: 'contact', signals: { types: ['allSignals'] } }, 3)),
    ).toBe(1 + 6);
  });

  it('a reveal: free when the team has it, canReveal when previewed, else every field', () => {
    const previews = new Map([['p', [{ field: 'emails', credits: 1 }]]]);
    const revealed = (id: string) => (id === 'r' ? new Set(['emails']) : undefined);
    expect(
      quoteOf(PRICES, revealQuote('contact', ['p'], ['emails', 'phones'], revealed, previews)),
    ).toBe(1);
    expect(quoteOf(PRICES, revealQuote('contact', ['r'], ['emails'], revealed, previews))).toBe(0);
    expect(
      quoteOf(PRICES, revealQuote('contact', ['x', 'x'], ['emails', 'phones'], revealed, previews)),
    ).toBe(6);
    expect(
      quoteOf(
        PRICES,
        revealQuote('company', ['c'], ['base', 'competitors'], () => undefined, new Map()),
      ),
    ).toBe(2);
  });

  it('other operations from their bodies', () => {
    expect(bodyQuote('/v3/contacts/prospecting', { pagination: { page: 0, size: 50 } })).toEqual({
      units: { api_search: 50 },
    });
    expect(bodyQuote('/v3/companies/lookalike', {})).toEqual({ units: { lookalikeCompany: 25 } });
    expect(
      bodyQuote('/v3/contacts/signals', { ids: ['1', '2'], signalTypes: ['allSignals'] }),
    ).toEqual({ units: { showSignalsContact: 4 } });
    expect(bodyQuote('/v3/companies/website-visits', {})).toEqual({});
  });
});

describe('rate gate', () => {
  it('lets `limit` calls through per window, in order, and refuses a wait beyond the maximum', async () => {
    const gate = new RateGate(5, 200);
    const order: number[] = [];
    const started = Date.now();
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => gate.acquire(10_000).then(() => order.push(i))),
    );
    expect(order).toEqual([...Array(12).keys()]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(await new RateGate(1, 60_000).acquire(0)).toBe(true);
    const full = new RateGate(1, 60_000);
    await full.acquire(0);
    expect(await full.acquire(1000)).toBe(false);
  });

  it('retry-after: Lusha header first, else the end of the spent window', () => {
    const now = Date.UTC(2026, 5, 15, 12, 0, 45);
    expect(retryAfterOf(new Headers({ 'retry-after': '7' }), now)).toBe(7);
    expect(retryAfterOf(new Headers({ 'x-minute-requests-left': '0' }), now)).toBe(15);
    expect(retryAfterOf(new Headers(), now)).toBe(1);
  });
});

describe('local config', () => {
  it('reads JSON with comments and trailing commas, keeping // inside strings', () => {
    expect(JSON.parse(stripJsonc('{ // c\n "a": "http://x", /* b */ "b": [1, 2,], }'))).toEqual({
      a: 'http://x',
      b: [1, 2],
    });
  });

  it('wrangler.jsonc binds D1, the Durable Object and a migrations folder with numbered files', () => {
    const config = readWranglerConfig();
    expect(config.main).toBe('lib/gateway/worker/index.ts');
    expect(config.durable_objects.bindings).toEqual([{ name: 'TEAM', class_name: 'TeamLedger' }]);
    const migrations = readMigrations(config);
    expect(migrations[0]!.name).toBe('0001_init.sql');
    expect(migrations[0]!.statements.some((s) => s.startsWith('CREATE TABLE reps'))).toBe(true);
  });
});

describe('the extension bundles stay free of the gateway', () => {
  it('nothing outside lib/gateway, tests and the tooling imports lib/gateway', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const path = await import('node:path');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory())
          return full.endsWith(path.join('lib', 'gateway')) ? [] : files(full);
        return /\.(ts|tsx)$/.test(name) ? [full] : [];
      });
    const offenders = ['entrypoints', 'components', 'lib']
      .flatMap((dir) => files(dir))
      .filter((file) => /from ['"][^'"]*(lib\/)?gateway\//.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
