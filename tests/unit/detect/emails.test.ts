// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractEmails, scanDocument } from '@/lib/detect';

function scanHtml(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return scanDocument(doc, 'https://www.example.org/contact').emails;
}

describe('extractEmails: plain text', () => {
  it.each([
    ['plain', 'Write to Jane@Example.com today', ['jane@example.com']],
    ['end of sentence', 'Mail jane@example.co.uk.', ['jane@example.co.uk']],
    ['plus and dots', 'j.doe+sales@mail.example.io', ['j.doe+sales@mail.example.io']],
    ['several, distinct, first-seen order', 'b@x.org, a@x.org; B@X.org', ['b@x.org', 'a@x.org']],
    ['in angle brackets', 'Jane <jane@example.com>', ['jane@example.com']],
    ['mailto: in text', 'mailto:jane@example.com', ['jane@example.com']],
    ['&#64; entity surviving in text', 'jane&#64;example.com', ['jane@example.com']],
    [
      '&#x40; and &commat;',
      'a&#x40;example.com b&commat;example.com',
      ['a@example.com', 'b@example.com'],
    ],
    ['[at] [dot]', 'jane [at] example [dot] com', ['jane@example.com']],
    ['(at) with a real dot', 'jane (at) example.com', ['jane@example.com']],
    ['(at)(dot) without spaces', 'jane(at)example(dot)co(dot)uk', ['jane@example.co.uk']],
    ['{at} and [@]', 'a{at}example.com b [@] example.com', ['a@example.com', 'b@example.com']],
    ['plain words at/dot', 'email jane at example dot com please', ['jane@example.com']],
    ['after handles and a non-address', '@jane @team a@b then x@example.com', ['x@example.com']],
    [
      'after user-info, on the same line',
      'https://k@o1.sentry.io/4 or ops@example.com',
      ['ops@example.com'],
    ],
    ['plain words, two dots', 'sales at mail dot example dot org', ['sales@mail.example.org']],
    ['underscore in the local part', 'write to jane_doe@example.com', ['jane_doe@example.com']],
  ])('%s', (_name, text, expected) => {
    expect(extractEmails(text)).toEqual(expected);
  });
});

