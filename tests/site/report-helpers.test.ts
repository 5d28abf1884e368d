/** The pure helpers behind /timeline/, /sources/ and /methodology/. */
import { describe, expect, it } from 'vitest';

import { buildCitedIn } from '../../src/components/report/cited-in';
import { formatDate, shortEventName } from '../../src/components/report/labels';
import { formatExact } from '../../src/components/report/numbers';
import { fixture as registry } from '../helpers/registry';
import { CONSTANTS_TABLE } from '../../src/engine';
import * as units from '../../src/engine/units';
import { assumptionsCsv } from '../../src/pages/methodology/assumptions.csv';

describe('formatDate', () => {
	it('keeps the precision the editor gave', () => {
		expect(formatDate('2025-07-23')).toEqual({ datetime: '2025-07-23', text: 'July 23, 2025' });
		expect(formatDate('2025-07-01', 'month')).toEqual({ datetime: '2025-07', text: 'July 2025' });
		expect(formatDate('2024-01-01', 'year')).toEqual({ datetime: '2024', text: '2024' });
	});

	it('does not shift dates across time zones', () => {
		expect(formatDate('2025-01-01').text).toBe('January 1, 2025');
		expect(formatDate('2025-12-31').text).toBe('December 31, 2025');
	});
});

describe('shortEventName', () => {
	it('uses executive-order numbers when the identifier starts with one', () => {
		expect(shortEventName({ title: 'x', identifier: 'EO 14141; 90 FR 5469; FR Doc. 2025-01395' })).toBe('EO 14141');
		expect(
			shortEventName({ title: 'x', identifier: 'EO 14154 (90 FR 8353; FR Doc. 2025-01956); EO 14156 (90 FR 8433)' }),
		).toBe('EO 14154 and EO 14156');
	});

	it('falls back to the title', () => {
		expect(shortEventName({ title: 'Texas SB 6', identifier: 'Senate Bill 6; PUCT Project No. 58317' })).toBe(
			'Texas SB 6',
		);
		expect(shortEventName({ title: 'Stargate announced' })).toBe('Stargate announced');
	});
});

describe('formatExact', () => {
	it('prints reference values without rounding them', () => {
		expect(formatExact(16384)).toBe('16,384');
		expect(formatExact(3.785411784)).toBe('3.785411784');
		expect(formatExact(0.26)).toBe('0.26');
		expect(formatExact(5.9e11)).toBe('5.9 × 10¹¹');
		expect(formatExact(3.8e25)).toBe('3.8 × 10²⁵');
		expect(formatExact(10_000_000)).toBe('10,000,000');
	});
	it('prints calendar years as years are written, without a thousands separator', () => {
		expect(formatExact(2024, 'year')).toBe('2024');
		expect(formatExact(2060, 'year')).toBe('2060');
		// Other units keep their separators.
		expect(formatExact(2000, 'kW')).toBe('2,000');
	});
});

describe('buildCitedIn', () => {
	const map = buildCitedIn({
		chapters: [
			{ id: 'b', body: '<Cite id="s1" /> <Assumption id="power.pue" />', data: { title: 'Chapter B', order: 2 } },
			{ id: 'a', body: '<Cite id="s1" /><Cite id="s1" />', data: { title: 'Chapter A', order: 1 } },
		],
		events: [{ id: '2025-01-01-x', data: { title: 'Event X', sources: ['s1', 's2'] } }],
		assumptions: [
			{
				id: 'power.pue',
				label: 'PUE',
				value: 1.2,
				unit: 'ratio',
				source: 'uptime-pue-2023',
				confidence: 'derived',
				note: 'n',
			},
		],
		accelerators: registry.accelerators.slice(0, 1),
	});

	it('lists chapters in report order, then events, assumptions and presets, without repeats', () => {
		expect(map.get('s1')).toEqual([
			{ kind: 'chapter', label: 'Chapter A', href: '/report/a/#ref-s1' },
			{ kind: 'chapter', label: 'Chapter B', href: '/report/b/#ref-s1' },
			{ kind: 'timeline', label: 'Event X', href: '/timeline/#2025-01-01-x' },
		]);
	});

	it('counts a source cited through <Assumption> as cited by the chapter', () => {
		expect(map.get('uptime-pue-2023')?.map((p) => p.href)).toEqual([
			'/report/b/#ref-uptime-pue-2023',
			'/methodology/#power.pue',
		]);
	});

	it('links presets to their row on the methodology page', () => {
		const p = registry.accelerators[0]!;
		expect(map.get(p.sources[0]!)?.some((x) => x.href === `/systems/#${p.id}`)).toBe(true);
	});
});

describe('constants table', () => {
	it('shows exactly the values the engine uses', () => {
		for (const row of CONSTANTS_TABLE) expect(row.value, row.name).toBe((units as Record<string, unknown>)[row.name]);
	});

	it('covers every numeric constant exported by units.ts', () => {
		const exported = Object.entries(units)
			.filter(([name, v]) => typeof v === 'number' && /^[A-Z0-9_]+$/.test(name))
			.map(([name]) => name);
		expect(CONSTANTS_TABLE.map((r) => r.name).sort()).toEqual(exported.sort());
	});
});

describe('assumptions.csv', () => {
	it('writes its cells with the guarded csvCell, so no cell can run as a spreadsheet formula', () => {
		for (const line of assumptionsCsv().trimEnd().split('\r\n').slice(1)) expect(line).not.toMatch(/(^|,)[=+@]/);
	});

	it('has a header and one row per registry record, with the source url', () => {
		const lines = assumptionsCsv().trimEnd().split('\r\n');
		expect(lines[0]).toBe(
			'id,calculator,param,label,value,unit,low,high,min,max,confidence,source,source_title,source_url,locator,note',
		);
		// every record's row starts with its id (notes may hold commas, never line breaks)
		expect(lines).toHaveLength(registry.assumptions.size + 1);
		const pue = lines.find((l) => l.startsWith('power.pue,'));
		expect(pue).toContain(',power,pue,PUE,1.2,ratio,1.09,1.54,1,3,derived,thefreesheet-uptime-pue-2025,');
		// The CSV is written from the live content, so the address is the published one, not the fixture's.
		expect(pue).toContain(
			'https://thefreesheet.com/2026/01/19/data-centre-efficiency-flatlines-for-sixth-year-as-ai-power-demands-soar',
		);
	});
});
