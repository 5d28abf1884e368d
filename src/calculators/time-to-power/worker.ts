/** The time-to-power calculator's Monte Carlo worker: P10/P50/P90 and chart bands off the main thread. */
import { timeToPowerCharts } from './charts';
import { timeToPowerCalculator } from './model';
import { serve } from '../../islands/calculator/model/mc';

serve(timeToPowerCalculator, timeToPowerCharts);
