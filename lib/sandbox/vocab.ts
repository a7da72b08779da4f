/**
 * The sandbox's vocabularies: every seniority, department, industry, size, revenue band,
 * technology, intent topic, location and signal type the dataset draws from. The filter
 * endpoints list these values, so they follow the Lusha spec's own names where it gives them.
 */

/** Seniority levels with their ids, as Lusha names them (`employeesBySeniority`). */
export const SENIORITIES = [
  { id: 1, name: 'Intern' },
  { id: 2, name: 'Non-Manager' },
  { id: 3, name: 'Senior' },
  { id: 4, name: 'Manager' },
  { id: 5, name: 'Director' },
  { id: 6, name: 'Vice President' },
  { id: 7, name: 'C-Suite' },
  { id: 8, name: 'Partner' },
  { id: 9, name: 'Founder' },
] as const;

/** Departments, as Lusha names them (`employeesByDepartment`). */
export const DEPARTMENTS = [
  'Business Development',
  'Consulting',
  'Customer Service',
  'Engineering & Technical',
  'Finance',
  'General Management',
  'Human Resources',
  'Information Technology',
  'Legal',
  'Marketing',
  'Operations',
  'Other',
  'Product',
  'Research & Analytics',
  'Sales',
] as const;

/** A main industry with its sub-industries and the classification codes they carry. */
export interface IndustryDef {
  id: number;
  label: string;
  subs: { id: number; label: string; sic: [number, string]; naics: [number, string] }[];
}

/** Main industries and sub-industries (LinkedIn's taxonomy, as the spec's examples use). */
// prettier-ignore
export const INDUSTRIES: IndustryDef[] = [
  {
    id: 1,
    label: 'Technology, Information & Media',
    subs: [
      { id: 101, label: 'Software Development', sic: [7371, 'Custom computer programming services'], naics: [541511, 'Custom Computer Programming Services'] },
      { id: 102, label: 'IT Services and IT Consulting', sic: [7373, 'Computer integrated systems design'], naics: [541512, 'Computer Systems Design Services'] },
      { id: 103, label: 'Online Media', sic: [7375, 'Information retrieval services'], naics: [519130, 'Internet Publishing and Broadcasting'] },
    ],
  },
  {
    id: 2,
    label: 'Financial Services',
    subs: [
      { id: 201, label: 'Banking', sic: [6021, 'National commercial banks'], naics: [522110, 'Commercial Banking'] },
      { id: 202, label: 'Insurance', sic: [6311, 'Life insurance'], naics: [524113, 'Direct Life Insurance Carriers'] },
      { id: 203, label: 'Investment Management', sic: [6282, 'Investment advice'], naics: [523920, 'Portfolio Management'] },
    ],
  },
  {
    id: 3,
    label: 'Hospitals and Health Care',
    subs: [
      { id: 301, label: 'Medical Practices', sic: [8011, 'Offices and clinics of doctors of medicine'], naics: [621111, 'Offices of Physicians'] },
      { id: 302, label: 'Hospitals', sic: [8062, 'General medical and surgical hospitals'], naics: [622110, 'General Medical and Surgical Hospitals'] },
    ],
  },
  {
    id: 4,
    label: 'Manufacturing',
    subs: [
      { id: 401, label: 'Industrial Machinery Manufacturing', sic: [3559, 'Special industry machinery'], naics: [333249, 'Other Industrial Machinery Manufacturing'] },
      { id: 402, label: 'Food and Beverage Manufacturing', sic: [2099, 'Food preparations'], naics: [311999, 'All Other Miscellaneous Food Manufacturing'] },
    ],
  },
  {
    id: 5,
    label: 'Retail',
    subs: [
      { id: 501, label: 'Retail Apparel and Fashion', sic: [5651, 'Family clothing stores'], naics: [448140, 'Family Clothing Stores'] },
      { id: 502, label: 'Online and Mail Order Retail', sic: [5961, 'Catalog and mail-order houses'], naics: [454110, 'Electronic Shopping'] },
    ],
  },
  {
    id: 6,
    label: 'Professional Services',
    subs: [
      { id: 601, label: 'Business Consulting and Services', sic: [8742, 'Management consulting services'], naics: [541611, 'Administrative Management Consulting Services'] },
      { id: 602, label: 'Legal Services', sic: [8111, 'Legal services'], naics: [541110, 'Offices of Lawyers'] },
      { id: 603, label: 'Advertising Services', sic: [7311, 'Advertising agencies'], naics: [541810, 'Advertising Agencies'] },
    ],
  },
  {
    id: 7,
    label: 'Transportation, Logistics, Supply Chain and Storage',
    subs: [
      { id: 701, label: 'Truck Transportation', sic: [4213, 'Trucking, except local'], naics: [484121, 'General Freight Trucking, Long-Distance'] },
      { id: 702, label: 'Warehousing and Storage', sic: [4225, 'General warehousing and storage'], naics: [493110, 'General Warehousing and Storage'] },
    ],
  },
  {
    id: 8,
    label: 'Education',
    subs: [
      { id: 801, label: 'E-Learning Providers', sic: [8299, 'Schools and educational services'], naics: [611710, 'Educational Support Services'] },
    ],
  },
];

