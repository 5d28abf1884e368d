/** The growth calculator's Monte Carlo worker: P10/P50/P90 and chart bands off the main thread. */
import { growthCharts } from '../../../charts/growth';
import { growthCalculator } from '../../../engine/growth';
import { serve } from '../mc';

serve(growthCalculator, growthCharts);
