/** The cooling calculator's Monte Carlo worker: P10/P50/P90 and chart bands off the main thread. */
import { coolingCharts } from './charts';
import { coolingCalculator } from './model';
import { serve } from '../../islands/calculator/model/mc';

serve(coolingCalculator, coolingCharts);
