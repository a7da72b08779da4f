/**
 * LinkedIn activity intent posts, derived deterministically from company ids (the dataset has
 * no such posts): a few posts per company, each tagged with Bombora-style topics and categories.
 */
import { DAY_MS, hash32, intBetween, isoDate, seededHex, unit } from './prospecting-common';

/** Bombora intent categories and a few topics in each. */
export const INTENT_CATEGORIES: Record<string, string[]> = {
  Technology: ['Cloud Security', 'Data Warehousing', 'Kubernetes', 'Zero Trust'],
  Business: ['Sales Enablement', 'Account-Based Marketing', 'Revenue Operations'],
  Finance: ['Accounts Payable Automation', 'FP&A Software', 'Corporate Cards'],
  'Human Resources': ['Talent Acquisition', 'Employee Engagement', 'Payroll Software'],
  Marketing: ['Marketing Automation', 'Content Marketing', 'Intent Data'],
};

const SIGNAL_CATEGORIES = [
  'Technology or Stack Discussion',
  'Hiring or Team Growth',
  'Product Launch',
  'Event Participation',
];

/** What a post needs to know about its company. */
export interface IntentCompany {
  id: string;
  name: string;
  linkedin: string;
  people: { id: string; fullName: string; linkedin: string }[];
}

function post(company: IntentCompany, index: number, today: number) {
  const key = ['intent', company.id, index];
  const categories = Object.keys(INTENT_CATEGORIES);
  const category = categories[intBetween(0, categories.length - 1, ...key, 'cat')]!;
  const topics = INTENT_CATEGORIES[category]!;
  const topic = topics[intBetween(0, topics.length - 1, ...key, 'topic')]!;
  const author = company.people.length
    ? company.people[hash32(...key, 'author') % company.people.length]
    : undefined;
  return {
    companyId: Number(company.id) || hash32(company.id),
    activityPublicationDate: isoDate(today - intBetween(0, 120, ...key, 'age') * DAY_MS),
    signalCategory: SIGNAL_CATEGORIES[intBetween(0, SIGNAL_CATEGORIES.length - 1, ...key, 'sc')]!,
    intentTopics: [{ topic, category }],
    author: author
      ? { id: author.id, fullName: author.fullName, linkedinUrl: author.linkedin }
      : {
          id: null,
          fullName: 'Unresolved Author',
          linkedinUrl: 'https://www.linkedin.com/in/unknown',
        },
    contactsMentioned: [],
    companiesMentioned: [{ id: company.id, name: company.name, linkedinUrl: company.linkedin }],
    activityUrl: `https://www.linkedin.com/feed/update/urn:li:activity:${BigInt(`0x${seededHex(12, ...key)}`)}`,
    activitySummary: `Discusses ${topic.toLowerCase()} at ${company.name}.`,
    activityLikes: intBetween(0, 300, ...key, 'likes'),
    activityComments: intBetween(0, 40, ...key, 'comments'),
    activityShares: intBetween(0, 20, ...key, 'shares'),
    activityType: 'post',
  };
}

export type IntentPost = ReturnType<typeof post>;

/** The company's posts, newest first (0-6 posts over the last ~4 months). */
export function intentPosts(company: IntentCompany, today: number): IntentPost[] {
  const count = unit('intent-count', company.id) < 0.5 ? 0 : intBetween(1, 6, 'n', company.id);
  return Array.from({ length: count }, (_, i) => post(company, i, today)).sort((a, b) =>
    b.activityPublicationDate.localeCompare(a.activityPublicationDate),
  );
}
