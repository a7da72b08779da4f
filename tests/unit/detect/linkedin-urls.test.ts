import { describe, expect, it } from 'vitest';
import { normalizeLinkedInUrl } from '@/lib/detect';

const IN = 'https://www.linkedin.com/in/';
const CO = 'https://www.linkedin.com/company/';

describe('normalizeLinkedInUrl: profiles', () => {
  it.each([
    ['plain', 'https://www.linkedin.com/in/jane-doe', `${IN}jane-doe`],
    ['no www, http', 'http://linkedin.com/in/jane-doe/', `${IN}jane-doe`],
    ['country subdomain uk.', 'https://uk.linkedin.com/in/jane-doe', `${IN}jane-doe`],
    [
      'country subdomain es.',
      'https://es.linkedin.com/in/jane-doe?trk=people-guest',
      `${IN}jane-doe`,
    ],
    ['mobile m.', 'https://m.linkedin.com/in/jane-doe', `${IN}jane-doe`],
    ['mobile mobile.', 'https://mobile.linkedin.com/in/jane-doe', `${IN}jane-doe`],
    ['upper case host and slug', 'HTTPS://WWW.LINKEDIN.COM/in/Jane-Doe', `${IN}jane-doe`],
    ['language suffix /en', 'https://www.linkedin.com/in/jane-doe/en', `${IN}jane-doe`],
    ['/details/...', 'https://www.linkedin.com/in/jane-doe/details/experience/', `${IN}jane-doe`],
    ['/overlay/...', 'https://www.linkedin.com/in/jane-doe/overlay/contact-info/', `${IN}jane-doe`],
    [
      '/recent-activity/...',
      'https://www.linkedin.com/in/jane-doe/recent-activity/all/',
      `${IN}jane-doe`,
    ],
    [
      'query and fragment',
      'https://www.linkedin.com/in/jane-doe?miniProfileUrn=x#top',
      `${IN}jane-doe`,
    ],
    ['relative to a LinkedIn base', '/in/jane-doe/', `${IN}jane-doe`],
    ['scheme-less text form', 'linkedin.com/in/jane-doe', `${IN}jane-doe`],
    ['percent-encoded non-ASCII', 'https://www.linkedin.com/in/in%C3%AAs-teles', `${IN}inês-teles`],
    [
      'double-encoded non-ASCII',
      'https://www.linkedin.com/in/in%25C3%25AAs-teles',
      `${IN}inês-teles`,
    ],
    [
      'a vanity slug that starts with AC is lower-cased',
      'https://www.linkedin.com/in/ACME-Consulting-Jane',
      `${IN}acme-consulting-jane`,
    ],
    ['raw Unicode, upper case', 'https://www.linkedin.com/in/INÊS-Teles', `${IN}inês-teles`],
    [
      'entity surviving in a slug',
      'https://www.linkedin.com/in/tom-&amp;-jerry',
      `${IN}tom-&-jerry`,
    ],
    [
      'member id keeps its case',
      'https://www.linkedin.com/in/ACoAABcDeFgHiJkLmNoP',
      `${IN}ACoAABcDeFgHiJkLmNoP`,
    ],
    [
      'member id on a subdomain with a sub-path',
      'https://fr.linkedin.com/in/ACoAABcDeFgHiJkLmNoP/details/',
      `${IN}ACoAABcDeFgHiJkLmNoP`,
    ],
    [
      'legacy /pub/ (LinkedIn documents this redirect)',
      'https://sy.linkedin.com/pub/krzysztof-marzec/a7/576/b50?trk=biz_employee_pub',
      `${IN}krzysztof-marzec-b50576a7`,
    ],
    [
      'legacy /pub/ with encoded non-ASCII',
      'https://www.linkedin.com/pub/in%C3%AAs-teles/a/634/887?trk=pub-pbmap',
      `${IN}inês-teles-887634a`,
    ],
    [
      'legacy /pub/ trailing slash',
      'http://ca.linkedin.com/pub/grace-lisi/25/ab7/b58/',
      `${IN}grace-lisi-b58ab725`,
    ],
    [
      'legacy /pub/: every part but the first zero-padded to three hex digits',
      'https://www.linkedin.com/pub/john-doe/1/2b/345',
      `${IN}john-doe-34502b1`,
    ],
    [
      'legacy /pub/ with single-digit parts',
      'https://www.linkedin.com/pub/jane-roe/0/5/a',
      `${IN}jane-roe-00a0050`,
    ],
  ])('%s', (_name, href, expected) => {
    expect(normalizeLinkedInUrl(href, 'https://www.linkedin.com/feed/')).toEqual({
      kind: 'profile',
      url: expected,
    });
  });
});

describe('normalizeLinkedInUrl: companies', () => {
  it.each([
    ['plain', 'https://www.linkedin.com/company/acme', `${CO}acme`],
    ['numeric id', 'https://www.linkedin.com/company/1035/', `${CO}1035`],
    [
      'country subdomain with tracking',
      'https://uk.linkedin.com/company/audiense?trk=org',
      `${CO}audiense`,
    ],
    ['/jobs sub-path', 'https://www.linkedin.com/company/acme/jobs/', `${CO}acme`],
    ['/people sub-path', 'https://www.linkedin.com/company/acme/people/?keywords=cto', `${CO}acme`],
    [
      'entity decoded by the parser',
      'https://www.linkedin.com/company/founders-&-coders?trk=ppro_cprof',
      `${CO}founders-&-coders`,
    ],
    [
      'entity surviving in the href',
      'https://www.linkedin.com/company/founders-&amp;-coders?trk=ppro_cprof',
      `${CO}founders-&-coders`,
    ],
    [
      'percent-encoded ampersand',
      'https://www.linkedin.com/company/founders-%26-coders',
      `${CO}founders-&-coders`,
    ],
    ['upper case slug', 'https://www.linkedin.com/company/ACME-Corp', `${CO}acme-corp`],
  ])('%s', (_name, href, expected) => {
    expect(normalizeLinkedInUrl(href)).toEqual({ kind: 'company', url: expected });
  });
});

