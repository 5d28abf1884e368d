/** The mfu calculator's Monte Carlo worker: P10/P50/P90 and chart bands off the main thread. */
import { mfuCharts } from './charts';
import { mfuCalculator } from './model';
import { serve } from '../../islands/calculator/model/mc';

serve(mfuCalculator, mfuCharts);
