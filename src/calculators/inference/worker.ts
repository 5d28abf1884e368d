/** The inference calculator's Monte Carlo worker: P10/P50/P90 and chart bands off the main thread. */
import { inferenceCharts } from './charts';
import { inferenceCalculator } from './model';
import { serve } from '../../islands/calculator/model/mc';

serve(inferenceCalculator, inferenceCharts);
