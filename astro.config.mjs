// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

/** Public origin used for canonical URLs, the sitemap, RSS and Open Graph tags. */
const site = process.env.SITE_URL ?? 'https://ai-infrastructure-field-guide.example';

export default defineConfig({
	site,
	trailingSlash: 'always',
	integrations: [mdx(), preact(), sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/embed/') })],
	build: { format: 'directory' },
	server: { host: '127.0.0.1', port: 4321 },
	devToolbar: { enabled: false },
	// Shiki writes inline style attributes, which the CSP below blocks; code blocks stay plain.
	markdown: { syntaxHighlight: false },
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data: blob:",
				"font-src 'self'",
				"connect-src 'self'",
				"worker-src 'self' blob:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
		},
	},
});
