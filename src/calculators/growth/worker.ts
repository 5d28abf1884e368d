/** The growth calculator's Monte Carlo worker: P10/P50/P90 and chart bands off the main thread. */
import { growthCharts } from './charts';
import { growthCalculator } from './model';
import { serve } from '../../islands/calculator/model/mc';

serve(growthCalculator, growthCharts);
