/**
 * Code that runs inside the benchmarked page, as a string: functions handed to
 * `page.evaluate` would carry the TypeScript loader's helpers, which the page does not have.
 */
export const IN_PAGE = String.raw`
globalThis.__measure = function (fn, minMs) {
  let k = 1;
  for (;;) {
    const t = performance.now();
    for (let i = 0; i < k; i++) fn();
    if (performance.now() - t >= 5 || k >= 65536) break;
    k *= 2;
  }
  const samples = [];
  const start = performance.now();
  while (samples.length < 7 || (performance.now() - start < minMs && samples.length < 60)) {
    const t = performance.now();
    for (let i = 0; i < k; i++) fn();
    samples.push((performance.now() - t) / k);
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1];
};
globalThis.__baseline = function () {
  let sink = 0;
  for (const a of document.querySelectorAll('a[href]')) sink += a.href.length;
  return sink;
};
globalThis.__benchPage = function (url, minMs) {
  const D = globalThis.Detect;
  const found = D.scanDocument(document, url);
  return {
    links: document.querySelectorAll('a[href]').length,
    baseline: __measure(__baseline, minMs),
    scan: __measure(() => D.scanDocument(document, url), minMs),
    found: [found.profiles.length, found.companies.length, found.emails.length],
  };
};
globalThis.__benchRescan = function (url, cardsHtml, minMs) {
  const D = globalThis.Detect;
  const list = document.getElementById('results');
  const holder = document.createElement('template');
  holder.innerHTML = cardsHtml;
  const added = [...holder.content.children];
  list.append(...added);
  const incremental = D.scanNodes(added, url);
  return {
    links: document.querySelectorAll('a[href]').length,
    full: __measure(() => D.scanDocument(document, url), minMs),
    nodes: __measure(() => D.scanNodes(added, url), minMs),
    found: [incremental.profiles.length, incremental.companies.length, incremental.emails.length],
  };
};
`;
