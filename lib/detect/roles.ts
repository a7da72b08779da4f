/**
 * Role mailboxes: addresses of a function, not a person (`info@`, `sales@`, `noreply@`). Shown as
 * the company's contact addresses, never looked up as people.
 */

/** Local parts that name a function. */
const ROLES = new Set(
  (
    'abuse accounting accounts admin administrator advertising affiliates bookings billing ' +
    'business careers compliance contact contactus customercare customerservice customers ' +
    'cs dataprotection dpo enquiries enquiry events feedback finance gdpr general hello help ' +
    'helpdesk hi hiring hostmaster hr info information inquiries inquiry investors ir jobs ' +
    'legal mail mailer marketing media news newsletter noc noreply no-reply donotreply ' +
    'do-not-reply notifications office operations ops orders partners partnerships payments ' +
    'postmaster pr press privacy purchasing reception recruiting recruitment reservations ' +
    'returns sales security service services shop social sponsorship support team tech ' +
    'webmaster welcome'
  ).split(' '),
);
/** What may follow a role word in a local part: a desk, a region, a number (`sales.uk`, `jobs-2`). */
const QUALIFIER =
  /^(?:[a-z]{2}|\d{1,4}|team|dept|department|desk|office|global|intl|europe|emea|apac|americas|us|uk|eu)$/;

/**
 * True when an address names a function, not a person: its local part (a `+tag` aside) is a
 * role word (`info`, `jobs`, `press`, `sales`, `support`, `hello`, `careers`, `contact`,
 * `noreply`, ...) alone or with a qualifier (`sales.uk@`, `support-team@`, `jobs2@`).
 */
export function isRoleMailbox(email: string): boolean {
  const at = email.lastIndexOf('@');
  if (at <= 0 || at > 64) return false;
  const local = email.slice(0, at).toLowerCase().split('+')[0]!;
  if (ROLES.has(local)) return true;
  const [head = '', ...rest] = local.split(/[._-]/);
  if (ROLES.has(head) && rest.length > 0 && rest.every((part) => QUALIFIER.test(part))) return true;
  const numbered = /^([a-z-]+?)\d{1,4}$/.exec(local);
  return numbered !== null && ROLES.has(numbered[1]!);
}
