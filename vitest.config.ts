import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

export default defineConfig({
	oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
	resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
	test: {
		include: ['tests/**/*.test.{ts,tsx}'],
		exclude: ['tests/e2e/**', 'node_modules/**'],
		environment: 'node',
		typecheck: { enabled: true, include: ['tests/**/*.test-d.ts'], tsconfig: 'tests/tsconfig.typecheck.json' },
		coverage: {
			provider: 'v8',
			include: ['src/engine/**', 'src/models/**', 'src/charts/**'],
			thresholds: { lines: 90, functions: 90, branches: 85 },
		},
	},
});
