import { describe, expect, it } from 'vitest';

import { convertParam, migrateQuery, renameParam } from '../../src/engine';

const q = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe(renameParam, () => {
	const m = renameParam('gpus', 'count', 'accelerators are not all GPUs');

	it('reads the old name as the new one and reports it', () => {
		const r = m.apply(q({ gpus: '50000', pue: '1.2' }));
		expect(Object.fromEntries(r.query)).toEqual({ gpus: '50000', pue: '1.2', count: '50000' });
		expect(r.changed).toEqual([{ from: 'gpus', to: 'count' }]);
	});

	it('lets the new name win when a link has both', () => {
		const r = m.apply(q({ gpus: '50000', count: '7' }));
		expect(r.query.get('count')).toBe('7');
		expect(r.changed).toEqual([]);
	});

	it('leaves a link without the old name alone', () => {
		const input = q({ count: '1' });
		expect(m.apply(input).query).toBe(input);
	});
});

describe(convertParam, () => {
	// An old link in kilowatts read as watts: 1.2 kW is 1,200 W.
	const m = convertParam('board_kw', 'board_w', (kw) => kw * 1000, 'board power is given in watts');

	it.each([
		['1.2', '1200'],
		['0.7~1.2', '700~1200'],
		['1e-3', '1'],
	])('converts %s to %s, ranges end by end', (from, to) => {
		expect(m.apply(q({ board_kw: from })).query.get('board_w')).toBe(to);
	});

	it('passes text that is not a number through, for the field to refuse', () => {
		expect(m.apply(q({ board_kw: 'abc' })).query.get('board_w')).toBe('abc');
	});

	it('rounds away float noise', () => {
		expect(
			convertParam('x', 'y', (v) => v * 0.1, 'n')
				.apply(q({ x: '3' }))
				.query.get('y'),
		).toBe('0.3');
	});
});

describe(migrateQuery, () => {
	it('runs migrations in order, each seeing the last one’s output', () => {
		const r = migrateQuery(q({ a: '2' }), [
			renameParam('a', 'b', 'first rename'),
			convertParam('b', 'c', (v) => v * 10, 'then a unit change'),
		]);
		expect(r.query.get('c')).toBe('20');
		expect(r.changed).toEqual([
			{ from: 'a', to: 'b' },
			{ from: 'b', to: 'c' },
		]);
	});
});
