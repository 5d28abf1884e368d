/** The refresh calculator's Monte Carlo worker: P10/P50/P90 and chart bands off the main thread. */
import { refreshCharts } from './charts';
import { refreshCalculator } from './model';
import { serve } from '../../islands/calculator/model/mc';

serve(refreshCalculator, refreshCharts);
