mod calendar;
mod extract;
mod regressions;
