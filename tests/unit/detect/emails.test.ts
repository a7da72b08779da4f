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
  ])('%s', (_name, text, expected) => {
    expect(extractEmails(text)).toEqual(expected);
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
