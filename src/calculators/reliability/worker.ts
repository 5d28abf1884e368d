/** The reliability calculator's Monte Carlo worker: P10/P50/P90 and chart bands off the main thread. */
import { reliabilityCharts } from './charts';
import { reliabilityCalculator } from './model';
import { serve } from '../../islands/calculator/model/mc';

serve(reliabilityCalculator, reliabilityCharts);
