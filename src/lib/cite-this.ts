/**
 * "Cite this" for anything the site publishes (a dataset, a chapter): plain text and BibTeX, dated
 * with the day the work was last reviewed. Pure.
 */
import { SITE } from './site';

export interface CiteThisInput {
	/** BibTeX key stem, e.g. "aifg-timeline". The year is appended. */
	readonly key: string;
	readonly title: string;
	/** What it is, e.g. "Dataset, 73 records" or "Report chapter". */
	readonly kind: string;
	/** Last reviewed, YYYY-MM-DD. */
	readonly reviewed: string;
	/** Full address. */
	readonly url: string;
	/** A licence id, when the work is licensed (the open data). */
	readonly licence?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function citeThis(c: CiteThisInput): { text: string; bibtex: string } {
	const year = c.reviewed.slice(0, 4);
	const month = MONTHS[Number(c.reviewed.slice(5, 7)) - 1];
	const text = `${SITE.name}. “${c.title}” (${c.kind.charAt(0).toLowerCase()}${c.kind.slice(1)}). Reviewed ${c.reviewed}. ${c.url}.${c.licence ? ` Licensed ${c.licence}.` : ''}`;
	const bibtex = [
		`@misc{${c.key}-${year},`,
		`  author = {{${SITE.name}}},`,
		`  title = {{${c.title}}},`,
		`  howpublished = {${c.kind}},`,
		`  year = {${year}},`,
		`  month = ${month},`,
		`  url = {${c.url}},`,
		`  note = {Reviewed ${c.reviewed}.${c.licence ? ` Licence: ${c.licence}` : ''}},`,
		`}`,
	].join('\n');
	return { text, bibtex };
}
