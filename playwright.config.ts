import { defineConfig } from '@playwright/test';

/**
 * Browser tests run the built site (`npm run build` first) in Debian's Chromium; a downloaded
 * browser cannot work on these machines. CHROME_PATH overrides the binary.
 */
export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	workers: 1,
	retries: 0,
	timeout: 60_000,
	reporter: [['list']],
	use: {
		baseURL: 'http://127.0.0.1:4321',
		launchOptions: {
			executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
			args: ['--disable-gpu', '--disable-quic'],
		},
	},
	webServer: {
		command: 'npm run preview',
		url: 'http://127.0.0.1:4321/',
		reuseExistingServer: !process.env['CI'],
		timeout: 60_000,
	},
});
