/** RSS feed of the changelog, newest first: /changelog/rss.xml. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';

import { getChangelog } from '../../lib/changelog';
import { SITE } from '../../lib/site';
import { CHANGE_KIND_LABELS } from '../../schemas/changelog';

export async function GET(context: APIContext): Promise<Response> {
	const entries = await getChangelog();
	const site = context.site ?? 'https://ai-infrastructure-field-guide.example';
	return rss({
		title: `${SITE.name}: changelog`,
		description: 'Dated updates and corrections to the report, the timeline, the calculators and the data.',
		site,
		trailingSlash: true,
		items: entries.map((e) => ({
			title: e.data.title,
			description: e.data.summary,
			// An absolute URL is used as given; a relative one would get a slash after the #anchor.
			link: new URL(`/changelog/#${e.id}`, site).href,
			pubDate: new Date(`${e.data.date}T00:00:00Z`),
			categories: [CHANGE_KIND_LABELS[e.data.kind]],
		})),
		customData: '<language>en</language>',
	});
}
