/** robots.txt with an absolute sitemap URL for whatever origin the site is built for (SITE_URL). */
import type { APIContext } from 'astro';

export function GET(context: APIContext): Response {
	const sitemap = new URL('/sitemap-index.xml', context.site ?? 'https://ai-infrastructure-field-guide.example');
	const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemap.href}`, ''].join('\n');
	return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