/** Employee-count bands (the `sizes` filter), `max` absent on the open-ended top band. */
export const SIZES: { min: number; max?: number }[] = [
  { min: 1, max: 10 },
  { min: 11, max: 50 },
  { min: 51, max: 200 },
  { min: 201, max: 500 },
  { min: 501, max: 1000 },
  { min: 1001, max: 5000 },
  { min: 5001, max: 10000 },
  { min: 10001 },
];

/** Annual revenue bands in USD (the `revenues` filter). */
export const REVENUES: { min: number; max?: number }[] = [
  { min: 0, max: 1_000_000 },
  { min: 1_000_000, max: 10_000_000 },
  { min: 10_000_000, max: 50_000_000 },
  { min: 50_000_000, max: 100_000_000 },
  { min: 100_000_000, max: 1_000_000_000 },
  { min: 1_000_000_000, max: 10_000_000_000 },
  { min: 10_000_000_000 },
];

/** Technologies a company may use (lower case, as the spec's examples write them). */
export const TECHNOLOGIES = [
  'amazon',
  'google analytics',
  'paypal',
  'salesforce',
  'hubspot',
  'react',
  'node.js',
  'kubernetes',
  'snowflake',
  'stripe',
  'zendesk',
  'slack',
  'shopify',
  'wordpress',
  'microsoft azure',
  'google cloud',
  'marketo',
  'segment',
  'datadog',
  'intercom',
] as const;

/** Buyer-intent topics. */
export const INTENT_TOPICS = [
  'Sales Intelligence',
  'Data Enrichment',
  'CRM Software',
  'Cloud Security',
  'Marketing Automation',
  'Supply Chain Visibility',
  'Payroll Software',
  'Data Warehousing',
  'Customer Success Platforms',
  'Endpoint Protection',
  'E-commerce Platforms',
  'Telehealth',
  'Fleet Management',
  'Learning Management Systems',
] as const;

/** A city with its place in the world. */
export interface PlaceDef {
  city: string;
  state?: string;
  stateCode?: string;
  country: string;
  countryIso2: string;
  continent: string;
  coordinates: [number, number];
  eu: boolean;
  dial: string;
}

