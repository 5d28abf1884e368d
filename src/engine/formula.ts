/**
 * Formula texts, read back as arithmetic. Each output states its relation in words for readers
 * ("count × board_w ÷ 1,000,000"); `evaluateFormula` computes that text, so a test can hold every
 * text against the computation it describes and a formula that drifts from its code fails.
 *
 * Grammar: numbers (`1,000,000`, `3.51685`, `10¹²`), names (params or other outputs), `+ − × ÷ ^`,
 * parentheses, `√(…)`, `exp(…)`, `ceil(…)`, `floor(…)`, `min(a, b)`, `max(a, b)`; an optional tail
 * `, n = <expr>` defines `n`, and `, kept within <lo> to <hi>` clamps the result. A whole text may
 * be one condition, `<expr> > <expr> ? <expr> : <expr>` (also `<`, `≥`, `≤`).
 */

type Token = { kind: 'num'; value: number } | { kind: 'name'; value: string } | { kind: 'op'; value: string };

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const FUNCTIONS: Readonly<Record<string, (...args: number[]) => number>> = {
	ceil: Math.ceil,
	floor: Math.floor,
	'√': Math.sqrt,
	exp: Math.exp,
	min: Math.min,
	max: Math.max,
};

function tokenize(text: string): Token[] | null {
	const tokens: Token[] = [];
	const pattern =
		/\s*(?:(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:e[+-]?\d+)?)([⁰¹²³⁴⁵⁶⁷⁸⁹]*)|([a-z][a-z0-9_]*)|([+−×÷^(),√]))/gy;
	let match: RegExpExecArray | null;
	let at = 0;
	while (at < text.length && (match = pattern.exec(text)) !== null) {
		at = pattern.lastIndex;
		const [, number, power, name, op] = match;
		if (number !== undefined) {
			const base = Number(number.replaceAll(',', ''));
			const exponent = power ? Number([...power].map((c) => SUPERSCRIPT.indexOf(c)).join('')) : 1;
			tokens.push({ kind: 'num', value: power ? base ** exponent : base });
		} else if (name !== undefined) tokens.push({ kind: 'name', value: name });
		else tokens.push({ kind: 'op', value: op! });
	}
	return text.slice(at).trim() === '' ? tokens : null;
}

/** Recursive descent over one expression; returns null on anything it does not understand. */
function parseExpression(tokens: readonly Token[], env: Readonly<Record<string, number>>): number | null {
	let i = 0;
	const peek = () => tokens[i];
	const isOp = (value: string) => peek()?.kind === 'op' && peek()!.value === value;
	const fail = (): never => {
		throw new SyntaxError('not arithmetic');
	};
	const primary = (): number => {
		const t = tokens[i++] ?? fail();
		if (t.kind === 'num') return t.value;
		if (t.kind === 'op' && t.value === '(') {
			const v = sum();
			if (!isOp(')')) fail();
			i++;
			return v;
		}
		if (t.kind === 'op' && t.value === '−') return -power();
		const fn = FUNCTIONS[t.value];
		if (fn && isOp('(')) {
			i++;
			const args = [sum()];
			while (isOp(',')) {
				i++;
				args.push(sum());
			}
			if (!isOp(')')) fail();
			i++;
			return fn(...args);
		}
		if (t.kind === 'name' && t.value in env) return env[t.value]!;
		return fail();
	};
	const power = (): number => {
		const base = primary();
		if (!isOp('^')) return base;
		i++;
		return base ** power();
	};
	const product = (): number => {
		let v = power();
		while (isOp('×') || isOp('÷')) v = tokens[i++]!.value === '×' ? v * power() : v / power();
		return v;
	};
	const sum = (): number => {
		let v = product();
		while (isOp('+') || isOp('−')) v = tokens[i++]!.value === '+' ? v + product() : v - product();
		return v;
	};
	try {
		const v = sum();
		return i === tokens.length ? v : null;
	} catch {
		return null;
	}
}

/**
 * Computes a formula text with the given values of its names. Returns null when the text is not
 * arithmetic (a rule in words, such as the cooling class) or names something `env` lacks.
 */
export function evaluateFormula(text: string, env: Readonly<Record<string, number>>): number | null {
	let body = text;
	let clamp: [number, number] | undefined;
	const kept = /, kept within (\S+) to (\S+)$/.exec(body);
	if (kept) {
		clamp = [Number(kept[1]), Number(kept[2])];
		body = body.slice(0, kept.index);
	}
	const scope: Record<string, number> = { ...env };
	const where = /, ([a-z]) = (.+)$/.exec(body);
	if (where) {
		const defined = tokenize(where[2]!);
		const value = defined && parseExpression(defined, env);
		if (value === null || value === undefined) return null;
		scope[where[1]!] = value;
		body = body.slice(0, where.index);
	}
	const value = evaluateBody(body, scope);
	if (value === null) return null;
	return clamp ? Math.min(clamp[1], Math.max(clamp[0], value)) : value;
}

const COMPARE: Readonly<Record<string, (a: number, b: number) => boolean>> = {
	'>': (a, b) => a > b,
	'<': (a, b) => a < b,
	'≥': (a, b) => a >= b,
	'≤': (a, b) => a <= b,
};

/** One expression, or one condition choosing between two expressions. */
function evaluateBody(body: string, scope: Readonly<Record<string, number>>): number | null {
	const one = (text: string): number | null => {
		const tokens = tokenize(text);
		const value = tokens && parseExpression(tokens, scope);
		return value === null || value === undefined ? null : value;
	};
	const choice = /^(.+?) ([><≥≤]) (.+?) \? (.+?) : (.+)$/.exec(body);
	if (!choice) return one(body);
	const [left, right] = [one(choice[1]!), one(choice[3]!)];
	if (left === null || right === null) return null;
	return one(COMPARE[choice[2]!]!(left, right) ? choice[4]! : choice[5]!);
}
