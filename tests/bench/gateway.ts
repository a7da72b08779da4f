/**
 * The team gateway under load (`npm run bench`, or alone: `npm run bench:gateway`): the real
 * Worker in workerd in front of the sandbox. 20 reps preview 500 look-ups over 200 distinct
 * people and companies at once, first as the extension sends them (a page's look-ups in one
 * request per kind), then one look-up per request; then single previews one at a time, through
 * the gateway and straight to the sandbox, for the latency the gateway adds. One markdown table.
 */
import { pathToFileURL } from 'node:url';
import { SANDBOX_KEYS } from '@/lib/sandbox';
import { createRng } from '@/lib/sandbox/prng';
import { lanes, startStack, timed, type Stack, type Timed } from './gateway-stack';
const REPS = 20;
const PER_REP = 25;
const BUDGET = 50;

type Kind = 'linkedinUrl' | 'domain';
type Look = { kind: Kind; value: string };

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;
const p50p95 = (v: number[]) => `${ms(pct(v, 50))} / ${ms(pct(v, 95))}`;

/** A search request for some look-ups of one kind (contacts by URL, companies by domain). */
function searchOf(kind: Kind, values: string[]) {
  return kind === 'linkedinUrl'
    ? {
        route: '/v3/contacts/search',
        body: {
          contacts: values.map((linkedinUrl, i) => ({ clientReferenceId: String(i), linkedinUrl })),
        },
      }
    : {
        route: '/v3/companies/search',
        body: { companies: values.map((domain, i) => ({ clientReferenceId: String(i), domain })) },
      };
}

/** Each rep's 25 look-ups: consecutive slices of a shuffled cycle over the 200 (reps overlap). */
function plan(looks: Look[], seed: number): Look[][] {
  const order = createRng(seed).sample(looks, looks.length);
  return Array.from({ length: REPS }, (_, r) =>
    Array.from({ length: PER_REP }, (_, j) => order[(r * PER_REP + j) % order.length]!),
  );
}

/** One burst: every rep at once; what Lusha saw, what was charged, how long it took. */
async function burst(
  stack: Stack,
  send: (rep: { token: string }, looks: Look[]) => Promise<Timed[]>,
  looks: Look[][],
) {
  const before = {
    ...stack.seen,
    used: await stack.used(),
    spent: (await stack.spent()).reduce((a, b) => a + b, 0),
  };
  const started = performance.now();
  const timings = (await Promise.all(stack.reps.map((rep, r) => send(rep, looks[r]!)))).flat();
  const totalMs = performance.now() - started;
  const spentNow = await stack.spent();
  return {
    timings,
    totalMs,
    searches: {
      linkedinUrl: stack.seen.linkedinUrl - before.linkedinUrl,
      domain: stack.seen.domain - before.domain,
    },
    items: stack.seen.items - before.items,
    lusha: (await stack.used()) - before.used,
    charged: timings.reduce((n, t) => n + t.charged, 0),
    spent: spentNow.reduce((a, b) => a + b, 0) - before.spent,
    maxRep: Math.max(...spentNow),
  };
}

type Burst = Awaited<ReturnType<typeof burst>>;

/** As the extension sends them: a page's look-ups in one request per kind. */
const asPages = (gateway: string) => async (rep: { token: string }, looks: Look[]) =>
  Promise.all(
    (['linkedinUrl', 'domain'] as const).map((kind) => {
      const { route, body } = searchOf(
        kind,
        looks.filter((l) => l.kind === kind).map((l) => l.value),
      );
      return timed(`${gateway}${route}`, rep.token, body);
    }),
  );

/** One look-up per request, at most 6 in flight per rep (a browser's limit per host). */
const oneByOne = (gateway: string) => async (rep: { token: string }, looks: Look[]) =>
  lanes(looks.length, 6, (i) => {
    const { route, body } = searchOf(looks[i]!.kind, [looks[i]!.value]);
    return timed(`${gateway}${route}`, rep.token, body);
  });

