/** RSS feed of the report's chapters, in report order: /rss.xml. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';

import { getChapters } from '../lib/chapters';
import { SITE } from '../lib/site';

export async function GET(context: APIContext): Promise<Response> {
	const chapters = await getChapters();
	return rss({
		title: SITE.name,
		description: SITE.tagline,
		site: context.site ?? 'https://ai-infrastructure-field-guide.example',
		trailingSlash: true,
		items: chapters.map((c) => ({
			title: c.data.title,
			description: c.data.description,
			link: `/report/${c.id}/`,
			pubDate: new Date(`${c.data.published}T00:00:00Z`),
			categories: [c.data.part === 'imperatives' ? 'Imperatives' : 'Context'],
		})),
		customData: '<language>en</language>',
	});
}
