/** Helpers for the build-time SVG figures (campuses, timeline overview, chapter charts). */

/** Text safe inside SVG markup and attribute values. */
export const esc = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One decimal place: enough for screen coordinates, and keeps the markup short. */
export const r1 = (n: number) => Math.round(n * 10) / 10;
