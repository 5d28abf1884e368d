import { describe, expect, it } from 'vitest';

import { registry } from '../../src/data/registry';

describe('registry', () => {
	it('loads every source, assumption and preset', () => {
		expect(registry.sources.size).toBeGreaterThan(10);
		expect(registry.assumptions.get('power.pue')?.value).toBe(1.2);
		expect(registry.accelerators.map((a) => a.id)).toContain('h100-sxm');
	});
});
