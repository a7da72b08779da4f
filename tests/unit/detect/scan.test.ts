// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mergeFindings, scanDocument, scanNodes, TEXT_LIMITS, type Findings } from '@/lib/detect';
import { scanLinkedInDocument, scanLinkedInNodes } from '@/lib/detect/lite';
import { NODE_SEPARATOR, readText } from '@/lib/detect/text';

const IN = 'https://www.linkedin.com/in/';
const CO = 'https://www.linkedin.com/company/';

function html(body: string, head = ''): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

describe('scanDocument: the page subject', () => {
  it.each([
    [
      'profile from the URL',
      'https://de.linkedin.com/in/Jane-Doe/details/skills/',
      '',
      { kind: 'profile', url: `${IN}jane-doe` },
    ],
    [
      'company from the URL',
      'https://www.linkedin.com/company/acme/jobs/',
      '',
      { kind: 'company', url: `${CO}acme` },
    ],
    [
      'sales lead from the URL',
      'https://www.linkedin.com/sales/lead/ACwAAA1,NAME_SEARCH,x',
      '',
      { kind: 'salesLead', url: 'https://www.linkedin.com/sales/lead/ACwAAA1' },
    ],
    [
      'sales account from the URL',
      'https://www.linkedin.com/sales/company/1441',
      '',
      { kind: 'salesAccount', url: 'https://www.linkedin.com/sales/company/1441' },
    ],
    [
      'canonical link when the URL says nothing',
      'https://www.linkedin.com/feed/',
      '<link rel="canonical" href="https://uk.linkedin.com/company/audiense">',
      { kind: 'company', url: `${CO}audiense` },
    ],
    [
      'og:url when there is no canonical',
      'https://www.linkedin.com/feed/',
      '<meta property="og:url" content="https://www.linkedin.com/in/jane-doe?trk=x">',
      { kind: 'profile', url: `${IN}jane-doe` },
    ],
    [
      'the URL wins over a stale canonical (single-page app)',
      'https://www.linkedin.com/in/new-person/',
      '<link rel="canonical" href="https://www.linkedin.com/in/old-person">',
      { kind: 'profile', url: `${IN}new-person` },
    ],
    ['nothing on a LinkedIn page about nobody', 'https://www.linkedin.com/feed/', '', null],
    [
      'the registrable domain on any other site',
      'https://blog.shop.example.co.uk/post/1',
      '',
      { kind: 'domain', domain: 'example.co.uk' },
    ],
    [
      'a canonical LinkedIn link does not make another site LinkedIn',
      'https://www.acme.com/',
      '<link rel="canonical" href="https://www.linkedin.com/company/acme">',
      { kind: 'domain', domain: 'acme.com' },
    ],
    ['nothing for an IP address', 'http://127.0.0.1:8080/', '', null],
    ['nothing for localhost', 'http://localhost:3000/', '', null],
  ])('%s', (_name, pageUrl, head, subject) => {
    expect(scanDocument(html('', head), pageUrl).subject).toEqual(subject);
  });

  it('gives the page domain, and null for IPs', () => {
    expect(scanDocument(html(''), 'https://www.caktusgroup.com/x').domain).toBe('caktusgroup.com');
    expect(scanDocument(html(''), 'https://uk.linkedin.com/in/x').domain).toBe('linkedin.com');
    expect(scanDocument(html(''), 'http://192.168.0.1/').domain).toBeNull();
    expect(scanDocument(html(''), 'not a url').domain).toBeNull();
  });
});

