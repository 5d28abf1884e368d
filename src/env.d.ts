/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** Set by the chapter page: citation numbering and the file being rendered (for error messages). */
		// A global declaration cannot import at the top without becoming a module.
		// eslint-disable-next-line @typescript-eslint/consistent-type-imports
		citations?: import('./lib/citations').CitationContext;
		contentFile?: string;
	}
}
