/** The components chapters may use without import lines (see content/README.md). */
import CalculatorEmbed from './CalculatorEmbed.astro';
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Claim from './Claim.astro';
import Figure from './Figure.astro';
import TimelineLink from './TimelineLink.astro';
import Assumption from './Assumption.astro';
import EngineChart from '../figures/EngineChart.astro';
import SystemsChart from '../figures/SystemsChart.astro';
import TimelineChart from '../figures/TimelineChart.astro';

export const mdxComponents = {
	Assumption,
	CalculatorEmbed,
	Callout,
	Cite,
	Claim,
	EngineChart,
	Figure,
	SystemsChart,
	TimelineChart,
	TimelineLink,
};