describe('scanDocument: where identities are found', () => {
  it('reads a, area and link hrefs, resolving relative ones on LinkedIn', () => {
    const doc = html(
      `<a href="/in/jane-doe/">Jane</a>
       <map><area href="https://ca.linkedin.com/pub/grace-lisi/25/ab7/b58" alt="x"></map>
       <a href="/sales/lead/ACwAAA1,NAME_SEARCH,x">lead</a>
       <a href="/sales/company/1441">account</a>`,
      '<link rel="alternate" hreflang="es" href="https://es.linkedin.com/company/acme">',
    );
    const found = scanDocument(doc, 'https://www.linkedin.com/search/results/people/?keywords=x');
    expect(found.profiles).toEqual([`${IN}jane-doe`, `${IN}grace-lisi-b58ab725`]);
    expect(found.companies).toEqual([`${CO}acme`]);
    expect(found.salesLeads).toEqual(['https://www.linkedin.com/sales/lead/ACwAAA1']);
    expect(found.salesAccounts).toEqual(['https://www.linkedin.com/sales/company/1441']);
  });

  it('resolves relative links against <base href>', () => {
    const doc = html('<a href="in/jane-doe">x</a>', '<base href="https://www.linkedin.com/">');
    expect(scanDocument(doc, 'https://www.linkedin.com/feed/').profiles).toEqual([`${IN}jane-doe`]);
  });

  it('does not treat relative links off LinkedIn as LinkedIn paths', () => {
    const doc = html('<a href="/in/jane-doe">x</a><a href="/company/acme">y</a>');
    const found = scanDocument(doc, 'https://www.example.com/team');
    expect(found.profiles).toEqual([]);
    expect(found.companies).toEqual([]);
  });

  it('reads JSON-LD sameAs, url, author and nested graphs, ignoring broken blocks', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'Organization',
          url: 'https://www.acme.com',
          sameAs: ['https://www.linkedin.com/company/acme/', 'https://x.com/acme'],
        },
        { '@type': 'Person', url: 'https://uk.linkedin.com/in/jane-doe', email: 'Jane@Acme.com' },
        {
          '@type': 'Article',
          author: { '@type': 'Person', sameAs: 'https://www.linkedin.com/in/john-roe?trk=x' },
        },
      ],
    };
    const doc = html(
      `<script type="application/ld+json">${JSON.stringify(ld)}</script>
       <script type="application/ld+json">{ broken</script>`,
    );
    const found = scanDocument(doc, 'https://www.acme.com/about');
    expect(found.companies).toEqual([`${CO}acme`]);
    expect(found.profiles).toEqual([`${IN}jane-doe`, `${IN}john-roe`]);
    expect(found.emails).toEqual(['jane@acme.com']);
  });

  it('reads LinkedIn URLs written out in visible text, not in scripts or attributes', () => {
    const doc = html(
      `<p>Find me at linkedin.com/in/Jane-Doe, or https://uk.linkedin.com/company/acme.</p>
       <script>var u = "https://www.linkedin.com/in/script-only";</script>
       <img alt="https://www.linkedin.com/in/alt-only" src="x.png">`,
    );
    const found = scanDocument(doc, 'https://www.example.com/');
    expect(found.profiles).toEqual([`${IN}jane-doe`]);
    expect(found.companies).toEqual([`${CO}acme`]);
  });

  it('lists in first-seen order: links, then JSON-LD, then text; each item once', () => {
    const doc = html(
      `<p>linkedin.com/in/c-text and linkedin.com/in/a-link</p>
       <a href="https://www.linkedin.com/in/a-link">a</a>
       <a href="https://uk.linkedin.com/in/A-Link/en">again</a>
       <script type="application/ld+json">{"sameAs":"https://www.linkedin.com/in/b-ld"}</script>`,
    );
    expect(scanDocument(doc, 'https://www.example.com/').profiles).toEqual([
      `${IN}a-link`,
      `${IN}b-ld`,
      `${IN}c-text`,
    ]);
  });

  it('stops reading text after TEXT_LIMITS.maxChars, and says so', () => {
    // Text that may hold an address is read; this filler's at-signs make every block count.
    const filler = '@x '.repeat(3_334);
    const blocks = Array.from(
      { length: Math.ceil(TEXT_LIMITS.maxChars / 10_000) + 2 },
      () => `<p>${filler}</p>`,
    );
    const doc = html(`<p>early@example.com</p>${blocks.join('')}<p>late@example.com</p>`);
    const found = scanDocument(doc, 'https://www.example.com/');
    expect(found.emails).toEqual(['early@example.com']);
    expect(found.truncated).toBe(true);
  });

  it('reads text without anything to find in it only when needed: a page of prose is not cut', () => {
    const prose = '<p>Lorem ipsum dolor sit amet. </p>'.repeat(40_000);
    const doc = html(`<article>${prose}</article><p>Comments: late@example.com</p>`);
    const found = scanDocument(doc, 'https://www.example.com/');
    expect(found.emails).toEqual(['late@example.com']);
    expect(found.truncated).toBe(false);
  });

  it('stops reading text after maxNodes text nodes, and knows which text is hidden', () => {
    const doc = html('<div><p>@a</p><p hidden>@b</p><p>@c</p><p>@d</p></div>');
    const read = (maxNodes: number) =>
      readText(doc.body, { maxNodes, maxChars: 1000, maxNodeChars: 1000 });
    expect(read(4).text.split(NODE_SEPARATOR)).toEqual(['@a', '@b', '@c', '@d']);
    expect(read(4).truncated).toBe(false);
    expect(read(3).text.split(NODE_SEPARATOR)).toEqual(['@a', '@b', '@c']);
    expect(read(3).truncated).toBe(true);
    const view = read(4);
    expect([view.visible(0, 2), view.visible(3, 5), view.visible(6, 11)]).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('does not read long text in hidden elements at all (LinkedIn’s JSON in <code>)', () => {
    const json = `{"email":"hidden@example.com","url":"linkedin.com/in/hidden"}`.repeat(20);
    const doc = html(`<p>shown@example.com</p><code style="display: none">${json}</code>`);
    expect(readText(doc.body).text).toBe('shown@example.com');
  });

  it('leaves the public suffix list out with scanLinkedInDocument and finds the same on LinkedIn', () => {
    const doc = html('<a href="/in/jane-doe">x</a><p>sales@acme.com</p>');
    const url = 'https://www.linkedin.com/company/acme/people/';
    expect(scanLinkedInDocument(doc, url)).toEqual(scanDocument(doc, url));
    expect(scanLinkedInNodes([doc.body], url)).toEqual(scanNodes([doc.body], url));
    expect(scanLinkedInDocument(doc, 'https://www.acme.com/').domain).toBeNull();
  });
});