/** The cities people and companies live in. */
// prettier-ignore
export const PLACES: PlaceDef[] = [
  { city: 'Boston', state: 'Massachusetts', stateCode: 'MA', country: 'United States', countryIso2: 'US', continent: 'North America', coordinates: [-71.0589, 42.3601], eu: false, dial: '+1' },
  { city: 'New York City', state: 'New York', stateCode: 'NY', country: 'United States', countryIso2: 'US', continent: 'North America', coordinates: [-74.006, 40.7128], eu: false, dial: '+1' },
  { city: 'San Francisco', state: 'California', stateCode: 'CA', country: 'United States', countryIso2: 'US', continent: 'North America', coordinates: [-122.4194, 37.7749], eu: false, dial: '+1' },
  { city: 'Austin', state: 'Texas', stateCode: 'TX', country: 'United States', countryIso2: 'US', continent: 'North America', coordinates: [-97.7431, 30.2672], eu: false, dial: '+1' },
  { city: 'Chicago', state: 'Illinois', stateCode: 'IL', country: 'United States', countryIso2: 'US', continent: 'North America', coordinates: [-87.6298, 41.8781], eu: false, dial: '+1' },
  { city: 'Denver', state: 'Colorado', stateCode: 'CO', country: 'United States', countryIso2: 'US', continent: 'North America', coordinates: [-104.9903, 39.7392], eu: false, dial: '+1' },
  { city: 'Toronto', state: 'Ontario', stateCode: 'ON', country: 'Canada', countryIso2: 'CA', continent: 'North America', coordinates: [-79.3832, 43.6532], eu: false, dial: '+1' },
  { city: 'London', state: 'England', country: 'United Kingdom', countryIso2: 'GB', continent: 'Europe', coordinates: [-0.1276, 51.5072], eu: false, dial: '+44' },
  { city: 'Berlin', state: 'Berlin', country: 'Germany', countryIso2: 'DE', continent: 'Europe', coordinates: [13.405, 52.52], eu: true, dial: '+49' },
  { city: 'Paris', state: 'Île-de-France', country: 'France', countryIso2: 'FR', continent: 'Europe', coordinates: [2.3522, 48.8566], eu: true, dial: '+33' },
  { city: 'Amsterdam', state: 'North Holland', country: 'Netherlands', countryIso2: 'NL', continent: 'Europe', coordinates: [4.9041, 52.3676], eu: true, dial: '+31' },
  { city: 'Madrid', state: 'Community of Madrid', country: 'Spain', countryIso2: 'ES', continent: 'Europe', coordinates: [-3.7038, 40.4168], eu: true, dial: '+34' },
  { city: 'Tel Aviv', state: 'Tel Aviv District', country: 'Israel', countryIso2: 'IL', continent: 'Asia', coordinates: [34.7806, 32.0809], eu: false, dial: '+972' },
  { city: 'Bengaluru', state: 'Karnataka', country: 'India', countryIso2: 'IN', continent: 'Asia', coordinates: [77.5946, 12.9716], eu: false, dial: '+91' },
  { city: 'Singapore', country: 'Singapore', countryIso2: 'SG', continent: 'Asia', coordinates: [103.8198, 1.3521], eu: false, dial: '+65' },
  { city: 'Sydney', state: 'New South Wales', stateCode: 'NSW', country: 'Australia', countryIso2: 'AU', continent: 'Oceania', coordinates: [151.2093, -33.8688], eu: false, dial: '+61' },
  { city: 'São Paulo', state: 'São Paulo', stateCode: 'SP', country: 'Brazil', countryIso2: 'BR', continent: 'South America', coordinates: [-46.6333, -23.5505], eu: false, dial: '+55' },
];

/** Contact signal types. */
export const CONTACT_SIGNAL_TYPES = ['promotion', 'companyChange'] as const;

/** Company news signal categories. */
export const NEWS_SIGNAL_TYPES = [
  'riskNews',
  'commercialActivityNews',
  'corporateStrategyNews',
  'financialEventsNews',
  'peopleNews',
  'marketIntelligenceNews',
  'productActivityNews',
] as const;

/** Company signal types, as the spec's `V3CompanySignalsDto` lists them (bar `allSignals`). */
export const COMPANY_SIGNAL_TYPES = [
  'headcountIncrease1m',
  'headcountIncrease3m',
  'headcountIncrease6m',
  'headcountIncrease12m',
  'headcountDecrease1m',
  'headcountDecrease3m',
  'headcountDecrease6m',
  'headcountDecrease12m',
  'surgeInHiring',
  'surgeInHiringByDepartment',
  'surgeInHiringByLocation',
  'websiteTrafficIncrease',
  'websiteTrafficDecrease',
  'itSpendIncrease',
  'itSpendDecrease',
  ...NEWS_SIGNAL_TYPES,
] as const;

/** Event types inside each news category (`newsEventTypes`). */
export const NEWS_EVENT_TYPES: Record<(typeof NEWS_SIGNAL_TYPES)[number], string[]> = {
  riskNews: ['lawsuit', 'data_breach', 'layoffs'],
  commercialActivityNews: ['partnership', 'new_customer', 'contract_win'],
  corporateStrategyNews: ['acquisition', 'expansion', 'rebranding'],
  financialEventsNews: ['funding_round', 'earnings_report', 'ipo'],
  peopleNews: ['executive_hire', 'executive_departure'],
  marketIntelligenceNews: ['award', 'ranking'],
  productActivityNews: ['product_launch', 'product_update'],
};

/** Company types and business models. */
export const COMPANY_TYPES = [
  'Private Company',
  'Public Company',
  'Non Profit',
  'Partnership',
] as const;
export const BUSINESS_MODELS = ['B2B', 'B2C', 'B2B2C'] as const;

/** Funding round types. */
export const ROUND_TYPES = [
  'Seed Round',
  'Series A',
  'Series B',
  'Series C',
  'Private Equity Round',
] as const;
