/** The power calculator's Monte Carlo worker: P10/P50/P90 and chart bands off the main thread. */
import { powerCharts } from './charts';
import { powerCalculator } from './model';
import { serve } from '../../islands/calculator/model/mc';

serve(powerCalculator, powerCharts);
