/** The cooling calculator's Monte Carlo worker: P10/P50/P90 and chart bands off the main thread. */
import { coolingCharts } from '../../../charts/cooling';
import { coolingCalculator } from '../../../engine/cooling';
import { serve } from '../mc';

serve(coolingCalculator, coolingCharts);
