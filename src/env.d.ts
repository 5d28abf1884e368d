/// <reference types="astro/client" />
import type { CitationContext } from './lib/citations';

declare namespace App {
	interface Locals {
		/** Set by the chapter page: citation numbering and the file being rendered (for error messages). */
		citations?: CitationContext;
		contentFile?: string;
	}
}
