/** The power calculator's Monte Carlo worker: P10/P50/P90 and chart bands off the main thread. */
import { powerCharts } from '../../../charts/power';
import { powerCalculator } from '../../../engine/power';
import { serve } from '../mc';

serve(powerCalculator, powerCharts);
