/*
 * "Jetzt geöffnet / geschlossen" for opening-hours blocks.
 *
 * Markup (written by the build, which also computes the intervals):
 *   <div data-opening-intervals='[["2027-03-29T08:00:00+02:00","2027-03-29T12:00:00+02:00"]]'>
 *     <p data-open-now-status></p>
 *   </div>
 * The ISO strings carry Berlin wall-clock time and offset, so the times shown are read from
 * the strings themselves: no parser, no time-zone database. Without data, with bad data or
 * when every interval is in the past, nothing is shown. No globals; for tests the clock can
 * be fixed with window.__OPEN_NOW_CLOCK__ (an ISO string).
 */
(function () {
  'use strict';

  const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const TEXT = {
    de: {
      open: 'Jetzt geöffnet',
      closed: 'Jetzt geschlossen',
      weekdays: ['So', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'],
      until: (when) => `bis ${when} Uhr`,
      opens: (when) => `öffnet ${when} Uhr`,
      clock: (hours, minutes) => `${hours}:${minutes}`,
      day: (weekday, date) => (date ? `${weekday}, ${date},` : `${weekday},`),
      date: (day, month) => `${day}.${month}.`,
    },
    en: {
      open: 'Now open',
      closed: 'Now closed',
      weekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
      until: (when) => `until ${when}`,
      opens: (when) => `opens ${when}`,
      clock: (hours, minutes) => `${Number(hours)}:${minutes}`,
      day: (weekday, date) => (date ? `${weekday} ${date}` : weekday),
      date: (day, month) => `${Number(day)} ${MONTHS_EN[Number(month) - 1]}`,
    },
  };
  const DAY_MS = 24 * 60 * 60 * 1000;
  const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

  function now() {
    const fixed = window.__OPEN_NOW_CLOCK__;
    const moment = typeof fixed === 'string' ? new Date(fixed) : new Date();
    return isNaN(moment.getTime()) ? new Date() : moment;
  }

  function language(element) {
    const tagged = element.closest('[lang]');
    const lang = (tagged ? tagged.getAttribute('lang') : document.documentElement.lang) || '';
    return lang.toLowerCase().indexOf('en') === 0 ? 'en' : 'de';
  }

  /* [[start, end], ...] with valid ISO strings, as {start, end, startText, endText}. */
  function readIntervals(element) {
    let data;
    try {
      data = JSON.parse(element.getAttribute('data-opening-intervals'));
    } catch (error) {
      return [];
    }
    if (!Array.isArray(data)) return [];
    const intervals = [];
    data.forEach((pair) => {
      if (!Array.isArray(pair) || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') return;
      const start = Date.parse(pair[0]);
      const end = Date.parse(pair[1]);
      if (isNaN(start) || isNaN(end) || !ISO.test(pair[0]) || !ISO.test(pair[1])) return;
      intervals.push({ start: start, end: end, startText: pair[0], endText: pair[1] });
    });
    return intervals.sort((a, b) => a.start - b.start);
  }

  /* "Mo, 08:00" from the wall-clock part of an ISO string; the date only when far ahead. */
  function when(text, iso, withDate) {
    const parts = ISO.exec(iso);
    const weekday = new Date(Date.UTC(+parts[1], +parts[2] - 1, +parts[3])).getUTCDay();
    const date = withDate ? text.date(parts[3], parts[2]) : '';
    return `${text.day(text.weekdays[weekday], date)} ${text.clock(parts[4], parts[5])}`;
  }

  function clockOnly(text, iso) {
    const parts = ISO.exec(iso);
    return text.clock(parts[4], parts[5]);
  }

  function statusFor(intervals, moment, text) {
    const time = moment.getTime();
    const last = intervals[intervals.length - 1];
    if (!last || last.end <= time) return null; // no data or stale: say nothing
    const index = intervals.findIndex((interval) => interval.start <= time && time < interval.end);
    if (index >= 0) {
      // The last interval may end only because the data ends: its end is not a closing time.
      if (index === intervals.length - 1) return { open: true, message: text.open };
      const until = untilText(text, intervals[index], time);
      return { open: true, message: `${text.open} – ${text.until(until)}` };
    }
    const next = intervals.find((interval) => interval.start > time);
    const farAhead = next.start - time >= 6 * DAY_MS;
    return { open: false, message: `${text.closed} – ${text.opens(when(text, next.startText, farAhead))}` };
  }

  /* "12:00" when closing today, "24:00" at midnight, else "Di, 08:00". */
  function untilText(text, interval, time) {
    if (interval.endText.slice(0, 10) === localDate(time, interval)) {
      return clockOnly(text, interval.endText);
    }
    if (interval.endText.slice(11, 16) === '00:00' && interval.end - time <= DAY_MS) {
      return text.clock('24', '00');
    }
    return when(text, interval.endText, false);
  }

  /* The wall-clock date of `time` in the UTC offset the interval's end is written in. */
  function localDate(time, interval) {
    const offset = Date.parse(interval.endText.slice(0, 19) + 'Z') - interval.end;
    return new Date(time + offset).toISOString().slice(0, 10);
  }

  function update(element) {
    const output = element.querySelector('[data-open-now-status]');
    if (!output) return;
    const text = TEXT[language(element)];
    const status = statusFor(readIntervals(element), now(), text);
    element.classList.toggle('is-open', Boolean(status && status.open));
    element.classList.toggle('is-closed', Boolean(status && !status.open));
    output.textContent = status ? status.message : '';
  }

  function updateAll() {
    document.querySelectorAll('[data-opening-intervals]').forEach(update);
  }

  function start() {
    updateAll();
    // A page left open keeps telling the truth.
    window.setInterval(updateAll, 60 * 1000);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
