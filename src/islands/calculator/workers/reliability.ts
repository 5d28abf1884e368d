/** The reliability calculator's Monte Carlo worker: P10/P50/P90 and chart bands off the main thread. */
import { reliabilityCharts } from '../../../charts/reliability';
import { reliabilityCalculator } from '../../../engine/reliability';
import { serve } from '../mc';

serve(reliabilityCalculator, reliabilityCharts);
