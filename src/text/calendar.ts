/**
 * Names of the days and months in English, lower case: one list for the stages that read them
 * (dates, figures, names, the clusterer's weekdays).
 */

/** The days of the week, Sunday first as `Date.getUTCDay()` counts them. */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The months, January first as `Date.getUTCMonth()` counts them. */
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Month and day abbreviations as news copy writes them, with their full stop ("Jan.", "Sept.", "Thurs."). */
export const ABBREVIATIONS = ['jan.', 'feb.', 'mar.', 'apr.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.', 'mon.', 'tue.', 'tues.', 'wed.', 'thu.', 'thurs.', 'fri.', 'sat.', 'sun.'];

/** Words that name a day relative to the article's date. */
export const RELATIVE_DAYS = ['yesterday', 'today', 'tomorrow', 'tonight'];
