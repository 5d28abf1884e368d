/** The Chart.js parts the build-or-buy calculator's chart draws with, and nothing else. */
import { LinearScale, LineController, LineElement, PointElement } from 'chart.js';

import { chartWith } from '../../islands/calculator/chartjs';

export const Chart = chartWith(LinearScale, LineController, LineElement, PointElement);
