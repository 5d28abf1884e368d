/**
 * Words for the enum values editors write in content/ (timeline events, assumptions, sources),
 * and date formatting that keeps an event's precision. Pure; shared by the timeline, sources and
 * methodology pages.
 */

export const INSTRUMENT_LABELS: Readonly<Record<string, string>> = {
	'executive-order': 'Executive order',
	proclamation: 'Proclamation',
	rule: 'Rule',
	order: 'Order',
	rfi: 'Request for information',
	solicitation: 'Solicitation',
	report: 'Report',
	legislation: 'Legislation',
	'court-decision': 'Court decision',
	pledge: 'Pledge',
	statement: 'Statement',
	announcement: 'Announcement',
	alert: 'Alert',
	plan: 'Plan',
};

export const STATUS_LABELS: Readonly<Record<string, string>> = {
	'in-force': 'In force',
	revoked: 'Revoked',
	superseded: 'Superseded',
	proposed: 'Proposed',
	pending: 'Pending',
	completed: 'Completed',
	vetoed: 'Vetoed',
	expired: 'Expired',
	'n/a': 'No legal status',
};

export const JURISDICTION_LABELS: Readonly<Record<string, string>> = {
	'US-federal': 'US federal',
	'US-state': 'US state',
	'US-regional': 'US regional',
	EU: 'European Union',
	UK: 'United Kingdom',
	IE: 'Ireland',
	international: 'International',
	private: 'Private sector',
};

/** "Revokes EO 14141": the verb before the related event's short name. */
export const RELATION_LABELS: Readonly<Record<string, string>> = {
	revokes: 'Revokes',
	'revoked-by': 'Revoked by',
	implements: 'Implements',
	'responds-to': 'Responds to',
	supersedes: 'Supersedes',
	related: 'Related',
};

export { CONFIDENCE_LABELS } from '../../format/confidence';

const MONTH = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'long', year: 'numeric' });
const DAY = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'long', day: 'numeric', year: 'numeric' });

export type Precision = 'day' | 'month' | 'year';

export interface DatePart {
	/** Machine-readable value for `<time datetime>`: 2025-07-23, 2025-07 or 2025. */
	readonly datetime: string;
	/** What a reader sees: "July 23, 2025", "July 2025" or "2025". */
	readonly text: string;
}

/** Formats an ISO date (YYYY-MM-DD) to the precision the editor gave. */
export function formatDate(iso: string, precision: Precision = 'day'): DatePart {
	const d = new Date(`${iso}T00:00:00Z`);
	if (precision === 'year') return { datetime: iso.slice(0, 4), text: iso.slice(0, 4) };
	if (precision === 'month') return { datetime: iso.slice(0, 7), text: MONTH.format(d) };
	return { datetime: iso, text: DAY.format(d) };
}

/**
 * The short name of an event for link text ("Revokes EO 14141"): its executive-order numbers when
 * the identifier starts with one, else its title. Other identifiers are too varied to shorten.
 */
export function shortEventName(event: { title: string; identifier?: string | undefined }): string {
	if (!event.identifier?.startsWith('EO ')) return event.title;
	const orders = [...new Set([...event.identifier.matchAll(/\bEO \d+/g)].map((m) => m[0]))];
	return orders.join(' and ');
}
