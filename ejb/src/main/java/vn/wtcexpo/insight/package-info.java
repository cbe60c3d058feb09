/**
 * The smart venue's insight: the crowd of a show day forecast per hall and quarter-hour, the lanes each gate needs,
 * learned from the venue's past days (figures only, through the event, registration and gate contexts' interfaces).
 */
package vn.wtcexpo.insight;
