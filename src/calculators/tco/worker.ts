/** The build-or-buy calculator's Monte Carlo worker: P10/P50/P90 and chart bands off the main thread. */
import { tcoCharts } from './charts';
import { tcoCalculator } from './model';
import { serve } from '../../islands/calculator/model/mc';

serve(tcoCalculator, tcoCharts);
