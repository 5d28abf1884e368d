/** The Chart.js parts the cooling calculator's charts draw with, and nothing else. */
import { LinearScale, LineController, LineElement, PointElement } from 'chart.js';

import { chartWith } from '../../islands/calculator/chartjs';

export const Chart = chartWith(LinearScale, LineController, LineElement, PointElement);
