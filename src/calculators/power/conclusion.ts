/** The power calculator's tested conclusion: the cluster fits its power budget. */
import { readParams } from '../../engine';
import { formatOutput } from '../../format';
import type { StatedConclusion } from '../../islands/calculator/conclusion';
import { POWER_OUTPUTS, POWER_PARAMS } from './model';

const mw = (value: number | string | null | undefined) => formatOutput(value, 'MW').text;

export const powerConclusion: StatedConclusion = {
	id: 'fits-budget',
	statement: 'The cluster fits the power budget',
	// the budget is a grid connection: it must carry the design-day peak (the facility draw unless pue_design is set)
	margin: (o, v) =>
		readParams(POWER_PARAMS, v).budgetMw - Number(o[POWER_OUTPUTS.gridMw] ?? o[POWER_OUTPUTS.facilityMw]),
	text: {
		holds: (v, o) =>
			`The cluster fits the ${mw(v[POWER_PARAMS.budgetMw])} power budget: it draws ${mw(o[POWER_OUTPUTS.gridMw] ?? o[POWER_OUTPUTS.facilityMw])}.`,
		fails: (v, o) =>
			`The cluster does not fit the ${mw(v[POWER_PARAMS.budgetMw])} power budget: it draws ${mw(o[POWER_OUTPUTS.gridMw] ?? o[POWER_OUTPUTS.facilityMw])}.`,
		breaks: (v) => `It stops fitting ${mw(v[POWER_PARAMS.budgetMw])} with`,
		mends: (v) => `It would fit ${mw(v[POWER_PARAMS.budgetMw])} with`,
	},
};
