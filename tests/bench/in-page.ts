/**
 * Code that runs inside the benchmarked page, as a string: functions handed to
 * `page.evaluate` would carry the TypeScript loader's helpers, which the page does not have.
 */
export const IN_PAGE = String.raw`
globalThis.__calibrate = function (fn) {
  // Warm up first so that the JIT has compiled the code being timed: its optimising tier
  // compiles on a background thread, which on two busy cores takes a few hundred ms.
  for (const until = performance.now() + 500; performance.now() < until; ) fn();
  let k = 1;
  for (;;) {
    const t = performance.now();
    for (let i = 0; i < k; i++) fn();
    if (performance.now() - t >= 5 || k >= 65536) return k;
    k *= 2;
  }
};
// Medians of two functions sampled in alternation, so that noise from other processes on
// the machine falls on both alike. Each sample runs a batch long enough for the timer.
globalThis.__pair = function (a, b, minMs) {
  const ka = __calibrate(a);
  const kb = __calibrate(b);
  const sa = [];
  const sb = [];
  const start = performance.now();
  while (sa.length < 7 || (performance.now() - start < 2 * minMs && sa.length < 60)) {
    let t = performance.now();
    for (let i = 0; i < ka; i++) a();
    sa.push((performance.now() - t) / ka);
    t = performance.now();
    for (let i = 0; i < kb; i++) b();
    sb.push((performance.now() - t) / kb);
  }
  const median = (s) => s.sort((x, y) => x - y)[s.length >> 1];
  return [median(sa), median(sb)];
};
globalThis.__baseline = function () {
  let sink = 0;
  for (const a of document.querySelectorAll('a[href]')) sink += a.href.length;
  return sink;
};
globalThis.__benchPage = function (url, minMs) {
  const D = globalThis.Detect;
  const found = D.scanDocument(document, url);
  const [baseline, scan] = __pair(__baseline, () => D.scanDocument(document, url), minMs);
  return {
    links: document.querySelectorAll('a[href]').length,
    baseline,
    scan,
    found: [found.profiles.length, found.companies.length, found.emails.length],
  };
};
// One scan of a page of hostile text, timed as the median of a few runs (each one is long).
globalThis.__benchHostile = function (url) {
  const D = globalThis.Detect;
  const found = D.scanDocument(document, url);
  const times = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    D.scanDocument(document, url);
    times.push(performance.now() - t);
  }
  times.sort((x, y) => x - y);
  return {
    chars: document.body.textContent.length,
    median: times[3],
    worst: times[6],
    found: [found.profiles.length, found.emails.length],
    truncated: found.truncated,
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
  const [full, nodes] = __pair(
    () => D.scanDocument(document, url),
    () => D.scanNodes(added, url),
    minMs,
  );
  return {
    links: document.querySelectorAll('a[href]').length,
    full,
    nodes,
    found: [incremental.profiles.length, incremental.companies.length, incremental.emails.length],
  };
};
`;
