"""On-device skills (clock, timers, calculator, units, notes, offline honesty), the fast path that
answers clear requests before the model runs, and the tool-call protocol the model can use."""
