// @ts-check
/**
 * Lint, with the layers enforced. Each folder of src/ is an element; the boundaries rule says
 * which element may import which (CONTRIBUTING.md draws it):
 *   engine ← format ← charts ← islands ← calculators/<id> ← registry ← data ← lib ← components ← pages
 * (schemas, zod only, sit beside the engine: islands, calculators and data read their record types;
 * models, pure domain arithmetic two calculators share, sit on the engine: only calculators read them)
 * The engine imports nothing of ours; charts only the engine and formatting; a calculator never
 * imports another calculator; the generic island never imports a calculator (it receives one).
 */
import astro from 'eslint-plugin-astro';
import boundaries from 'eslint-plugin-boundaries';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const ELEMENTS = [
	{ type: 'engine', pattern: 'src/engine' },
	{ type: 'format', pattern: 'src/format' },
	{ type: 'charts', pattern: 'src/charts' },
	{ type: 'island', pattern: 'src/islands/*' },
	{ type: 'registry', pattern: 'src/registry' },
	{ type: 'calculator', pattern: 'src/calculators/*', capture: ['calculator'] },
	{ type: 'schemas', pattern: 'src/schemas' },
	{ type: 'models', pattern: 'src/models' },
	{ type: 'data', pattern: 'src/data' },
	{ type: 'lib', pattern: 'src/lib' },
	{ type: 'components', pattern: 'src/components' },
	{ type: 'layouts', pattern: 'src/layouts' },
	{ type: 'pages', pattern: 'src/pages' },
	{ type: 'styles', pattern: 'src/styles' },
	{ type: 'assets', pattern: 'src/assets' },
];

const below = {
	engine: ['engine'],
	format: ['engine', 'format', 'schemas'],
	charts: ['engine', 'format', 'charts'],
	island: ['engine', 'format', 'charts', 'island', 'schemas'],
	schemas: ['schemas'],
	models: ['engine', 'models'],
};

/**
 * `from` may import the element types in `to`.
 * @param {string} from
 * @param {string[]} to
 */
const policy = (from, to) => ({
	from: { element: { type: from } },
	allow: { to: { element: { types: { anyOf: to } } } },
});

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'.astro/',
			'node_modules/',
			'coverage/',
			'test-results/',
			'playwright-report/',
			'bench-results/',
			'public/',
		],
	},
	...tseslint.configs.recommended,
	...astro.configs['flat/recommended'],
	{
		rules: {
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'@typescript-eslint/no-non-null-assertion': 'off',
		},
	},
	{
		// CONTRIBUTING: no file in src/ grows past 400 lines; split it by concern.
		files: ['src/**/*.{ts,tsx,astro}'],
		rules: { 'max-lines': ['error', { max: 400 }] },
	},
	{
		files: ['src/**/*.{ts,tsx,astro}'],
		plugins: { boundaries },
		settings: {
			'boundaries/elements': ELEMENTS,
			'boundaries/include': ['src/**/*'],
			'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.astro'] } },
		},
		rules: {
			'boundaries/dependencies': [
				'error',
				{
					default: 'disallow',
					message: '{{ from.element.type }} must not import {{ to.element.type }}: see the layers in eslint.config.mjs',
					policies: [
						policy('engine', below.engine),
						policy('format', below.format),
						policy('charts', below.charts),
						policy('island', below.island),
						policy('schemas', below.schemas),
						policy('models', below.models),
						policy('calculator', [...below.island, 'schemas', 'models']),
						// A calculator's own folder only: never another calculator's.
						{
							from: { element: { type: 'calculator' } },
							allow: {
								to: {
									element: { type: 'calculator', captured: { calculator: '{{ from.element.captured.calculator }}' } },
								},
							},
						},
						policy('registry', ['calculator', 'island', 'engine']),
						policy('data', ['data', 'schemas', 'engine', 'format', 'registry']),
						policy('lib', ['lib', 'data', 'schemas', 'engine', 'format', 'charts', 'registry', 'island']),
						...['components', 'layouts', 'pages'].map((from) =>
							policy(from, [
								'components',
								'layouts',
								'lib',
								'data',
								'schemas',
								'engine',
								'format',
								'charts',
								'island',
								'registry',
								'calculator',
								'styles',
								'assets',
							]),
						),
					],
				},
			],
		},
	},
	prettier,
);
