/**
 * Codes the data files and the page share, as plain values: the page reads them without building the
 * files' schemas, which only the validation worker (and the data check) need.
 */

/** The five partners, in the order analysts expect them (alphabetical). */
export const PARTNERS = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'] as const;

/** The countries events and the map name: China and the five. */
export const COUNTRY_CODES = ['CHN', ...PARTNERS] as const;

/** The kinds of event in events.json, in the order the timeline lists them. */
export const EVENT_KINDS = ['foreign-ministers', 'summit', 'ministerial', 'secretariat', 'agreement', 'milestone'] as const;
