import { defineConfig } from '@playwright/test';

/**
 * Browser tests run the built site (`npm run build` first) in Debian's Chromium; a downloaded
 * browser cannot work on these machines. CHROME_PATH overrides the binary; PORT the preview port.
 * One worker: the machines have two cores, and the preview server needs the other.
 */
const PORT = Number(process.env['PORT'] ?? 4321);

export default defineConfig({
	// Browser suites (tests/e2e) and the byte budgets (tests/budgets).
	testDir: 'tests',
	testMatch: ['e2e/**/*.spec.ts', 'budgets/**/*.spec.ts'],
	workers: 1,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	forbidOnly: !!process.env['CI'],
	reporter: process.env['CI'] ? [['list'], ['html', { open: 'never' }]] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		launchOptions: {
			executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
			args: ['--disable-gpu', '--disable-quic'],
		},
	},
	webServer: {
		command: `astro preview --host 127.0.0.1 --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env['CI'],
		timeout: 60_000,
		stdout: 'ignore',
		stderr: 'pipe',
	},
});