describe('extractEmails: written for people, not harvesters', () => {
  it.each([
    ['words', 'jane at example dot com', ['jane@example.com']],
    ['words in capitals', 'JANE AT EXAMPLE DOT COM', ['jane@example.com']],
    ['brackets everywhere', 'jane [at] cs [dot] example [dot] edu', ['jane@cs.example.edu']],
    ['(at) with a real dot', 'jane (at) example.org', ['jane@example.org']],
    ['<at> and <dot>', 'jane <at> example <dot> net', ['jane@example.net']],
    ['[at] with a word dot', 'j.doe [at] example dot co dot uk', ['j.doe@example.co.uk']],
    ['(@) and (.)', 'ann (@) example (.) io', ['ann@example.io']],
    ['REMOVE marker in the host', 'jane@example.REMOVE.com', ['jane@example.com']],
    ['NOSPAM marker first', 'jane@NOSPAM.example.org', ['jane@example.org']],
    ['a host that is only a marker stays', 'jane@remove.com', ['jane@remove.com']],
    ['marker in the local part', 'jane.NOSPAM@example.org', ['jane@example.org']],
    ['&#64; entity', 'jane&#64;example.com', ['jane@example.com']],
    ['&#x40; entity', 'jane&#x40;example.com', ['jane@example.com']],
    [
      'braces: one domain for several names',
      '{ann, bob}@example.edu',
      ['ann@example.edu', 'bob@example.edu'],
    ],
    [
      'braces, no spaces',
      '{ann,bob,carl.d}@cs.example.edu',
      ['ann@cs.example.edu', 'bob@cs.example.edu', 'carl.d@cs.example.edu'],
    ],
    ['a list before a colon', 'ann, bob: @example.edu', ['ann@example.edu', 'bob@example.edu']],
    [
      'a list with "and" after a label',
      'Reach us: ann, bob and carl: @example.edu',
      ['ann@example.edu', 'bob@example.edu', 'carl@example.edu'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(extractEmails(text)).toEqual(expected);
  });

  it.each([
    ['prose with "at" and "dot"', 'meet at the lab dot matrix'],
    ['prose: a time', 'dinner at eight dot thirty'],
    ['prose: "look at this dot com"', 'we should look at this dot com thing'],
    ['a word dot without a common TLD', 'jane at lab dot matrix'],
    ['"at" with real dots only', 'Jane at example.com'],
    ['one name before a colon', 'Email: @example.edu'],
    ['capitalised words before a colon', 'Ann, Bob: @example.edu'],
    ['a handle after a colon', 'twitter: @jane'],
    ['empty braces', '{}@example.edu'],
  ])('not an address: %s', (_name, text) => {
    expect(extractEmails(text)).toEqual([]);
  });
});

describe('extractEmails: not addresses', () => {
  it.each([
    ['retina image name', 'logo@2x.png'],
    ['image name with path', '/img/hero@3x.webp 3x, /img/hero@2x.jpg 2x'],
    ['asset extensions', 'chunk@1.2.3.js style@v2.css data@x.json'],
    ['sentry DSN user-info', 'https://abc123def@o123456.ingest.sentry.io/42'],
    ['protocol-relative user-info', '//key@cdn.example.com/x.js'],
    ['user:password@host', 'ftp://user:secret@files.example.com/'],
    ['npm scoped package', 'npm i @wxt-dev/module-react'],
    ['handle', 'follow @caktusgroup on twitter'],
    ['numeric TLD', 'root@10.0.0.1'],
    ['no TLD', 'admin@localhost'],
    ['prose "look at this dot com"', 'Look at this dot com bubble'],
    ['prose "we met at google dot com"', 'we met at google dot com in 2001'],
    ['prose "at" without "dot"', 'Jane at Example Corp'],
    ['a lone at-sign', 'meet @ noon'],
  ])('%s', (_name, text) => {
    expect(extractEmails(text)).toEqual([]);
  });
});

describe('emails found by scanDocument', () => {
  it.each([
    ['mailto link', '<a href="mailto:Jane@Example.com">write</a>', ['jane@example.com']],
    [
      'mailto with ?subject=',
      '<a href="mailto:jane@example.com?subject=Hi%20there&body=x@y.zz">x</a>',
      ['jane@example.com'],
    ],
    ['mailto percent-encoded', '<a href="mailto:jane%40example.com">x</a>', ['jane@example.com']],
    [
      'mailto several comma-separated',
      '<a href="mailto:a@x.com,b@y.org">x</a>',
      ['a@x.com', 'b@y.org'],
    ],
    [
      'mailto with encoded comma and cc',
      '<a href="mailto:a@x.com%2Cb@y.org?cc=c@z.net">x</a>',
      ['a@x.com', 'b@y.org', 'c@z.net'],
    ],
    [
      'mailto with ?to= only',
      '<a href="mailto:?to=sales@example.com&subject=x">x</a>',
      ['sales@example.com'],
    ],
    ['visible text', '<p>Contact: <b>sales@example.com</b></p>', ['sales@example.com']],
    ['&#64; entity parsed by HTML', '<p>jane&#64;example.com</p>', ['jane@example.com']],
    ['split by tags', '<p><span>jane</span>@<span>example.com</span></p>', ['jane@example.com']],
    ['the at-sign in its own span', '<p>jane<span>@</span>example.com</p>', ['jane@example.com']],
    [
      'bold parts',
      '<p>Mail <b>jane.doe</b>@<b>exam</b>ple.<i>com</i> now</p>',
      ['jane.doe@example.com'],
    ],
    [
      'highlighted in a link',
      '<p><a href="/x">sales</a>@<mark>acme</mark>.io</p>',
      ['sales@acme.io'],
    ],
    [
      'split by tags with obfuscation',
      '<p><span>jane</span> [at] <i>example</i> [dot] com</p>',
      ['jane@example.com'],
    ],
    [
      'block boundaries do not glue words',
      '<div><p>Contact</p>jane@example.com</div>',
      ['jane@example.com'],
    ],
    ['a block between name and host', '<div><p>jane</p>@example.com</div>', []],
    ['a line break between name and host', '<p>jane<br>@example.com</p>', []],
    ['a list item per piece', '<ul><li>ann</li><li>@example.com</li></ul>', []],
    [
      'comments at the end of a long article',
      `<article>${'<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit. </p>'.repeat(6_000)}</article><section><p>Comment by reader@example.org</p></section>`,
      ['reader@example.org'],
    ],
    [
      'JSON-LD email',
      '<script type="application/ld+json">{"@type":"Organization","email":"mailto:Info@Example.com"}</script>',
      ['info@example.com'],
    ],
  ])('%s', (_name, html, expected) => {
    expect(scanHtml(html)).toEqual(expected);
  });

  it.each([
    [
      'input placeholder',
      '<input type="email" placeholder="youremail@email.com" value="me@mine.com">',
    ],
    ['img srcset and src', '<img src="logo@2x.png" srcset="a@2x.png 2x, a@3x.jpg 3x" alt="x">'],
    ['textarea content', '<textarea>draft@example.com</textarea>'],
    [
      'script text',
      '<script>var dsn = "https://k@o1.ingest.sentry.io/4"; var e = "x@example.com";</script>',
    ],
    ['style text', '<style>.a{background:url(bg@2x.png)}</style>'],
    ['noscript', '<noscript>ns@example.com</noscript>'],
    ['template', '<template><p>t@example.com</p></template>'],
    ['hidden attribute', '<p hidden>h@example.com</p>'],
    ['inline display:none', '<code style="display: none">{"e":"h@example.com"}</code>'],
    ['title attribute', '<a title="t@example.com" href="/x">x</a>'],
    ['sentry DSN in a link', '<link rel="preconnect" href="https://abc@o1.ingest.sentry.io">'],
  ])('ignores %s', (_name, html) => {
    expect(scanHtml(html)).toEqual([]);
  });
});