describe('scanNodes: incremental rescans', () => {
  it('reads only the added subtrees, including an added link itself and text nodes', () => {
    const doc = html('<ul id="results"><li><a href="/in/old-card">old</a></li></ul>');
    const list = doc.getElementById('results')!;
    const card = doc.createElement('li');
    card.innerHTML =
      '<a href="https://www.linkedin.com/in/new-card?trk=x">New</a> <span>new</span>@<span>acme.com</span>';
    const link = doc.createElement('a');
    link.setAttribute('href', '/company/new-co/');
    const text = doc.createTextNode('reach me: solo@acme.io');
    list.append(card, link, text);
    const found = scanNodes([card, link, text], 'https://www.linkedin.com/search/results/people/');
    expect(found.profiles).toEqual([`${IN}new-card`]);
    expect(found.companies).toEqual([`${CO}new-co`]);
    expect(found.emails).toEqual(['new@acme.com', 'solo@acme.io']);
    expect(found.subject).toBeNull();
    expect(found.domain).toBe('linkedin.com');
  });

  it('skips added nodes inside hidden or unread elements', () => {
    const doc = html('<div hidden id="h"></div><script id="s"></script>');
    const inHidden = doc.createElement('p');
    inHidden.textContent = 'hidden@acme.com';
    const textInScript = doc.createTextNode('var e = "script@acme.com"');
    doc.getElementById('h')!.append(inHidden);
    doc.getElementById('s')!.append(textInScript);
    expect(scanNodes([inHidden, textInScript], 'https://www.acme.com/').emails).toEqual([]);
  });

  it('takes subject and domain from the page URL', () => {
    const found = scanNodes([], 'https://www.linkedin.com/in/jane-doe/recent-activity/');
    expect(found.subject).toEqual({ kind: 'profile', url: `${IN}jane-doe` });
  });

  it('merged with the full scan equals a full rescan', () => {
    const doc = html('<a href="https://www.linkedin.com/in/a">a</a><p>x@acme.com</p>');
    const url = 'https://www.linkedin.com/company/acme/people/';
    const before = scanDocument(doc, url);
    const added = doc.createElement('div');
    added.innerHTML = '<a href="/in/b">b</a><a href="/in/a">a again</a><p>y@acme.com</p>';
    doc.body.append(added);
    expect(mergeFindings(before, scanNodes([added], url))).toEqual(scanDocument(doc, url));
  });
});

describe('mergeFindings', () => {
  const empty: Findings = {
    subject: null,
    profiles: [],
    companies: [],
    salesLeads: [],
    salesAccounts: [],
    emails: [],
    domain: null,
    hints: {},
    truncated: false,
  };

  it('unites every list keeping the first order, and prefers the first subject and domain', () => {
    const a: Findings = {
      ...empty,
      subject: { kind: 'domain', domain: 'a.com' },
      profiles: ['p1', 'p2'],
      emails: ['e1'],
      domain: 'a.com',
    };
    const b: Findings = {
      ...empty,
      subject: { kind: 'domain', domain: 'b.com' },
      profiles: ['p2', 'p3'],
      companies: ['c1'],
      salesLeads: ['l1'],
      salesAccounts: ['s1'],
      emails: ['e1', 'e2'],
      domain: 'b.com',
    };
    expect(mergeFindings(a, b)).toEqual({
      subject: { kind: 'domain', domain: 'a.com' },
      profiles: ['p1', 'p2', 'p3'],
      companies: ['c1'],
      salesLeads: ['l1'],
      salesAccounts: ['s1'],
      emails: ['e1', 'e2'],
      domain: 'a.com',
      hints: {},
      truncated: false,
    });
  });

  it('falls back to the second subject and domain, and does not alias its inputs', () => {
    const b: Findings = { ...empty, subject: { kind: 'domain', domain: 'b.com' }, domain: 'b.com' };
    const merged = mergeFindings(empty, b);
    expect(merged.subject).toEqual(b.subject);
    expect(merged.domain).toBe('b.com');
    merged.profiles.push('x');
    expect(empty.profiles).toEqual([]);
  });
});
