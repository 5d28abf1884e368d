/** The Chart.js parts the inference calculator's charts draw with, and nothing else. */
import { LinearScale, LineController, LineElement, LogarithmicScale, PointElement } from 'chart.js';

import { chartWith } from '../../islands/calculator/chartjs';

export const Chart = chartWith(LineController, LineElement, LinearScale, LogarithmicScale, PointElement);
