/** The Chart.js parts the mfu calculator's charts draw with, and nothing else. */
import {
	BarController,
	BarElement,
	CategoryScale,
	LinearScale,
	LineController,
	LineElement,
	LogarithmicScale,
	PointElement,
} from 'chart.js';

import { chartWith } from '../../islands/calculator/chartjs';

export const Chart = chartWith(
	BarController,
	BarElement,
	CategoryScale,
	LinearScale,
	LineController,
	LineElement,
	LogarithmicScale,
	PointElement,
);