describe('normalizeLinkedInUrl: Sales Navigator', () => {
  const LEAD = 'https://www.linkedin.com/sales/lead/ACwAAAB1cDeFg';
  const ACCOUNT = 'https://www.linkedin.com/sales/company/1441';
  it.each([
    [
      'lead with comma suffix',
      'https://www.linkedin.com/sales/lead/ACwAAAB1cDeFg,NAME_SEARCH,abcd',
      'salesLead',
      LEAD,
    ],
    [
      'lead with encoded comma',
      'https://www.linkedin.com/sales/lead/ACwAAAB1cDeFg%2CNAME_SEARCH%2Cabcd',
      'salesLead',
      LEAD,
    ],
    [
      'people form',
      'https://www.linkedin.com/sales/people/ACwAAAB1cDeFg,name,undefined',
      'salesLead',
      LEAD,
    ],
    ['lead, relative', '/sales/lead/ACwAAAB1cDeFg,OUT_OF_NETWORK,xyz?_ntb=1', 'salesLead', LEAD],
    ['account', 'https://www.linkedin.com/sales/company/1441', 'salesAccount', ACCOUNT],
    [
      'account with sub-path',
      'https://www.linkedin.com/sales/company/1441/people?_ntb=x',
      'salesAccount',
      ACCOUNT,
    ],
    [
      'account /sales/account/ alias',
      'https://www.linkedin.com/sales/account/1441',
      'salesAccount',
      ACCOUNT,
    ],
  ])('%s', (_name, href, kind, url) => {
    expect(normalizeLinkedInUrl(href, 'https://www.linkedin.com/sales/home')).toEqual({
      kind,
      url,
    });
  });
});

describe('normalizeLinkedInUrl: redirect wrappers', () => {
  const target = encodeURIComponent('https://uk.linkedin.com/in/jane-doe?trk=x');
  it.each([
    [
      'LinkedIn /redir/redirect?url=',
      `https://www.linkedin.com/redir/redirect?url=${target}&urlhash=ab`,
    ],
    ['google /url?q=', `https://www.google.com/url?q=${target}&sa=U&ved=0`],
    ['google /url?url=', `https://www.google.com/url?sa=t&url=${target}`],
    ['relative /url?q= on a search page', `/url?q=${target}&sa=U`],
    ['safelinks ?url=', `https://eur03.safelinks.protection.outlook.com/?url=${target}&data=1`],
    ['facebook l.php?u=', `https://l.facebook.com/l.php?u=${target}&h=AT0`],
    [
      'wrapped twice',
      `https://www.google.com/url?q=${encodeURIComponent(`https://www.linkedin.com/redir/redirect?url=${target}`)}`,
    ],
  ])('%s', (_name, href) => {
    expect(normalizeLinkedInUrl(href, 'https://www.google.com/search?q=jane')).toEqual({
      kind: 'profile',
      url: `${IN}jane-doe`,
    });
  });
});

describe('normalizeLinkedInUrl: not people or companies', () => {
  it.each([
    ['/in/updates', 'https://www.linkedin.com/in/updates'],
    ['/in/ without a slug', 'https://www.linkedin.com/in/'],
    ['/pub/dir/ name search', 'https://www.linkedin.com/pub/dir/jane/doe'],
    ['/pub/dir/ on a subdomain', 'https://uk.linkedin.com/pub/dir/?first=jane&last=doe'],
    ['/pub/ without the three id parts', 'https://www.linkedin.com/pub/jane-doe'],
    ['/company/follow/', 'https://www.linkedin.com/company/follow/submit?id=1'],
    ['/company/_internal/', 'https://www.linkedin.com/company/_internal/logo'],
    [
      '/cws/share',
      'https://www.linkedin.com/cws/share?url=https%3A%2F%2Fwww.caktusgroup.com%2Fblog%2F',
    ],
    ['shareArticle', 'https://www.linkedin.com/shareArticle?mini=true&url=https%3A%2F%2Fx.com'],
    [
      'share of a profile is still a share',
      `https://www.linkedin.com/shareArticle?url=${encodeURIComponent('https://www.linkedin.com/in/jane')}`,
    ],
    ['search results', 'https://www.linkedin.com/search/results/people/?keywords=jane'],
    ['feed', 'https://www.linkedin.com/feed/'],
    ['sales search', 'https://www.linkedin.com/sales/search/people?query=x'],
    ['sales lead without id', 'https://www.linkedin.com/sales/lead/'],
    ['another host', 'https://example.com/in/jane-doe'],
    ['a look-alike host', 'https://linkedin.com.evil.example/in/jane-doe'],
    [
      'redirect to another site',
      `https://www.google.com/url?q=${encodeURIComponent('https://example.com/in/x')}`,
    ],
    ['mailto', 'mailto:jane@linkedin.com'],
    ['javascript:', 'javascript:void(0)'],
    ['garbage', 'http://[::1'],
  ])('%s', (_name, href) => {
    expect(normalizeLinkedInUrl(href, 'https://www.linkedin.com/feed/')).toBeNull();
  });
});
