/*
 * The hall calendar's time axis in the page's language. PrimeFaces' timeline (vis-timeline) knows month and day
 * names only for the languages its bundled moment.js carries, and Vietnamese is not one of them: a Vietnamese page
 * showed "Dec", "Jan" and a clipped "ec". The axis labels are made here with the browser's own Intl formats, in the
 * venue's time zone, for the page's language; p:timeline calls this before it draws (its extender).
 */
function wtcTimelineWords() {
    'use strict';
    var language = document.documentElement.lang === 'en' ? 'en' : 'vi';
    var zone = 'Asia/Ho_Chi_Minh';
    function fmt(options) {
        var f = new Intl.DateTimeFormat(language, Object.assign({timeZone: zone}, options));
        return function (date) {
            return f.format(date.toDate ? date.toDate() : new Date(date.valueOf()));
        };
    }
    var time = fmt({hour: '2-digit', minute: '2-digit', hourCycle: 'h23'});
    var weekday = fmt({weekday: 'short', day: 'numeric'});
    var dayOfMonth = fmt({day: 'numeric'});
    var month = fmt({month: 'short'});
    var year = fmt({year: 'numeric'});
    var dayMonthYear = fmt({weekday: 'short', day: 'numeric', month: 'numeric', year: 'numeric'});
    var monthYear = fmt({month: 'long', year: 'numeric'});
    var minor = {millisecond: time, second: time, minute: time, hour: time, weekday: weekday, day: dayOfMonth,
        week: dayOfMonth, month: month, year: year};
    var major = {millisecond: dayMonthYear, second: dayMonthYear, minute: dayMonthYear, hour: dayMonthYear,
        weekday: monthYear, day: monthYear, week: monthYear, month: year, year: function () { return ''; }};
    this.cfg.opts.format = {
        minorLabels: function (date, scale) { return (minor[scale] || dayOfMonth)(date); },
        majorLabels: function (date, scale) { return (major[scale] || monthYear)(date); }
    };
    this.cfg.opts.locale = language;
    // the words of the current time's tooltip come from the page's bundle (#timelineWords)
    var words = document.getElementById('timelineWords');
    if (words) {
        var own = {};
        own[language] = {current: words.getAttribute('data-current'), time: words.getAttribute('data-time')};
        this.cfg.opts.locales = own;
    }
}