function burstRows(name: string, b: Burst, goal: string): string[][] {
  const exact = b.lusha === b.charged && b.charged === b.spent && b.maxRep <= BUDGET;
  return [
    [
      `${name}: ${b.timings.length} requests`,
      `${b.items} look-ups sent to Lusha (200 distinct asked)`,
      `Lusha searches per 100 identifiers: linkedinUrl ${b.searches.linkedinUrl}, domain ${b.searches.domain}`,
      goal,
      `${b.timings.filter((t) => t.status === 200).length}/${b.timings.length} answered 200; latency p50/p95 ${p50p95(b.timings.map((t) => t.ms))}, all in ${ms(b.totalMs)}`,
    ],
    [
      `${name}: budgets`,
      `Lusha charged ${b.lusha} credits`,
      `reps charged ${b.charged} (answers), ${b.spent} (admin spend); top rep ${b.maxRep} of ${BUDGET} a day`,
      'goal: exact',
      exact ? 'exact' : 'NOT EXACT',
    ],
  ];
}

/** One preview at a time, 20 a second (under Lusha's 25/s on both paths). */
async function latencies(stack: Stack, people: { linkedinUrl?: string }[]) {
  const pace = () => new Promise((r) => setTimeout(r, 50));
  const out = { direct: [] as number[], miss: [] as number[], hit: [] as number[] };
  const token = stack.reps[0]!.token;
  for (let i = 0; i < 60; i++) {
    const fresh = { contacts: [{ linkedinUrl: people[200 + i]!.linkedinUrl }] };
    const other = { contacts: [{ linkedinUrl: people[300 + i]!.linkedinUrl }] };
    out.direct.push(
      (await timed(`${stack.server.url}/v3/contacts/search`, SANDBOX_KEYS.normal, other)).ms,
    );
    await pace();
    out.miss.push((await timed(`${stack.gateway.url}/v3/contacts/search`, token, fresh)).ms);
    await pace();
    out.hit.push((await timed(`${stack.gateway.url}/v3/contacts/search`, token, fresh)).ms);
    await pace();
  }
  return out;
}

/** Runs the bench; returns the table's rows. */
export async function benchGateway(): Promise<string[][]> {
  const stack = await startStack(REPS, BUDGET);
  try {
    const { contacts, companies } = stack.inner.dataset;
    const people = contacts.filter((c) => c.linkedinUrl && !c.partial);
    const looks = (from: number): Look[] => [
      ...people
        .slice(from, from + 100)
        .map((c) => ({ kind: 'linkedinUrl' as const, value: c.linkedinUrl! })),
      ...companies
        .slice(from, from + 100)
        .map((c) => ({ kind: 'domain' as const, value: c.domain })),
    ];
    await fetch(`${stack.gateway.url}/v3/account/usage`, {
      headers: { api_key: stack.reps[0]!.token },
    });
    const pages = await burst(stack, asPages(stack.gateway.url), plan(looks(0), 7));
    const single = await burst(stack, oneByOne(stack.gateway.url), plan(looks(100), 8));
    const lat = await latencies(stack, people);
    return [
      ...burstRows(
        `${REPS} reps x ${PER_REP} previews at once, as the extension sends them (one request per page and kind)`,
        pages,
        'goal <= 2 per kind per 100',
      ),
      ...burstRows(
        `${REPS} reps x ${PER_REP} previews at once, one look-up per request (6 in flight per rep)`,
        single,
        'no client batching: for comparison',
      ),
      [
        'sandbox time per search during the bursts',
        p50p95(stack.seen.ms),
        '',
        '',
        'load generator, sandbox and workerd share this machine',
      ],
      [
        'one preview, team cache miss (60, one at a time)',
        `sandbox alone ${p50p95(lat.direct)}`,
        p50p95(lat.miss),
        `added: p50 +${ms(pct(lat.miss, 50) - pct(lat.direct, 50))}, p95 +${ms(pct(lat.miss, 95) - pct(lat.direct, 95))}`,
        'includes the 25 ms quiet window that lets reps share a search',
      ],
      ['one preview, team cache hit (60)', '-', p50p95(lat.hit), '', 'no call to Lusha'],
    ];
  } finally {
    await stack.close();
  }
}

/** The rows as a markdown table. */
export function gatewayTable(rows: string[][]): string {
  return [
    '| gateway measurement | sandbox / Lusha side | through the gateway | goal | notes |',
    '|---|---|---|---|---|',
  ]
    .concat(rows.map((r) => `| ${r.join(' | ')} |`))
    .join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchGateway()
    .then((rows) => console.info(gatewayTable(rows)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
