/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** Set by the chapter page: citation numbering and the file being rendered (for error messages). */
		citations?: import('./lib/citations').CitationContext;
		contentFile?: string;
	}
}
