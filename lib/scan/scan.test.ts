// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://www.linkedin.com/search/results/people/?keywords=test" }
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanLinkedInDocument, scanLinkedInNodes, type Findings } from '@/lib/detect';
import type { FindingsChanged } from '@/lib/messaging/protocol';
import {
  createReporter,
  emptyFindings,
  isEmptyFindings,
  Lifetime,
  subtractFindings,
  watchPage,
} from '.';

const PAGE = 'https://www.linkedin.com/search/results/people/?keywords=test';
const profile = (n: number) => `https://www.linkedin.com/in/test-member-${n}`;
const card = (n: number) => `<li><a href="${profile(n)}/">Member ${n}</a></li>`;
const FAST = { debounceMs: 20, maxWaitMs: 60, maxNodes: 50 };

function findings(...ns: number[]): Findings {
  return { ...emptyFindings(), profiles: ns.map(profile), domain: 'linkedin.com' };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('deltas', () => {
  it('keeps only what is new', () => {
    const delta = subtractFindings(findings(1, 2, 3), findings(1, 2));
    expect(delta).toEqual({ ...emptyFindings(), profiles: [profile(3)] });
    expect(isEmptyFindings(subtractFindings(findings(1, 2), findings(2, 1)))).toBe(true);
  });
});

describe('the reporter', () => {
  it('sends a full scan, then only additions, never the same thing twice', async () => {
    const sent: FindingsChanged[] = [];
    const reporter = createReporter(async (report) => void sent.push(report));
    await reporter.full(PAGE, findings(1, 2));
    await reporter.added(PAGE, findings(2, 3));
    await reporter.added(PAGE, findings(1, 3));
    await reporter.added('https://www.linkedin.com/in/elsewhere', findings(9));
    expect(sent.map((r) => [r.reset, r.findings.profiles])).toEqual([
      [true, [profile(1), profile(2)]],
      [false, [profile(3)]],
    ]);
  });

  it('survives a background that is gone', async () => {
    const reporter = createReporter(() =>
      Promise.reject(new Error('Extension context invalidated')),
    );
    await expect(reporter.full(PAGE, findings(1))).resolves.toBeUndefined();
  });
});

describe('watching a page', () => {
  let life: Lifetime;
  let sent: FindingsChanged[];
  const scanners = { scanDocument: scanLinkedInDocument, scanNodes: scanLinkedInNodes };

  beforeEach(() => {
    expect(location.href).toBe(PAGE);
    document.body.innerHTML = `<main><ul role="list">${card(1)}${card(2)}</ul></main>`;
    sent = [];
    life = watchPage(scanners, async (report) => void sent.push(report), FAST, new Lifetime());
  });
  afterEach(() => life.end());

  const list = () => document.querySelector('ul')!;

  it('rescans only the added cards, batched, and reports only new people', async () => {
    await sleep(10);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.reset).toBe(true);
    for (let n = 3; n <= 22; n++) list().insertAdjacentHTML('beforeend', card(n));
    list().insertAdjacentHTML('beforeend', card(1));
    await sleep(120);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.reset).toBe(false);
    expect(sent[1]!.findings.profiles).toEqual(
      Array.from({ length: 20 }, (_, i) => profile(i + 3)),
    );
  });

  it('falls back to one full rescan when too much is added at once', async () => {
    await sleep(10);
    const many = Array.from({ length: 80 }, (_, i) => card(100 + i));
    for (const html of many) list().insertAdjacentHTML('beforeend', html);
    await sleep(120);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.reset).toBe(true);
    expect(sent[1]!.findings.profiles).toHaveLength(82);
  });

  it('ignores changes that add nothing new, and stops when its lifetime ends', async () => {
    await sleep(10);
    list().insertAdjacentHTML('beforeend', '<li>No link here</li>');
    await sleep(120);
    expect(sent).toHaveLength(1);
    life.end();
    list().insertAdjacentHTML('beforeend', card(50));
    await sleep(120);
    expect(sent).toHaveLength(1);
  });

  it('stops for good once the extension is gone (an orphaned script after a reload)', async () => {
    await sleep(10);
    let runs = true;
    const orphan = new Lifetime(() => runs);
    const mine: FindingsChanged[] = [];
    watchPage(scanners, async (report) => void mine.push(report), FAST, orphan);
    await sleep(10);
    expect(mine).toHaveLength(1);
    runs = false;
    list().insertAdjacentHTML('beforeend', card(60));
    await sleep(120);
    expect(orphan.alive).toBe(false);
    runs = true;
    list().insertAdjacentHTML('beforeend', card(61));
    await sleep(120);
    expect(mine).toHaveLength(1);
  });

  it('takes the rep’s own profile back once the "Me" menu shows it (a full rescan)', async () => {
    await sleep(10);
    document.body.insertAdjacentHTML(
      'afterbegin',
      '<header><nav><ul><li id="me"><button><span>Me</span></button></li></ul></nav></header>',
    );
    list().insertAdjacentHTML(
      'beforeend',
      '<li><a href="/in/rhea-seller-7f2/">Rhea Seller</a></li>',
    );
    await sleep(120);
    expect(sent.at(-1)!.findings.profiles).toContain('https://www.linkedin.com/in/rhea-seller-7f2');
    document
      .getElementById('me')!
      .insertAdjacentHTML(
        'beforeend',
        '<div><a href="/in/rhea-seller-7f2/">View Profile</a></div>',
      );
    await sleep(120);
    const last = sent.at(-1)!;
    expect(last.reset).toBe(true);
    expect(last.findings.profiles).toEqual([profile(1), profile(2)]);
  });
});
