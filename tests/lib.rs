mod calendar;
mod extract;
