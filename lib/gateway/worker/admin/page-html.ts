/** The admin page's HTML and CSS (served at /admin and /admin/app.css). */

/** The page: sections filled by app.js after the admin token is given. */
export const PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Prospect Lens team gateway</title>
<link rel="stylesheet" href="/admin/app.css">
<script src="/admin/app.js" defer></script>
</head>
<body>
<header><h1>Team gateway</h1><p id="status" role="status"></p></header>
<form id="login"><label>Admin token <input id="token" type="password" autocomplete="off" required></label>
<button>Open</button></form>
<main id="app" hidden>
<section><h2>Team account</h2><p id="team"></p></section>
<section><h2>Reps</h2>
<form id="new-rep"><label>Name <input name="name" required maxlength="100"></label>
<label>Credits a day <input name="dailyCredits" type="number" min="0"></label>
<label>Credits a month <input name="monthlyCredits" type="number" min="0"></label>
<button>Add rep</button></form>
<p id="new-token" hidden>Token for <b id="new-token-name"></b> (shown once): <code id="new-token-value"></code></p>
<table><thead><tr><th>Name</th><th>Id</th><th>Day</th><th>Month</th><th>Spent today</th>
<th>Spent this month</th><th>Left</th><th>State</th><th></th></tr></thead><tbody id="reps"></tbody></table>
</section>
<section><h2>Audit log</h2><button id="reload-audit">Reload</button>
<table><thead><tr><th>Time</th><th>Rep</th><th>Call</th><th>Identifiers</th><th>From cache</th>
<th>Credits</th><th>Status</th><th>Note</th></tr></thead><tbody id="audit"></tbody></table>
</section>
<section><h2>Webhooks</h2>
<p>Deliveries are received at <code id="hook-url"></code>.
<button id="get-secret">Show account secret</button> <button id="regen-secret">Regenerate secret</button>
<code id="secret"></code></p>
<form id="new-subs"><label>Entity <select name="entityType"><option>contact</option><option>company</option></select></label>
<label>Lusha ids (one per line) <textarea name="ids" rows="3" required></textarea></label>
<label>Signal types <input name="signalTypes" value="allSignals"></label>
<label>Name <input name="name" maxlength="100"></label>
<label>URL <input name="url" type="url" required></label><button>Subscribe</button></form>
<form id="opt-out"><label>Opt-out notifications to <input name="url" type="url" required></label><button>Subscribe to opt-outs</button></form>
<table><thead><tr><th>Name</th><th>Entity</th><th>Signals</th><th>Active</th><th>Id</th><th></th></tr></thead>
<tbody id="subs"></tbody></table>
<h3>Delivery log</h3><p id="hook-stats"></p>
<table><thead><tr><th>Time</th><th>Subscription</th><th>Status</th><th>Error</th></tr></thead><tbody id="hook-logs"></tbody></table>
</section>
</main>
</body>
</html>
`;

/** A plain, dense style: the admin scans tables. */
export const PAGE_CSS = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 1rem 2rem; color: #1b1b1f; }
h1 { font-size: 1.4rem; margin: 0; } h2 { font-size: 1.1rem; margin-top: 2rem; }
header { display: flex; gap: 1rem; align-items: baseline; }
form { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin: .5rem 0; }
label { display: flex; flex-direction: column; font-size: .85rem; }
table { border-collapse: collapse; width: 100%; margin-top: .5rem; }
th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #ddd; font-size: .85rem; }
td button { font-size: .8rem; margin-right: .25rem; }
code { background: #f3f3f5; padding: 0 .25rem; word-break: break-all; }
#status { color: #a12; }
`;
