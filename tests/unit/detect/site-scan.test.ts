// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { scanDocument, withRegistrableDomain } from '@/lib/detect';
import { scanPageDocument } from '@/lib/detect/lite';

const page = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('the any-site scan without the public suffix list', () => {
  it.each([
    'https://www.shop.northwind.co.uk/about',
    'https://blog.example.github.io/post',
    'http://127.0.0.1:8080/',
    'http://localhost/',
  ])('gives what scanDocument gives once the background adds the domain: %s', (url) => {
    const doc = page(
      '<a href="mailto:sales@northwind.co.uk">Mail</a><a href="https://uk.linkedin.com/company/northwind/">LI</a>',
    );
    expect(withRegistrableDomain(scanPageDocument(doc, url), url)).toEqual(scanDocument(doc, url));
  });

  it('reports the host name, or nothing for an address', () => {
    expect(scanPageDocument(page(''), 'https://Shop.Northwind.co.uk./x').domain).toBe(
      'shop.northwind.co.uk',
    );
    expect(scanPageDocument(page(''), 'http://10.0.0.1/').subject).toBeNull();
  });
});
